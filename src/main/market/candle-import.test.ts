import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { resolveDataFile } from '../../../test-support/binance-emulator/kline-file';
import { openMarketData, sharedFileLines, writeKlineFile, type MarketDataFixture } from '../../../test-support/market-data-fixture';

let fixture: MarketDataFixture | undefined;
afterEach(async () => {
  await fixture?.cleanup();
  fixture = undefined;
});

function open(): MarketDataFixture {
  fixture = openMarketData();
  return fixture;
}

const KEY = { venue: 'binance', symbol: 'BTCUSDT', interval: '1m' } as const;

function storedRow(market: MarketDataFixture['market'], openTime: number): number[] | undefined {
  const id = market.candles.seriesId(KEY) ?? -1;
  const batch = market.candles.range(id, openTime, openTime);
  if (batch.length === 0) return undefined;
  return [batch.openTime[0], batch.open[0], batch.high[0], batch.low[0], batch.close[0], batch.volume[0]] as number[];
}

describe('importing the shared 2024 1-minute file', () => {
  it('stores exactly 527,040 rows matching the file, and a second import adds nothing', async () => {
    const { market, testStore, events } = open();
    const result = await market.importFile({ ...KEY, path: resolveDataFile('BTCUSDT-1m-2024.csv.gz') });
    expect(result).toMatchObject({ rows: 527_040, added: 527_040, first: Date.UTC(2024, 0, 1), last: Date.UTC(2024, 11, 31, 23, 59), format: 'six-column' });
    expect(testStore.store.sqlite.prepare('select count(*) from candles').pluck().get()).toBe(527_040);
    expect(events).toContainEqual({ name: 'candles.stored', payload: { ...KEY, added: 527_040 } });

    const lines = sharedFileLines('BTCUSDT-1m-2024.csv.gz').slice(1);
    expect(lines).toHaveLength(527_040);
    let seed = 20_240_101;
    const random = (): number => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const picks = [0, lines.length - 1, ...Array.from({ length: 200 }, () => Math.floor(random() * lines.length))];
    for (const index of picks) {
      const expected = (lines[index] as string).split(',').map(Number);
      expect(storedRow(market, expected[0] as number), `line ${index + 2}`).toEqual(expected);
    }

    const again = await market.importFile({ ...KEY, path: resolveDataFile('BTCUSDT-1m-2024.csv.gz') });
    expect(again).toMatchObject({ rows: 527_040, added: 0 });
    expect(testStore.store.sqlite.prepare('select count(*) from candles').pluck().get()).toBe(527_040);
    expect(market.coverage({})).toEqual([
      { ...KEY, bars: 527_040, first: Date.UTC(2024, 0, 1), last: Date.UTC(2024, 11, 31, 23, 59), ranges: [{ from: Date.UTC(2024, 0, 1), to: Date.UTC(2024, 11, 31, 23, 59), bars: 527_040 }], gaps: [] },
    ]);
  }, 60_000);
});

describe('kline file formats', () => {
  const T = Date.UTC(2025, 0, 1);

  it("reads Binance's 12-column rows with microsecond times, keeping the extra columns", async () => {
    const { market, testStore } = open();
    const us = (ms: number): string => `${ms * 1000}`;
    const file = await writeKlineFile(testStore.dir, 'BTCUSDT-1m-2025-01-01.csv', [
      `${us(T)},93576.00000000,93610.93000000,93537.50000000,93607.74000000,8.21827000,${us(T + 59_999) + '999'.slice(3)},769005.08829160,1315,3.85181000,360421.14353780,0`,
      `${us(T + 60_000)},93607.74000000,93672.00000000,93566.00000000,93612.00000000,19.05421000,${us(T + 119_999)},1783871.44614530,2488,10.18497000,953682.37612390,0`,
    ]);
    expect(await market.importFile({ ...KEY, path: file })).toMatchObject({ rows: 2, added: 2, first: T, format: 'binance-12' });
    const stored = testStore.store.sqlite.prepare('select open_time, close, close_time, quote_volume, trade_count, taker_buy_base_volume, taker_buy_quote_volume from candles order by open_time').raw().all();
    expect(stored).toEqual([
      [T, 93607.74, T + 59_999, 769005.0882916, 1315, 3.85181, 360421.1435378],
      [T + 60_000, 93612, T + 119_999, 1783871.4461453, 2488, 10.18497, 953682.3761239],
    ]);
  });

  it('reads millisecond 12-column rows gzip\'d under any name, and plain six-column rows without a header', async () => {
    const { market, testStore } = open();
    const twelve = await writeKlineFile(testStore.dir, 'dump.gz', [`${T},1,2,0.5,1.5,10,${T + 59_999},15,3,4,6,0`]);
    expect(await market.importFile({ ...KEY, path: twelve })).toMatchObject({ rows: 1, added: 1, format: 'binance-12' });
    const six = await writeKlineFile(testStore.dir, 'six.txt', [`${T + 60_000},1.5,2,1,1.75,3`]);
    expect(await market.importFile({ ...KEY, path: six })).toMatchObject({ rows: 1, added: 1, format: 'six-column' });
    expect(testStore.store.sqlite.prepare('select open_time, close_time, quote_volume from candles order by open_time').raw().all()).toEqual([
      [T, T + 59_999, 15],
      [T + 60_000, null, null],
    ]);
  });
});

