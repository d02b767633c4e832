import path from 'node:path';
import { ExportInputSchema } from '../../../shared/schemas/export';
import { EXPORTS_FOLDER, exportRecords } from '../../export/export-service';
import { asUsageError, cliData, formatBytes, openCliStore } from './cli-store';
import { UsageError, type Command, type CommandContext } from '../command';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * `2024-12-31` is that whole UTC day: its start for --from, its last millisecond for --to.
 * A full ISO-8601 time (with Z or an offset) is taken as it is.
 */
export function parseDateFlag(flag: 'from' | 'to', text: string, command = 'export'): number {
  if (DATE_ONLY.test(text)) {
    const start = Date.parse(`${text}T00:00:00.000Z`);
    if (!Number.isNaN(start) && new Date(start).toISOString().startsWith(text)) {
      return flag === 'from' ? start : start + 24 * 60 * 60 * 1000 - 1;
    }
  } else if (/^\d{4}-\d{2}-\d{2}T.+(Z|[+-]\d{2}:\d{2})$/.test(text)) {
    const ms = Date.parse(text);
    if (!Number.isNaN(ms)) return ms;
  }
  throw new UsageError(`${command}: --${flag} "${text}" is not a date like 2024-12-31 or a time like 2024-12-31T18:00:00Z`);
}

function required(values: Record<string, unknown>, name: string): string {
  const value = values[name];
  if (typeof value !== 'string' || value === '') throw new UsageError(`export: --${name} is required`);
  return value;
}

export const exportCommand: Command = {
  name: 'export',
  summary: 'Write orders or fills of a date range to CSV or JSON (for tax tools)',
  usage: [
    'tradewind export --dataset orders|fills --format csv|json --from 2024-01-01 --to 2024-12-31 [--account <id>]',
    '',
    'Dates are UTC days (both included) or ISO-8601 times. The file goes to <data folder>/exports.',
    'Also takes --data-dir <folder> and --json.',
  ].join('\n'),
  options: {
    dataset: { type: 'string' },
    format: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    account: { type: 'string' },
  },
  // Synchronous work; the promise carries its errors as rejections like every other command.
  run: (context) => new Promise<void>((resolve) => {
    runExport(context);
    resolve();
  }),
};

function runExport({ dataDir, isJson, out, values }: CommandContext): void {
  const account = values.account;
  if (account !== undefined && (typeof account !== 'string' || !/^\d+$/.test(account))) {
    throw new UsageError('export: --account takes an account id (a whole number)');
  }
  const parsed = ExportInputSchema.safeParse({
    dataset: required(values, 'dataset'),
    format: required(values, 'format'),
    from: parseDateFlag('from', required(values, 'from')),
    to: parseDateFlag('to', required(values, 'to')),
    ...(account === undefined ? {} : { accountId: Number(account) }),
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UsageError(`export: ${issue ? `${issue.path.join('.') || 'input'}: ${issue.message}` : 'bad input'}`);
  }
  const data = cliData(dataDir);
  const store = openCliStore(dataDir, data);
  try {
    const result = exportRecords({
      sqlite: store.sqlite,
      exportsDir: path.join(dataDir, EXPORTS_FOLDER),
      ...parsed.data,
      now: Date.now(),
    });
    out(isJson ? JSON.stringify(result) : `wrote ${result.rows} ${parsed.data.dataset} to ${result.path} (${formatBytes(result.bytes)})`);
  } catch (error) {
    throw asUsageError(error);
  } finally {
    store.close();
  }
}
