import { type LogRepo } from '../../log/log-repo';
import { type HandlerMap } from '../handler-types';

export function logHandlers(repo: LogRepo): HandlerMap<'log.list'> {
  return {
    'log.list': (query) => repo.list(query),
  };
}
