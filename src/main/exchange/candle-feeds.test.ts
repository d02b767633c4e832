import { afterEach, describe, expect, it } from 'vitest';
import { type EventPayload } from '../../shared/contract';
import { startTrading, type TradingFixture } from '../../../test-support/trading-fixture';

let t: TradingFixture;
afterEach(() => t.close());

function collectCandles(): Array<EventPayload<'market.candle'>> {
  const seen: Array<EventPayload<'market.candle'>> = [];
  t.core.bus.on((name, payload) => {
    if (name === 'market.candle') seen.push(payload as EventPayload<'market.candle'>);
  });
  return seen;
}

describe('live candles', () => {
  it('come from the kline stream, and a candle is reported closed once when the next begins', async () => {
    t = await startTrading();
    const seen = collectCandles();
    await t.call('market.watch', { accountId: t.accountId, symbol: 'BTCUSDT', interval: '1m' });
    await t.emulator.waitForStream('btcusdt@kline_1m');
    t.emulator.market.clock.advanceSteps(1);
    await expect.poll(() => seen.some((candle) => candle.low === 99), { timeout: 10_000 }).toBe(true);
    t.emulator.market.clock.advanceSteps(4); // into the next bar
    await expect.poll(() => seen.filter((candle) => candle.isClosed).length, { timeout: 10_000 }).toBe(1);
    const closed = seen.find((candle) => candle.isClosed);
    expect(closed).toMatchObject({ open: 100, high: 101, low: 99, close: 100.5, source: 'stream' });

    // The closed candle was stored once, under the account's venue; the forming one was not.
    const venue = `custom:${t.emulator.url}`;
    const window = await t.call('candles.window', { venue, symbol: 'BTCUSDT', interval: '1m', limit: 10 });
    expect(window.candles).toEqual({ time: [closed?.openTime], open: [100], high: [101], low: [99], close: [100.5], volume: [closed?.volume] });
  });

  it('keep running while any window still watches them', async () => {
    t = await startTrading();
    const input = { accountId: t.accountId, symbol: 'BTCUSDT', interval: '1m' } as const;
    await t.call('market.watch', input);
    await t.call('market.watch', input);
    expect(await t.call('market.unwatch', input)).toEqual({ stopped: false });
    await t.emulator.waitForStream('btcusdt@kline_1m');
    const seen = collectCandles();
    t.emulator.market.clock.advanceSteps(1);
    await expect.poll(() => seen.length, { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await t.call('market.unwatch', input)).toEqual({ stopped: true });
    expect(await t.call('market.unwatch', input)).toEqual({ stopped: false });
  });

  it('fall back to REST polling when the stream drops, and keep coming', async () => {
    t = await startTrading();
    const seen = collectCandles();
    await t.call('market.watch', { accountId: t.accountId, symbol: 'BTCUSDT', interval: '1m' });
    await t.emulator.waitForStream('btcusdt@kline_1m');
    t.emulator.faults.dropWebSockets();
    t.emulator.market.clock.advanceSteps(2);
    await expect.poll(() => seen.some((candle) => candle.source === 'rest' && candle.high === 101), { timeout: 10_000 }).toBe(true);
  });
});
