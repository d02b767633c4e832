import fs from 'node:fs';
import { callCore } from '../../api/call';
import { openCoreHost } from '../../core/core-host';
import { findMigrationsDir } from '../../config/project-paths';
import { unwrap } from '../../../shared/rpc/unwrap';
import { type Command } from '../command';

export const infoCommand: Command = {
  name: 'info',
  summary: 'Version, data folder, schema version and database size',
  usage: 'tradewind info [--data-dir <folder>] [--json]',
  options: {},
  async run({ dataDir, isJson, out }) {
    const core = await openCoreHost({ shell: 'cli', dataDir, migrationsFolder: findMigrationsDir(), consoleLogLevel: 'warn' });
    try {
      const info = unwrap(await callCore(core.router, 'app.info', {}, { transport: 'cli' }));
      const databaseBytes = fileSize(info.databaseFile);
      if (isJson) {
        out(JSON.stringify({ ...info, databaseBytes }));
        return;
      }
      out(
        [
          `${info.name} ${info.version}`,
          `data folder  ${info.dataDir}`,
          `database     ${info.databaseFile} (${formatBytes(databaseBytes)})`,
          `schema       v${info.schemaVersion}${info.schemaTag ? ` (${info.schemaTag})` : ''}`,
          `runtime      node ${info.runtime.node} on ${info.platform}`,
        ].join('\n'),
      );
    } finally {
      core.close();
    }
  },
};

function fileSize(file: string): number {
  // WAL mode keeps recent writes beside the main file until a checkpoint.
  return [file, `${file}-wal`].reduce((sum, part) => sum + (fs.existsSync(part) ? fs.statSync(part).size : 0), 0);
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
