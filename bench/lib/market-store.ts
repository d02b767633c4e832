import { performance } from 'node:perf_hooks';
import type Database from 'better-sqlite3';
import { type MarketData } from '../../src/main/market/market-data';
import { openMarketData, type MarketDataFixture } from '../../test-support/market-data-fixture';
import { SERIES } from './kline-inputs';

/** The chart asks for at most this many bars per `market.window` call, then pages back with `before`. */
export const WINDOW_PAGE = 5_000;
const MINUTE_MS = 60_000;

export interface BenchMarket {
  readonly market: MarketData;
  readonly sqlite: Database.Database;
  close(): Promise<void>;
}

/** MarketData on a fresh migrated store in a temp dir, as the tests build it; nothing downloads. */
export function openBenchMarket(): BenchMarket {
  const fixture: MarketDataFixture = openMarketData(() => Promise.reject(new Error('benchmarks never download')));
  return { market: fixture.market, sqlite: fixture.testStore.store.sqlite, close: () => fixture.cleanup() };
}

/** `market.importFile` of one file, timed from the call to its result; checks every row was added. */
export async function timeImport(market: MarketData, file: string, rows: number): Promise<number> {
  const start = performance.now();
  const result = await market.importFile({ ...SERIES, path: file });
  const ms = performance.now() - start;
  if (result.rows !== rows || result.added !== rows) throw new Error(`importing ${file} read ${result.rows} rows and added ${result.added}, expected ${rows}`);
  return ms;
}

export function seriesIdOf(market: MarketData): number {
  const id = market.candles.seriesId(SERIES);
  if (id === null) throw new Error('nothing is stored for the benchmark series');
  return id;
}

export interface StoredSpan {
  readonly id: number;
  readonly bars: number;
  readonly first: number;
  readonly last: number;
}

export function storedSpan(market: MarketData): StoredSpan {
  const id = seriesIdOf(market);
  const { bars, first, last } = market.candles.bounds(id);
  if (first === null || last === null) throw new Error('the benchmark series is empty');
  return { id, bars, first, last };
}

/** Where a read of `bars` bars starts and ends: the newest `bars`, or the oldest. */
export function spanOf(span: StoredSpan, end: 'newest' | 'oldest', bars: number): { from: number; to: number } {
  const reach = (Math.min(bars, span.bars) - 1) * MINUTE_MS;
  return end === 'newest' ? { from: span.last - reach, to: span.last } : { from: span.first, to: span.first + reach };
}

/**
 * Reads bars the way the chart does: `market.window` pages of 5,000, each asking for the bars
 * before the oldest one it has, until it holds `bars` or the series runs out. Starting at
 * `before` (exclusive; undefined is the newest end). Returns how many bars it read.
 */
export function readWindowPages(market: MarketData, bars: number, before?: number): number {
  let read = 0;
  let cursor = before;
  for (;;) {
    const page = market.window({ ...SERIES, before: cursor, limit: Math.min(WINDOW_PAGE, bars - read) });
    read += page.candles.time.length;
    if (read >= bars || !page.hasMore || page.candles.time.length === 0) return read;
    cursor = page.candles.time[0];
  }
}

/** The least a reader can do for the same bars: one raw better-sqlite3 query of the six columns. */
export function prepareRawRead(sqlite: Database.Database): (id: number, from: number, to: number) => number {
  const statement = sqlite.prepare('select open_time, open, high, low, close, volume from candles where series_id = ? and open_time >= ? and open_time <= ? order by open_time').raw(true);
  return (id, from, to) => statement.all(id, from, to).length;
}

/** Milliseconds one call takes, with what it returned. */
export function timed<T>(work: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = work();
  return { ms: performance.now() - start, value };
}

export async function timedAsync<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await work();
  return { ms: performance.now() - start, value };
}

export function expectCount(what: string, got: number, expected: number): void {
  if (got !== expected) throw new Error(`${what} read ${got} bars, expected ${expected}`);
}