describe('bad rows', () => {
  const T = Date.UTC(2024, 0, 1);
  const good = (i: number): string => `${T + i * 60_000},100,101,99,100.5,1.25`;

  it.each([
    ['a word where a price goes', (lines: string[]) => lines.splice(3, 1, `${T + 3 * 60_000},100,abc,99,100,1`), 'line 4: high is not a number: "abc"'],
    ['a missing column', (lines: string[]) => lines.splice(3, 1, `${T + 3 * 60_000},100,101,99,100`), 'line 4: expected 6 columns like the rows before, found 5'],
    ['a duplicate bar', (lines: string[]) => lines.splice(3, 1, good(1)), 'line 4: open time 2024-01-01T00:01:00.000Z appears twice'],
    ['rows out of order', (lines: string[]) => lines.splice(3, 2, good(4), good(3)), 'line 5: open time 2024-01-01T00:03:00.000Z is earlier than the row before'],
    ['a time off the interval grid', (lines: string[]) => lines.splice(3, 1, `${T + 3 * 60_000 + 1},100,101,99,100,1`), 'line 4: open time 2024-01-01T00:03:00.001Z is not the start of a 1m bar'],
    ['a high below the close', (lines: string[]) => lines.splice(3, 1, `${T + 3 * 60_000},100,101,99,102,1`), 'line 4: high 101 and low 99 do not contain open 100 and close 102'],
    ['a negative volume', (lines: string[]) => lines.splice(3, 1, `${T + 3 * 60_000},100,101,99,100,-1`), 'line 4: volume -1 is negative'],
  ])('%s: names the file and line, and stores nothing', async (_name, breakIt, message) => {
    const { market, testStore } = open();
    const lines = ['open_time_ms,open,high,low,close,volume', ...Array.from({ length: 10 }, (_, i) => good(i))];
    breakIt(lines);
    const file = await writeKlineFile(testStore.dir, 'broken.csv.gz', lines);
    await expect(market.importFile({ ...KEY, path: file })).rejects.toThrow(`broken.csv.gz, ${message}`);
    expect(testStore.store.sqlite.prepare('select count(*) from candles').pluck().get()).toBe(0);
    expect(testStore.store.sqlite.prepare('select count(*) from candle_series').pluck().get()).toBe(0);
  });

  it('a bad row deep in a big file still leaves the store as it was', async () => {
    const { market, testStore } = open();
    await market.importFile({ ...KEY, path: await writeKlineFile(testStore.dir, 'first.csv', [good(0)]) });
    const lines = Array.from({ length: 100_000 }, (_, i) => good(i + 1));
    lines[99_000] = `${T + 99_001 * 60_000},100,101,99,100,oops`;
    await expect(market.importFile({ ...KEY, path: await writeKlineFile(testStore.dir, 'big.csv.gz', lines) })).rejects.toThrow('big.csv.gz, line 99001: volume is not a number: "oops"');
    expect(testStore.store.sqlite.prepare('select count(*) from candles').pluck().get()).toBe(1);
  });

  it('refuses a missing file, a damaged gzip and an empty file clearly', async () => {
    const { market, testStore } = open();
    await expect(market.importFile({ ...KEY, path: path.join(testStore.dir, 'nope.csv') })).rejects.toThrow('nope.csv: no such file');
    const damaged = await writeKlineFile(testStore.dir, 'damaged.csv.gz', Array.from({ length: 5000 }, (_, i) => good(i)));
    const fs = await import('node:fs');
    const bytes = fs.readFileSync(damaged);
    fs.writeFileSync(damaged, bytes.subarray(0, Math.floor(bytes.length / 2)));
    await expect(market.importFile({ ...KEY, path: damaged })).rejects.toThrow(/damaged\.csv\.gz: the gzip data is damaged/);
    const empty = await writeKlineFile(testStore.dir, 'empty.csv', ['open_time_ms,open,high,low,close,volume']);
    await expect(market.importFile({ ...KEY, path: empty })).rejects.toThrow('empty.csv: no kline rows in the file');
    expect(testStore.store.sqlite.prepare('select count(*) from candles').pluck().get()).toBe(0);
  });
});

describe('the interval of a file', () => {
  it('refuses hourly bars imported as 15m, though every time sits on the 15m grid', async () => {
    const { market } = open();
    await expect(market.importFile({ ...KEY, interval: '15m', path: resolveDataFile('BTCUSDT-1h.csv.gz') })).rejects.toThrow(
      'BTCUSDT-1h.csv.gz: no two rows are one 15m bar apart: these look like bars of a longer interval (is --interval right?)',
    );
  });
});
