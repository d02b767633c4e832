import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startBinanceEmulator } from '../../../test-support/binance-emulator/server';
import { type BinanceEmulator } from '../../../test-support/binance-emulator/types';
import { openMarketData, sharedFileLines, writeKlineFile, type MarketDataFixture } from '../../../test-support/market-data-fixture';
import { type Download } from '../../shared/schemas/candles';
import { ccxtHistorySources } from './history-source';

const MINUTE = 60_000;
const DAY_ONE = Date.UTC(2024, 0, 1);
/** The first three days of the shared 2024 file: 4,320 one-minute bars. */
const LINES = sharedFileLines('BTCUSDT-1m-2024.csv.gz').slice(1, 1 + 3 * 1440);

let emulator: BinanceEmulator;
let venue: string;
let fixture: MarketDataFixture | undefined;

beforeAll(async () => {
  emulator = await startBinanceEmulator({ market: { BTCUSDT: { file: 'BTCUSDT-1m-2024.csv.gz', interval: '1m' } }, replay: { start: Date.UTC(2024, 0, 10) } });
  venue = `custom:${emulator.url}`;
});
afterAll(async () => emulator.close());
afterEach(async () => {
  emulator.faults.clear();
  await fixture?.cleanup();
  fixture = undefined;
});

function open(): MarketDataFixture {
  fixture = openMarketData(ccxtHistorySources({ timeoutMs: 5_000 }));
  return fixture;
}

const key = () => ({ venue, symbol: 'BTCUSDT', interval: '1m' as const });
const klineCalls = () => emulator.requests.filter((request) => request.path === '/api/v3/klines');

function storedLines(fixture: MarketDataFixture, from: number, to: number): string[] {
  const { candles } = fixture.market;
  const batch = candles.range(candles.seriesId(key()) ?? -1, from, to);
  return Array.from({ length: batch.length }, (_, i) =>
    [batch.openTime[i], batch.open[i], batch.high[i], batch.low[i], batch.close[i], batch.volume[i]].join(','),
  );
}

/** The file's line for a bar, with numbers written as JavaScript writes them. */
const normalized = (line: string): string => line.split(',').map(Number).join(',');

describe('gaps and backfill', () => {
  it('reports exactly the bars removed from a file, and backfilling from the exchange closes them', async () => {
    const { market, testStore } = open();
    const removed = new Set<number>([...range(100, 105), 2000, ...range(3000, 3500)]);
    const file = await writeKlineFile(testStore.dir, 'holey.csv.gz', LINES.filter((_, index) => !removed.has(index)));
    await market.importFile({ ...key(), path: file });

    const [coverage] = market.coverage({ venue });
    const at = (index: number): number => DAY_ONE + index * MINUTE;
    expect(coverage?.gaps).toEqual([
      { from: at(100), to: at(104), bars: 5 },
      { from: at(2000), to: at(2000), bars: 1 },
      { from: at(3000), to: at(3499), bars: 500 },
    ]);
    expect(coverage?.ranges).toEqual([
      { from: at(0), to: at(99), bars: 100 },
      { from: at(105), to: at(1999), bars: 1895 },
      { from: at(2001), to: at(2999), bars: 999 },
      { from: at(3500), to: at(4319), bars: 820 },
    ]);
    expect(coverage?.bars).toBe(4320 - 506);

    const before = klineCalls().length;
    for (const gap of coverage?.gaps ?? []) {
      const started = market.downloads.start({ ...key(), from: gap.from, to: gap.to });
      expect(started.state).toBe('running');
      expect(await market.downloads.settled(started.id)).toMatchObject({ state: 'done', expected: gap.bars, fetched: gap.bars, error: null });
    }
    // One page per gap: a download asks only for what is missing.
    expect(klineCalls().length - before).toBe(3);
    expect(market.coverage({ venue })[0]).toMatchObject({ bars: 4320, gaps: [] });
    expect(storedLines(fixture as MarketDataFixture, at(0), at(4319))).toEqual(LINES.map(normalized));
  });
});

