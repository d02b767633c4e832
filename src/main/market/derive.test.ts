import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveDataFile } from '../../../test-support/binance-emulator/kline-file';
import { openMarketData, sharedFileLines, type MarketDataFixture } from '../../../test-support/market-data-fixture';

const MINUTE_KEY = { venue: 'binance', symbol: 'BTCUSDT', interval: '1m' } as const;
const QUARTER_KEY = { ...MINUTE_KEY, interval: '15m' } as const;
let fixture: MarketDataFixture;

beforeAll(async () => {
  fixture = openMarketData();
  await fixture.market.importFile({ ...MINUTE_KEY, path: resolveDataFile('BTCUSDT-1m-2024.csv.gz') });
}, 60_000);
afterAll(async () => fixture.cleanup());

describe('higher timeframes from 1-minute bars', () => {
  it('1m → 15m over the 2024 file equals the shared 15m file wherever both cover', () => {
    const { market } = fixture;
    expect(market.derive(QUARTER_KEY)).toEqual({ buckets: 527_040 / 15, added: 527_040 / 15, incomplete: 0 });

    const published = sharedFileLines('BTCUSDT-15m.csv.gz')
      .slice(1)
      .map((line) => line.split(',').map(Number))
      .filter(([openTime = 0]) => openTime >= Date.UTC(2024, 0, 1));
    // The shared 15m file ends 2024-04-09: about 9,500 bars overlap.
    expect(published.length).toBeGreaterThan(9_000);
    const id = market.candles.seriesId(QUARTER_KEY) ?? -1;
    const derived = market.candles.range(id, published[0]?.[0] ?? 0, published.at(-1)?.[0] ?? 0);
    expect(derived.length).toBe(published.length);
    const mismatches = published.filter((row, i) => {
      const mine = [derived.openTime[i], derived.open[i], derived.high[i], derived.low[i], derived.close[i], derived.volume[i]];
      return mine.some((value, column) => value !== row[column]);
    });
    expect(mismatches).toEqual([]);
  }, 60_000);

  it('leaves out a bucket that lacks a minute, and the chart window shows it as it stands', () => {
    const { market, testStore } = fixture;
    const minuteId = market.candles.seriesId(MINUTE_KEY) ?? -1;
    const hour = Date.UTC(2024, 5, 1, 10);
    // A copy of the series with one minute missing, under another venue.
    testStore.store.sqlite.prepare("insert into candle_series (exchange, symbol, interval) values ('gappy', 'BTCUSDT', '1m')").run();
    const gappyId = market.candles.seriesId({ ...MINUTE_KEY, venue: 'gappy' }) ?? -1;
    testStore.store.sqlite.prepare('insert into candles select ?, open_time, open, high, low, close, volume, close_time, quote_volume, trade_count, taker_buy_base_volume, taker_buy_quote_volume from candles where series_id = ? and open_time >= ? and open_time < ? and open_time != ?').run(gappyId, minuteId, hour, hour + 3_600_000, hour + 20 * 60_000);

    const window = market.window({ venue: 'gappy', symbol: 'BTCUSDT', interval: '1h', limit: 10 });
    expect(window.source).toBe('derived');
    expect(window.candles.time).toEqual([hour]);
    expect(window.hasMore).toBe(false);
    expect(market.derive({ venue: 'gappy', symbol: 'BTCUSDT', interval: '1h' })).toEqual({ buckets: 0, added: 0, incomplete: 1 });
    expect(market.derive({ venue: 'gappy', symbol: 'BTCUSDT', interval: '15m' })).toEqual({ buckets: 3, added: 3, incomplete: 1 });
  });

  it('pages a derived window back through the year, newest first, with no bar twice', () => {
    const { market } = fixture;
    const times: number[] = [];
    let before: number | undefined;
    for (let page = 0; page < 10; page++) {
      const window = market.window({ ...MINUTE_KEY, interval: '1d', limit: 200, ...(before === undefined ? {} : { before }) });
      expect(window.source).toBe('derived');
      times.unshift(...window.candles.time);
      before = window.candles.time[0];
      if (!window.hasMore) break;
    }
    expect(times).toHaveLength(366);
    expect(new Set(times).size).toBe(366);
    expect(times[0]).toBe(Date.UTC(2024, 0, 1));
    expect(times.at(-1)).toBe(Date.UTC(2024, 11, 31));
  });

  it('builds older bars from 1m where stored bars of the interval run out (a live feed stored only the last few)', () => {
    const { market } = fixture;
    const key = { ...MINUTE_KEY, interval: '4h' } as const;
    const last = Date.UTC(2024, 11, 31, 20);
    const id = market.candles.seriesId(key, true);
    market.candles.putClosed(id, { openTime: last, open: 1, high: 3, low: 0.5, close: 2, volume: 7, closeTime: last + 4 * 3_600_000 - 1 });
    const window = market.window({ ...key, limit: 10 });
    expect(window.source).toBe('derived');
    expect(window.hasMore).toBe(true);
    expect(window.candles.time).toEqual(Array.from({ length: 10 }, (_, i) => last - (9 - i) * 4 * 3_600_000));
    expect(window.candles.close.at(-1)).toBe(2);
    const derivedOnly = market.window({ ...key, before: last, limit: 9 });
    expect(derivedOnly.candles.close).toEqual(window.candles.close.slice(0, 9));
  });

  it('reads a stored window newest first and pages back to the first bar', () => {
    const { market } = fixture;
    const newest = market.window({ ...MINUTE_KEY, limit: 1500 });
    expect(newest).toMatchObject({ source: 'stored', hasMore: true });
    expect(newest.candles.time).toHaveLength(1500);
    expect(newest.candles.time.at(-1)).toBe(Date.UTC(2024, 11, 31, 23, 59));
    const first = market.window({ ...MINUTE_KEY, before: Date.UTC(2024, 0, 1, 0, 3), limit: 1500 });
    expect(first.candles.time).toEqual([Date.UTC(2024, 0, 1, 0, 0), Date.UTC(2024, 0, 1, 0, 1), Date.UTC(2024, 0, 1, 0, 2)]);
    expect(first.hasMore).toBe(false);
    expect(market.window({ ...MINUTE_KEY, symbol: 'ETHUSDT', limit: 10 })).toMatchObject({ source: 'stored', hasMore: false, candles: { time: [] } });
  });
});
