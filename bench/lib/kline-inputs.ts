import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import { resolveDataFile } from '../../test-support/binance-emulator/kline-file';

/** The series every market benchmark imports into and reads from. */
export const SERIES = { venue: 'binance', symbol: 'BTCUSDT', interval: '1m' } as const;

/** The shared 2024 file: every minute of a leap year, `open_time_ms,open,high,low,close,volume`. */
export const YEAR_FILE = resolveDataFile('BTCUSDT-1m-2024.csv.gz');
export const YEAR_ROWS = 527_040;
const MINUTE_MS = 60_000;
/** Year k of a repeated input is the 2024 file shifted by k × 527,040 minutes: the grid stays unbroken. */
const YEAR_SHIFT_MS = YEAR_ROWS * MINUTE_MS;

/** The columns the product's `candles` table adds after the six the file carries. */
const EXTRA_COLUMNS = ['close_time', 'quote_volume', 'trade_count', 'taker_buy_base_volume', 'taker_buy_quote_volume'];
const ROWS_PER_CHUNK = 16_384;

export interface YearLines {
  readonly header: string;
  /** The data rows, without line ends. */
  readonly rows: readonly string[];
}

/** The 2024 file's lines, read with zlib and split here: independent of the product's reader. */
export function readYearLines(): YearLines {
  const lines = zlib.gunzipSync(fs.readFileSync(YEAR_FILE)).toString('utf8').split('\n');
  if (lines.at(-1) === '') lines.pop();
  const [header = '', ...rows] = lines;
  if (rows.length !== YEAR_ROWS) throw new Error(`${YEAR_FILE} has ${rows.length} rows, expected ${YEAR_ROWS}`);
  return { header, rows };
}

/** Row `index` of the repeated years: the year's row `index % 527,040`, shifted by whole years. */
function* shiftedRows(year: YearLines, count: number, format: (time: number, rest: string) => string): Generator<string> {
  let chunk: string[] = [];
  for (let index = 0; index < count; index++) {
    const line = year.rows[index % YEAR_ROWS] as string;
    const comma = line.indexOf(',');
    const time = Number(line.slice(0, comma)) + Math.floor(index / YEAR_ROWS) * YEAR_SHIFT_MS;
    chunk.push(format(time, line.slice(comma)));
    if (chunk.length === ROWS_PER_CHUNK) {
      yield `${chunk.join('\n')}\n`;
      chunk = [];
    }
  }
  if (chunk.length > 0) yield `${chunk.join('\n')}\n`;
}

function* withHeader(header: string, rows: Iterable<string>): Generator<string> {
  yield `${header}\n`;
  yield* rows;
}

/**
 * The product's input of `count` rows: the 2024 year repeated (year k shifted by k × 527,040
 * minutes, so open times stay unique, ascending and on the 1-minute grid), as gzip'd
 * six-column CSV with the shared file's header. zlib level 1: level 6 took 18 s for 4M rows
 * here and level 1 is about 3.5 times faster, while gunzip runs at about the same speed on either.
 */
export async function writeGzipInput(year: YearLines, count: number, dir: string): Promise<string> {
  const file = path.join(dir, `BTCUSDT-1m-${count}.csv.gz`);
  await pipeline(Readable.from(withHeader(year.header, shiftedRows(year, count, (time, rest) => `${time}${rest}`))), zlib.createGzip({ level: 1 }), fs.createWriteStream(file));
  return file;
}

/**
 * The sqlite3 shell's input of the same rows: already decompressed, in the candles table's
 * column order (the series id first, the five extra columns left empty) after one header line.
 */
export async function writePeerCsv(year: YearLines, count: number, seriesId: number, dir: string): Promise<string> {
  const file = path.join(dir, `BTCUSDT-1m-${count}.peer.csv`);
  const header = `series_id,${year.header},${EXTRA_COLUMNS.join(',')}`;
  const empties = ','.repeat(EXTRA_COLUMNS.length);
  await pipeline(Readable.from(withHeader(header, shiftedRows(year, count, (time, rest) => `${seriesId},${time}${rest}${empties}`))), fs.createWriteStream(file));
  return file;
}

/** How a row count reads in a figure's name: 10k, 527,040, 1M, 4M. */
export function rowsLabel(rows: number): string {
  if (rows % 1_000_000 === 0) return `${rows / 1_000_000}M`;
  if (rows % 1_000 === 0 && rows < 1_000_000) return `${rows / 1_000}k`;
  return rows.toLocaleString('en-US');
}
