import path from 'node:path';
import type Database from 'better-sqlite3';
import { EXPORTS_FOLDER, exportRecords } from '../../export/export-service';
import { type HandlerMap } from '../handler-types';

export function exportHandlers(deps: { sqlite: () => Database.Database; dataDir: string }): HandlerMap<'export.create'> {
  return {
    'export.create': (input) =>
      exportRecords({
        sqlite: deps.sqlite(),
        exportsDir: path.join(deps.dataDir, EXPORTS_FOLDER),
        dataset: input.dataset,
        format: input.format,
        from: input.from,
        to: input.to,
        ...(input.accountId === undefined ? {} : { accountId: input.accountId }),
        now: Date.now(),
      }),
  };
}
