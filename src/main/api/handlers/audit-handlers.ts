import { listAudit } from '../../audit/audit-reader';
import { type StoreDb } from '../../store/open-store';
import { type HandlerMap } from '../handler-types';

export function auditHandlers(db: StoreDb): HandlerMap<'audit.list'> {
  return {
    'audit.list': (query) => listAudit(db, query),
  };
}
