import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openMarketDataWith, type MarketDataFixture } from '../../../test-support/market-data-fixture';
import { runBacktest, type BacktestRequest } from './backtest-runner';

let fixture: MarketDataFixture;
beforeAll(async () => {
  fixture = await openMarketDataWith([['1m', 'BTCUSDT-1m-2024.csv.gz']]);
}, 60_000);
afterAll(async () => fixture.cleanup());

const YEAR_2024: Omit<BacktestRequest, 'strategy' | 'params'> = {
  venue: 'binance',
  symbol: 'BTCUSDT',
  interval: '1m',
  from: Date.UTC(2024, 0, 1),
  to: Date.UTC(2024, 11, 31, 23, 59),
  initialCapital: 10_000,
  costs: { makerFee: 0.001, takerFee: 0.001, slippageBps: 0 },
};

/**
 * The trade lists of the built-in strategies on the shared 2024 data, pinned. A change to the
 * engine, a strategy or an indicator that moves a single fill changes a fingerprint here; if
 * the change is meant, bump the strategy's version and pin the new value.
 */
describe('fingerprints of the built-in strategies over the 2024 1-minute year', () => {
  it.each([
    ['ma-crossover', {}, 1757, '7fbe52b07655'],
    ['rsi-reversal', {}, 1946, '9b3316816697'],
    ['combined', {}, 1518, '85260c75c252'],
    ['ma-crossover', { short: 20, long: 60, average: 'ema', stopLoss: 0.01, takeProfit: 0.02, trailingStop: 0.015 }, 4996, '346ed41f708f'],
  ] as const)('%s %j', (strategy, params, trades, fingerprint) => {
    const result = runBacktest({ candles: fixture.market.candles, markets: null }, { ...YEAR_2024, strategy, params });
    expect(result.bars).toBe(527_040);
    expect({ trades: result.trades.length, fingerprint: result.fingerprint.slice(0, 12) }).toEqual({ trades, fingerprint });
    const again = runBacktest({ candles: fixture.market.candles, markets: null }, { ...YEAR_2024, strategy, params });
    expect(again.fingerprint).toBe(result.fingerprint);
  }, 30_000);

  it('runs on a timeframe built from the 1-minute bars', () => {
    const result = runBacktest({ candles: fixture.market.candles, markets: null }, { ...YEAR_2024, interval: '1h', strategy: 'ma-crossover', params: { short: 20, long: 50 } });
    expect(result).toMatchObject({ bars: 366 * 24, candleSource: 'derived' });
    expect({ trades: result.trades.length, fingerprint: result.fingerprint.slice(0, 12) }).toEqual({ trades: 106, fingerprint: 'c1c5da36e2f2' });
  });
});