describe('downloads', () => {
  it('fetches page by page with progress, and a cancelled download resumes where it stopped', async () => {
    const { market, events } = open();
    const from = DAY_ONE;
    const to = DAY_ONE + 4999 * MINUTE;
    let cancelled: Download | null = null;
    const started = market.downloads.start({ ...key(), from, to });
    // Cancel as soon as the first page is in.
    const stop = setInterval(() => {
      const progress = events.filter((event) => event.name === 'candles.download').map((event) => event.payload as Download);
      if (cancelled === null && progress.some((download) => download.fetched > 0)) cancelled = market.downloads.cancel(started.id);
    }, 1);
    const stopped = await market.downloads.settled(started.id);
    clearInterval(stop);
    expect(stopped.state).toBe('cancelled');
    expect(stopped.expected).toBe(5000);
    expect(stopped.fetched).toBeGreaterThan(0);
    expect(stopped.fetched).toBeLessThan(5000);
    expect(market.coverage({ venue })[0]?.bars).toBe(stopped.fetched);

    const callsBefore = klineCalls().length;
    market.downloads.resume(started.id);
    const done = await market.downloads.settled(started.id);
    expect(done).toMatchObject({ state: 'done', fetched: 5000, expected: 5000, error: null });
    // The resume began at the first bar the store lacked.
    const firstResumed = new URLSearchParams(klineCalls()[callsBefore]?.query).get('startTime');
    expect(Number(firstResumed)).toBe(from + stopped.fetched * MINUTE);
    expect(market.coverage({ venue })[0]).toMatchObject({ bars: 5000, first: from, last: to, gaps: [] });
    expect(storedLines(fixture as MarketDataFixture, from, to)).toEqual(sharedFileLines('BTCUSDT-1m-2024.csv.gz').slice(1, 5001).map(normalized));

    const progress = events.filter((event) => event.name === 'candles.download').map((event) => (event.payload as Download).fetched);
    expect(progress.at(-1)).toBe(5000);
    expect([...progress].sort((a, b) => a - b)).toEqual(progress);
  });

  it('fails with the exchange\'s reason, and a resume finishes the job', async () => {
    const { market } = open();
    emulator.faults.failNext('/api/v3/klines', { status: 400, body: { code: -1121, msg: 'Invalid symbol.' } });
    const started = market.downloads.start({ ...key(), from: DAY_ONE, to: DAY_ONE + 99 * MINUTE });
    const failed = await market.downloads.settled(started.id);
    expect(failed).toMatchObject({ state: 'failed', fetched: 0 });
    expect(failed.error).toContain('Invalid symbol. (code -1121)');
    market.downloads.resume(started.id);
    expect(await market.downloads.settled(started.id)).toMatchObject({ state: 'done', fetched: 100 });
  });

  it('answers the start with the bars expected, and a cancel during a retry back-off ends it as cancelled at once', async () => {
    const { market } = open();
    emulator.faults.failNext('/api/v3/klines', { status: 503, body: { code: -1001, msg: 'Internal error; unable to process your request. Please try again.' } });
    const started = market.downloads.start({ ...key(), from: DAY_ONE, to: DAY_ONE + 99 * MINUTE });
    expect(started).toMatchObject({ state: 'running', expected: 100, fetched: 0 });
    await expect.poll(() => emulator.requests.filter((request) => request.path === '/api/v3/klines' && request.status === 503).length).toBe(1);
    const cancelledAt = Date.now();
    market.downloads.cancel(started.id);
    expect(await market.downloads.settled(started.id)).toMatchObject({ state: 'cancelled', fetched: 0, error: null });
    expect(Date.now() - cancelledAt).toBeLessThan(500);
  });

  it('rides out a 429 from the exchange and carries on', async () => {
    const { market } = open();
    emulator.faults.rateLimit429Next(1, 1);
    const started = market.downloads.start({ ...key(), from: DAY_ONE, to: DAY_ONE + 9 * MINUTE });
    expect(await market.downloads.settled(started.id)).toMatchObject({ state: 'done', fetched: 10 });
    expect(emulator.requests.some((request) => request.status === 429)).toBe(true);
  });

  it('never stores the bar still forming, and a range in the future fetches nothing', async () => {
    const { market } = open();
    const now = Date.now();
    const started = market.downloads.start({ ...key(), from: now + 3_600_000, to: now + 7_200_000 });
    expect(await market.downloads.settled(started.id)).toMatchObject({ state: 'done', expected: 0, fetched: 0 });
  });

  it('tops up the newest closed bars when a chart starts streaming, leaving the forming bar to the feed', async () => {
    const { market, events } = open();
    const replayNow = Date.UTC(2024, 0, 10);
    expect(await market.downloads.topUp(key(), 100)).toBe(100);
    expect(market.coverage({ venue })[0]).toMatchObject({ bars: 100, first: replayNow - 100 * MINUTE, last: replayNow - MINUTE, gaps: [] });
    expect(events).toContainEqual({ name: 'candles.stored', payload: { ...key(), added: 100 } });
    expect(market.downloads.list()).toEqual([]);
    expect(await market.downloads.topUp(key(), 100)).toBe(0);
  });

  it('marks downloads cut off by a quit as interrupted, ready to resume', async () => {
    const { market } = open();
    const started = market.downloads.start({ ...key(), from: DAY_ONE, to: DAY_ONE + 9 * MINUTE });
    await market.downloads.settled(started.id);
    fixture?.testStore.store.sqlite.prepare("update candle_downloads set state = 'running', fetched = 3 where id = ?").run(started.id);
    market.downloads.recoverInterrupted();
    expect(market.downloads.list()[0]).toMatchObject({ id: started.id, state: 'interrupted' });
    market.downloads.resume(started.id);
    // Every bar is already stored, so the resume finds nothing left to fetch.
    expect(await market.downloads.settled(started.id)).toMatchObject({ state: 'done', fetched: 3, expected: 3 });
  });
});

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, i) => from + i);
}
