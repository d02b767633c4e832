import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { type Fixed, ONE, PLACES, toFixed } from './fixed';
import { type KlineRow, type MarketSource } from './market-types';

/**
 * One symbol's bars in typed arrays: a year of 1-minute bars is 527k rows, far too many objects.
 * Prices are exact integer counts of 1e-8 (safe up to 9e7). Volumes reach 1e9 (DOGE), beyond
 * what one double holds in 1e-8 units, so they are kept as whole units plus 1e-8 units.
 */
export interface KlineSeries {
  readonly length: number;
  readonly openTime: Float64Array;
  readonly open: Float64Array;
  readonly high: Float64Array;
  readonly low: Float64Array;
  readonly close: Float64Array;
  readonly volumeWhole: Float64Array;
  readonly volumeFraction: Float64Array;
}

export type PriceColumn = 'open' | 'high' | 'low' | 'close' | 'volume';

export function fixedAt(series: KlineSeries, column: PriceColumn, index: number): Fixed {
  if (column === 'volume') return BigInt(series.volumeWhole[index] ?? 0) * ONE + BigInt(series.volumeFraction[index] ?? 0);
  return BigInt(series[column][index] ?? 0);
}

/** /work/shared/data unless TRADEWIND_SHARED_DATA says otherwise. */
export function sharedDataDir(): string {
  return process.env['TRADEWIND_SHARED_DATA'] ?? path.resolve(import.meta.dirname, '..', '..', '..', 'shared', 'data');
}

export function resolveDataFile(file: string): string {
  return path.isAbsolute(file) ? file : path.join(sharedDataDir(), file);
}

function allocate(capacity: number): KlineSeries {
  const column = (): Float64Array => new Float64Array(capacity);
  return { length: 0, openTime: column(), open: column(), high: column(), low: column(), close: column(), volumeWhole: column(), volumeFraction: column() };
}

function trimmed(series: KlineSeries, length: number): KlineSeries {
  const cut = (column: Float64Array): Float64Array => column.subarray(0, length);
  return {
    length,
    openTime: cut(series.openTime),
    open: cut(series.open),
    high: cut(series.high),
    low: cut(series.low),
    close: cut(series.close),
    volumeWhole: cut(series.volumeWhole),
    volumeFraction: cut(series.volumeFraction),
  };
}

const COMMA = 44;
const NEWLINE = 10;
const RETURN = 13;
const DOT = 46;
const ZERO = 48;
const SCALE = Number(ONE);

function countLines(bytes: Uint8Array): number {
  let lines = 0;
  for (let at = bytes.indexOf(NEWLINE); at >= 0; at = bytes.indexOf(NEWLINE, at + 1)) lines++;
  return lines;
}

/** Reads the data folder's format: gzip'd CSV `open_time_ms,open,high,low,close,volume` with a header. */
export function loadKlineFile(file: string): KlineSeries {
  const bytes = gunzipSync(readFileSync(resolveDataFile(file)));
  const series = allocate(countLines(bytes) + 1);
  const priceColumns = [series.open, series.high, series.low, series.close];
  let row = 0;
  let column = 0;
  let whole = 0;
  let fraction = 0;
  let decimals = -1;
  // One pass over the bytes: fields end at a comma, rows at a newline; the header is skipped.
  for (let position = bytes.indexOf(NEWLINE) + 1; position <= bytes.length; position++) {
    const byte = position < bytes.length ? (bytes[position] ?? NEWLINE) : NEWLINE;
    if (byte === RETURN) continue;
    if (byte === COMMA || byte === NEWLINE) {
      if (decimals < 0 && column === 0 && whole === 0 && byte === NEWLINE) continue;
      const scaled = fraction * 10 ** (PLACES - Math.max(decimals, 0));
      if (column === 0) series.openTime[row] = whole;
      else if (column === 5) {
        series.volumeWhole[row] = whole;
        series.volumeFraction[row] = scaled;
      } else {
        const value = whole * SCALE + scaled;
        if (!Number.isSafeInteger(value)) throw new Error(`${file}: price too large in row ${row + 1}`);
        (priceColumns[column - 1] ?? series.open)[row] = value;
      }
      whole = 0;
      fraction = 0;
      decimals = -1;
      if (byte === COMMA) column++;
      else {
        if (column !== 5) throw new Error(`${file}: row ${row + 1} has ${column + 1} fields`);
        column = 0;
        row++;
      }
      continue;
    }
    if (byte === DOT) {
      decimals = 0;
      continue;
    }
    const digit = byte - ZERO;
    if (digit < 0 || digit > 9) throw new Error(`${file}: unexpected character in row ${row + 1}`);
    if (decimals < 0) whole = whole * 10 + digit;
    else if (decimals < PLACES) {
      fraction = fraction * 10 + digit;
      decimals++;
    } else if (digit !== 0) throw new Error(`${file}: more than ${PLACES} decimals in row ${row + 1}`);
  }
  return trimmed(series, row);
}

export function seriesFromRows(rows: readonly KlineRow[]): KlineSeries {
  const series = allocate(rows.length);
  rows.forEach(([openTime, ...prices], index) => {
    series.openTime[index] = openTime;
    const [open, high, low, close] = prices.slice(0, 4).map((text) => Number(toFixed(text)));
    series.open[index] = open ?? 0;
    series.high[index] = high ?? 0;
    series.low[index] = low ?? 0;
    series.close[index] = close ?? 0;
    const volumeFixed = toFixed(prices[4]);
    series.volumeWhole[index] = Number(volumeFixed / ONE);
    series.volumeFraction[index] = Number(volumeFixed % ONE);
  });
  return trimmed(series, rows.length);
}

export function loadSource(source: MarketSource): KlineSeries {
  if (source.rows !== undefined) return seriesFromRows(source.rows);
  if (source.file !== undefined) return loadKlineFile(source.file);
  throw new Error('a market source needs a file or rows');
}

/** The last bar that opened at or before `time`, or -1. */
export function barIndexAt(series: KlineSeries, time: number): number {
  let low = 0;
  let high = series.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    if ((series.openTime[middle] ?? Infinity) <= time) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}
