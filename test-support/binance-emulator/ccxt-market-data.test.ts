import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { MarketHarness, T0 } from './market-fixtures';

const harness = new MarketHarness();
const DATA = path.resolve(import.meta.dirname, '..', '..', '..', 'shared', 'data');
const HOUR = 3_600_000;

afterEach(() => harness.stop());

/** The file's rows read independently of the emulator: [openTime, o, h, l, c, v] as numbers. */
function fileRows(file: string, from = 0, count?: number): number[][] {
  const text = gunzipSync(readFileSync(path.join(DATA, file))).toString('utf8');
  const first = from === 0 ? text.indexOf('\n') + 1 : text.indexOf(`\n${from},`) + 1;
  const lines = text.slice(first).trim().split('\n', count);
  return lines.map((line) => line.split(',').map(Number));
}

describe('klines replayed from the data files', () => {
  it('fetchOHLCV returns the rows of the 1-minute file up to the clock, the current bar as far as walked', async () => {
    const start = Date.parse('2024-03-01T12:00:00Z');
    await harness.start({ market: { BTCUSDT: { file: 'BTCUSDT-1m-2024.csv.gz', interval: '1m' } }, replay: { start } });
    const rows = fileRows('BTCUSDT-1m-2024.csv.gz', start - 5 * 60_000, 6);
    const at = 5;
    const exchange = harness.rest();

    const history = await exchange.fetchOHLCV('BTC/USDT', '1m', start - 5 * 60_000, 5);
    expect(history).toEqual(rows.slice(at - 5, at));
    const [, open, , , , volume] = rows[at] ?? [];
    const latest = await exchange.fetchOHLCV('BTC/USDT', '1m', undefined, 3);
    expect(latest.slice(0, 2)).toEqual(rows.slice(at - 2, at));
    // At the bar's open only its first quarter of volume has traded.
    expect(latest[2]?.slice(0, 5)).toEqual([start, open, open, open, open]);
    expect(latest[2]?.[5]).toBeCloseTo((volume ?? 0) / 4, 7);

    harness.emulator.market.clock.advanceSteps(3);
    const [closed] = await exchange.fetchOHLCV('BTC/USDT', '1m', start, 1);
    expect(closed).toEqual(rows[at]);
    const raw = (await exchange.publicGetKlines({ symbol: 'BTCUSDT', interval: '1m', startTime: start, limit: 1 })) as unknown[][];
    expect(raw[0]).toEqual([start, expect.stringMatching(/^\d+\.\d{8}$/), expect.any(String), expect.any(String), expect.any(String), expect.any(String), start + 59_999, '0.00000000', 0, '0.00000000', '0.00000000', '0']);
  });

  it('sums hourly bars into 4h and 1d klines, with no bar from beyond the clock', async () => {
    const start = Date.parse('2023-06-10T09:00:00Z');
    await harness.start({ market: { BTCUSDT: { file: 'BTCUSDT-1h.csv.gz', interval: '1h' } }, replay: { start } });
    const rows = fileRows('BTCUSDT-1h.csv.gz');
    const exchange = harness.rest();
    const day = Date.parse('2023-06-09T00:00:00Z');
    const dayRows = rows.filter((row) => (row[0] ?? 0) >= day && (row[0] ?? 0) < day + 24 * HOUR);
    const [daily] = await exchange.fetchOHLCV('BTC/USDT', '1d', day, 1);
    const sum = dayRows.reduce((total, row) => total + (row[5] ?? 0), 0);
    expect(daily?.slice(0, 5)).toEqual([day, dayRows[0]?.[1], Math.max(...dayRows.map((row) => row[2] ?? 0)), Math.min(...dayRows.map((row) => row[3] ?? 0)), dayRows.at(-1)?.[4]]);
    expect(daily?.[5]).toBeCloseTo(sum, 6);

    const fourHours = await exchange.fetchOHLCV('BTC/USDT', '4h', undefined, 2);
    expect(fourHours.map((bar) => bar[0])).toEqual([Date.parse('2023-06-10T04:00:00Z'), Date.parse('2023-06-10T08:00:00Z')]);
    // The current 4h bar holds 08:00 whole and 09:00 at its open.
    const nine = rows.find((row) => row[0] === start) ?? [];
    expect(fourHours[1]?.[4]).toBe(nine[1]);
    await expect(exchange.fetchOHLCV('BTC/USDT', '1m')).rejects.toThrow('{"code":-1120,"msg":"Invalid interval."}');
  });
});

describe('prices and the book through ccxt', () => {
  it('ticker/price, bookTicker, 24hr ticker and depth follow the walking price and the spread', async () => {
    const emulator = await harness.start({ replay: { spread: { ticks: 4 }, depthLevels: 5 } });
    const exchange = harness.rest();
    expect(emulator.market.quote('BTCUSDT')).toEqual({ symbol: 'BTCUSDT', time: T0, barOpenTime: T0, step: 0, price: '100.00000000', bid: '99.98000000', ask: '100.02000000' });
    expect(await exchange.publicGetTickerPrice({ symbol: 'BTCUSDT' })).toEqual({ symbol: 'BTCUSDT', price: '100.00000000' });

    emulator.market.clock.advanceSteps(2); // 99.00, then 101.00
    const ticker = await exchange.fetchTicker('BTC/USDT');
    expect(ticker).toMatchObject({ last: 101, bid: 100.98, ask: 101.02, open: 100, high: 101, low: 99 });
    const [bidAsk] = Object.values(await exchange.fetchBidsAsks(['BTC/USDT']));
    expect(bidAsk).toMatchObject({ bid: 100.98, ask: 101.02 });

    const book = await exchange.fetchOrderBook('BTC/USDT');
    expect(book.bids.map(([price]) => price)).toEqual([100.98, 100.97, 100.96, 100.95, 100.94]);
    expect(book.asks.map(([price]) => price)).toEqual([101.02, 101.03, 101.04, 101.05, 101.06]);
    // Without a liquidity cap each level shows the sub-step's share of the bar volume (10 / 4).
    expect(book.bids[0]?.[1]).toBe(2.5);
    expect(book.nonce).toBe(3);
  });
});
