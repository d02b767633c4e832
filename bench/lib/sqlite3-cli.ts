import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type Database from 'better-sqlite3';
import { SERIES } from './kline-inputs';

/** Debian's sqlite3 shell; SQLITE3_PATH points elsewhere. */
export const SQLITE3_PATH = process.env['SQLITE3_PATH'] ?? '/usr/bin/sqlite3';
export const SQLITE3_MISSING = `peer skipped: ${SQLITE3_PATH} is missing (install it with: apt-get install -y sqlite3)`;

export function hasSqlite3(): boolean {
  try {
    fs.accessSync(SQLITE3_PATH, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The DDL of the product's candle tables as its migrations left them (candle_series with its
 * unique key, candles WITHOUT ROWID keyed by (series_id, open_time) with its foreign key), read
 * from a migrated store so the peer's tables stay the product's whatever the migrations become.
 */
export function candleTablesDdl(sqlite: Database.Database): string[] {
  const rows = sqlite
    .prepare("select sql from sqlite_master where tbl_name in ('candle_series', 'candles') and sql is not null order by type = 'index', name")
    .pluck()
    .all() as string[];
  if (!rows.some((sql) => /create table\s+\W?candles\W/i.test(sql))) throw new Error('the migrated store has no candles table');
  return rows;
}

interface Ran {
  readonly ms: number;
  readonly stdout: string;
}

function run(args: readonly string[], input?: string): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(SQLITE3_PATH, args, { stdio: 'pipe' });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => {
      const ms = performance.now() - start;
      // The shell reports a bad row on stderr and goes on: any message there spoils the figure.
      if (code !== 0 || stderr !== '') reject(new Error(`sqlite3 ${args.slice(1).join(' ')} exited with ${code}: ${stderr.slice(0, 500)}`));
      else resolve({ ms, stdout });
    });
    child.stdin.end(input);
  });
}

/**
 * The sqlite3 command-line shell importing a plain CSV into a fresh file holding the product's
 * candle tables, with the product's pragmas (WAL, synchronous NORMAL, foreign keys on). Only
 * the `.import` process is timed, wall clock from spawn to exit (it commits, and checkpoints
 * the WAL as it closes); the file is created, and checked afterwards, by untimed runs.
 */
export async function timeSqlite3Import(ddl: readonly string[], seriesId: number, csv: string, expectedRows: number): Promise<number> {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'tradewind-bench-sqlite3-'));
  const file = path.join(scratch, 'peer.db');
  try {
    const setup = [
      'pragma journal_mode = WAL;',
      ...ddl.map((sql) => `${sql};`),
      `insert into candle_series (id, exchange, symbol, interval) values (${seriesId}, '${SERIES.venue}', '${SERIES.symbol}', '${SERIES.interval}');`,
    ].join('\n');
    await run([file], setup);
    const imported = await run([file, 'pragma synchronous = NORMAL', 'pragma foreign_keys = ON', `.import --csv --skip 1 "${csv}" candles`]);
    const stored = Number((await run([file, 'select count(*) from candles'])).stdout.trim());
    if (stored !== expectedRows) throw new Error(`sqlite3 .import stored ${stored} rows, expected ${expectedRows}`);
    return imported.ms;
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}
