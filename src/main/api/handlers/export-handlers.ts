import path from 'node:path';
import type Database from 'better-sqlite3';
import { type AuditEntry } from '../../audit/audit-repo';
import { EXPORTS_FOLDER, exportRecords } from '../../export/export-service';
import { type HandlerMap } from '../handler-types';

export function exportHandlers(deps: { sqlite: () => Database.Database; dataDir: string; audit: (entry: AuditEntry) => void }): HandlerMap<'export.create'> {
  return {
    'export.create': (input) => {
      const result = exportRecords({
        sqlite: deps.sqlite(),
        exportsDir: path.join(deps.dataDir, EXPORTS_FOLDER),
        dataset: input.dataset,
        format: input.format,
        from: input.from,
        to: input.to,
        ...(input.accountId === undefined ? {} : { accountId: input.accountId }),
        now: Date.now(),
      });
      deps.audit({
        actor: 'user',
        action: 'export.create',
        target: `export:${result.file}`,
        details: { dataset: input.dataset, format: input.format, from: input.from, to: input.to, accountId: input.accountId ?? null, rows: result.rows },
      });
      return result;
    },
  };
}
