import fs from 'node:fs';
import type Database from 'better-sqlite3';
import { StoreUnreadableError } from './store-errors';

/**
 * Up to this size (main file + WAL) the whole file gets `PRAGMA quick_check` on every start.
 * Measured on a 106 MB file (warm cache, 2-core EPYC): 400-540 ms, about 4-5 ms per MiB, so
 * 48 MiB stays near 200 ms. Above it, only the schema and every table except `candles` are
 * checked (1-20 ms on that file): the ledger is small, and candles are market history that can
 * be downloaded again. The scheduled backup checks the full copy it makes, which covers the
 * candles of a big file later.
 */
export const FULL_CHECK_MAX_BYTES = 48 * 1024 * 1024;

/** Tables whose pages a big file skips at start (see FULL_CHECK_MAX_BYTES). */
const BULK_TABLES = new Set(['candles']);

const MAX_REPORTED_PROBLEMS = 3;

export type StartupCheck = 'full' | 'partial';

export function fileBytes(file: string): number {
  return [file, `${file}-wal`].reduce((sum, part) => sum + (fs.existsSync(part) ? fs.statSync(part).size : 0), 0);
}

/**
 * Reads the schema (a damaged header or schema page fails here) and runs quick_check over
 * the whole file or, for a big one, table by table. Throws StoreUnreadableError on any
 * problem; SQLite errors thrown on the way are left for the caller to classify.
 */
export function checkOnOpen(
  sqlite: Database.Database,
  file: string,
  fullCheckMaxBytes: number = FULL_CHECK_MAX_BYTES,
): StartupCheck {
  const tables = sqlite
    .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name")
    .pluck()
    .all() as string[];
  return withoutCheckConstraints(sqlite, () => {
    if (fileBytes(file) <= fullCheckMaxBytes) {
      assertOk(sqlite.pragma('quick_check') as QuickCheckRow[], file);
      return 'full';
    }
    for (const table of tables) {
      if (BULK_TABLES.has(table)) continue;
      assertOk(sqlite.pragma(`quick_check("${table.replaceAll('"', '""')}")`) as QuickCheckRow[], file);
    }
    return 'partial';
  });
}

/**
 * On a writable connection quick_check also evaluates every CHECK constraint of every row,
 * which made it 5-6 times slower (2.3-3.9 s instead of 0.4-0.5 s on the 106 MB file). The
 * constraints guard what the app writes; damage to the file is what this check is for, and
 * the constraints are enforced again before anything else runs on the connection.
 */
export function withoutCheckConstraints<T>(sqlite: Database.Database, check: () => T): T {
  sqlite.pragma('ignore_check_constraints = ON');
  try {
    return check();
  } finally {
    sqlite.pragma('ignore_check_constraints = OFF');
  }
}

interface QuickCheckRow {
  quick_check: string;
}

function assertOk(rows: readonly QuickCheckRow[], file: string): void {
  const problems = rows.map((row) => row.quick_check);
  if (problems.length === 1 && problems[0] === 'ok') return;
  const shown = problems.slice(0, MAX_REPORTED_PROBLEMS).join('; ');
  const more = problems.length > MAX_REPORTED_PROBLEMS ? ` (and ${problems.length - MAX_REPORTED_PROBLEMS} more)` : '';
  throw new StoreUnreadableError(file, 'corrupt', `quick_check: ${shown}${more}`);
}
