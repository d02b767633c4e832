import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { type EXPORT_DATASETS, type EXPORT_FORMATS } from '../../shared/schemas/export';
import { AppError } from '../api/app-error';
import { fileStamp } from '../backup/backup-names';
import { csvRecord, type ExportValue } from './csv';
import { DATASETS } from './export-datasets';

export const EXPORTS_FOLDER = 'exports';

export type ExportDataset = (typeof EXPORT_DATASETS)[number];
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportRequest {
  readonly sqlite: Database.Database;
  /** `<dataDir>/exports`; created when missing. */
  readonly exportsDir: string;
  readonly dataset: ExportDataset;
  readonly format: ExportFormat;
  /** Inclusive range over the order's creation time or the fill's time, ms UTC. */
  readonly from: number;
  readonly to: number;
  readonly accountId?: number;
  readonly now: number;
}

export interface ExportResult {
  readonly file: string;
  readonly path: string;
  readonly rows: number;
  readonly bytes: number;
}

const FLUSH_BYTES = 64 * 1024;

/** Appends text to a file descriptor in large writes and counts the bytes. */
function createWriter(fd: number): { write(text: string): void; flush(): void; readonly bytes: number } {
  let pending: string[] = [];
  let pendingLength = 0;
  let bytes = 0;
  const flush = (): void => {
    if (pending.length === 0) return;
    const buffer = Buffer.from(pending.join(''), 'utf8');
    fs.writeSync(fd, buffer);
    bytes += buffer.length;
    pending = [];
    pendingLength = 0;
  };
  return {
    write(text) {
      pending.push(text);
      pendingLength += text.length;
      if (pendingLength >= FLUSH_BYTES) flush();
    },
    flush,
    get bytes() {
      return bytes;
    },
  };
}

const utcDate = (ms: number): string => fileStamp(ms).slice(0, 8);

function validate(request: ExportRequest): void {
  const { from, to, sqlite, accountId } = request;
  if (!Number.isSafeInteger(from) || !Number.isSafeInteger(to) || from < 0 || to < 0) {
    throw new AppError('BAD_INPUT', '"from" and "to" must be times in milliseconds since 1970');
  }
  if (from > to) throw new AppError('BAD_INPUT', '"from" must not be after "to"');
  if (accountId !== undefined && sqlite.prepare('select 1 from accounts where id = ?').get(accountId) === undefined) {
    throw new AppError('NOT_FOUND', `There is no account with id ${accountId}`);
  }
}

/**
 * Writes the orders or fills of a date range to a CSV (RFC 4180, guarded against formula
 * injection) or JSON file for tax tools and spreadsheets. Rows are streamed from SQLite, and
 * the file appears under its name only once it is complete.
 */
export function exportRecords(request: ExportRequest): ExportResult {
  validate(request);
  const { sqlite, exportsDir, dataset, format, from, to, accountId } = request;
  const { columns, sql } = DATASETS[dataset];
  fs.mkdirSync(exportsDir, { recursive: true });
  const base = `tradewind-${dataset}-${utcDate(from)}-${utcDate(to)}-${fileStamp(request.now)}`;
  let file = `${base}.${format}`;
  for (let n = 1; fs.existsSync(path.join(exportsDir, file)); n++) file = `${base}-${n}.${format}`;
  const target = path.join(exportsDir, file);
  const partial = path.join(exportsDir, `.partial-${file}`);

  const fd = fs.openSync(partial, 'w');
  let rows = 0;
  let bytes: number;
  try {
    const writer = createWriter(fd);
    const names = columns.map((c) => c.name);
    writer.write(format === 'csv' ? csvRecord(names) : '[');
    const parameters = accountId === undefined ? [from, to] : [from, to, accountId];
    for (const row of sqlite.prepare(sql(accountId !== undefined)).iterate(...parameters)) {
      const values: ExportValue[] = columns.map((c) => c.value(row as Record<string, unknown>));
      if (format === 'csv') {
        writer.write(csvRecord(values));
      } else {
        const record = Object.fromEntries(names.map((name, i) => [name, values[i] ?? null]));
        writer.write(`${rows === 0 ? '\n' : ',\n'}  ${JSON.stringify(record)}`);
      }
      rows++;
    }
    if (format === 'json') writer.write(rows === 0 ? ']\n' : '\n]\n');
    writer.flush();
    bytes = writer.bytes;
    fs.fsyncSync(fd);
  } catch (error) {
    fs.closeSync(fd);
    fs.rmSync(partial, { force: true });
    throw error;
  }
  fs.closeSync(fd);
  fs.renameSync(partial, target);
  return { file, path: target, rows, bytes };
}
