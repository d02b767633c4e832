import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openMarketDataWith, type MarketDataFixture } from '../../../test-support/market-data-fixture';
import { BacktestReader, thinCurve } from './backtest-reader';
import { saveBacktest } from './backtest-repo';
import { runBacktest } from './backtest-runner';

let fixture: MarketDataFixture;
beforeAll(async () => {
  fixture = await openMarketDataWith([['1h', 'BTCUSDT-1h.csv.gz']]);
}, 60_000);
afterAll(async () => fixture.cleanup());

describe('stored runs, as the viewer reads them', () => {
  it('give back the run, its trades and its curves exactly as the run produced them', () => {
    const result = runBacktest(
      { candles: fixture.market.candles, markets: null },
      { strategy: 'ma-crossover', params: { short: 20, long: 50 }, venue: 'binance', symbol: 'BTCUSDT', interval: '1h', from: 0, to: Date.UTC(2024, 0, 1), initialCapital: 10_000, costs: { makerFee: 0.001, takerFee: 0.001, slippageBps: 0 } },
    );
    const id = saveBacktest(fixture.testStore.store.db, result, 1_700_000_000_000);
    const reader = new BacktestReader(fixture.testStore.store.db);
    expect(reader.list(10)).toEqual([expect.objectContaining({ id, strategy: 'ma-crossover', status: 'completed', fingerprint: result.fingerprint, params: result.params, rangeStart: result.firstBar })]);
    const detail = reader.get(id);
    expect(detail.trades).toHaveLength(result.trades.length);
    expect(detail.trades.map((trade) => trade.pnl)).toEqual(result.trades.map((trade) => trade.pnl));
    expect(detail.run.metrics?.['netProfit']).toBe(result.metrics.netProfit);
    // 8,760 hourly bars thinned to at most 2,000 points, ending on the last equity.
    expect(detail.curve.time.length).toBeLessThanOrEqual(2000);
    expect(detail.curve.equity.at(-1)).toBe(result.equity.at(-1));
    expect(Math.max(...detail.curve.drawdown)).toBeCloseTo(result.metrics.maxDrawdown, 12);
    expect(() => reader.get(id + 1)).toThrow(`There is no backtest run ${id + 1}`);
  });

  it('thin a curve keeping each step\'s last value and its deepest fall', () => {
    const curve = thinCurve(Float64Array.of(0, 1, 2, 3, 4, 5), Float64Array.of(100, 50, 100, 120, 60, 120), 3);
    expect(curve).toEqual({ time: [1, 3, 5], equity: [50, 120, 120], drawdown: [0.5, 0, 0.5] });
  });
});
