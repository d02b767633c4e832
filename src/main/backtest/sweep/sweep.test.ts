import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openMarketDataWith, type MarketDataFixture } from '../../../../test-support/market-data-fixture';
import { runBacktest } from '../backtest-runner';
import { runSweep, type SweepRequest } from './sweep';

let fixture: MarketDataFixture;
beforeAll(async () => {
  fixture = await openMarketDataWith([['1h', 'BTCUSDT-1h.csv.gz']]);
}, 60_000);
afterAll(async () => fixture.cleanup());

const deps = () => ({ candles: fixture.market.candles, markets: null });
const BASE: Omit<SweepRequest, 'grid' | 'rank'> = {
  strategy: 'ma-crossover',
  params: { stopLoss: 0.05 },
  venue: 'binance',
  symbol: 'BTCUSDT',
  interval: '1h',
  from: Date.UTC(2023, 0, 1),
  to: Date.UTC(2023, 11, 31, 23),
  initialCapital: 10_000,
  costs: { makerFee: 0.001, takerFee: 0.001, slippageBps: 0 },
};

describe('a parameter sweep', () => {
  it('runs every set of the grid on two threads, each exactly as a single backtest would, ranked best first', async () => {
    const result = await runSweep(deps(), { ...BASE, grid: { short: [10, 20, 30], long: { from: 50, to: 100, step: 50 } }, rank: 'sharpe', threads: 2 });
    expect(result).toMatchObject({ sets: 6, skipped: 0, runs: 6, threads: 2, bars: 8759 });
    const sharpes = result.rows.map((row) => row.metrics.sharpe);
    expect(sharpes).toEqual([...sharpes].sort((a, b) => b - a));
    for (const row of result.rows) {
      const single = runBacktest(deps(), { ...BASE, params: row.params });
      expect(row.fingerprint).toBe(single.fingerprint);
      expect(row.metrics).toEqual(single.metrics);
    }
    const inThisThread = await runSweep(deps(), { ...BASE, grid: { short: [10, 20, 30], long: [50, 100] }, rank: 'sharpe', threads: 1 });
    expect(inThisThread.rows.map((row) => row.fingerprint)).toEqual(result.rows.map((row) => row.fingerprint));
  }, 60_000);

  it('skips the combinations the strategy refuses, and says so', async () => {
    const result = await runSweep(deps(), { ...BASE, grid: { short: [50, 100], long: [50, 100] }, rank: 'netProfitPct', threads: 1 });
    expect(result).toMatchObject({ sets: 1, skipped: 3 });
    expect(result.rows[0]?.params).toMatchObject({ short: 50, long: 100, stopLoss: 0.05 });
    await expect(runSweep(deps(), { ...BASE, grid: { short: [200], long: [100] }, rank: 'sharpe', threads: 1 })).rejects.toThrow('No combination of the grid is valid for MA crossover (1 refused)');
  });

  it('walks forward: the best set of each window is tested on the next, and only those results are scored', async () => {
    const request: SweepRequest = { ...BASE, grid: { short: [10, 20], long: [50, 100] }, rank: 'netProfitPct', walkForwardWindows: 4, threads: 2 };
    const result = await runSweep(deps(), request);
    const walk = result.walkForward;
    expect(walk?.folds).toHaveLength(3);
    expect(result.runs).toBe(3 * 4 + 3);
    walk?.folds.forEach((fold, k) => {
      expect(fold.testFrom).toBeGreaterThan(fold.trainTo);
      if (k > 0) expect(fold.trainFrom).toBe(walk.folds[k - 1]?.testFrom);
    });
    // The set tested is the one that ranks first on its training window alone.
    for (const fold of walk?.folds ?? []) {
      const single = await runSweep(deps(), { ...request, from: fold.trainFrom, to: fold.trainTo, walkForwardWindows: 0, threads: 1 });
      expect(single.rows[0]?.params).toEqual(fold.params);
    }
    // Every stitched trade was entered inside a test window.
    for (const trade of walk?.trades ?? []) expect(walk?.folds.some((fold) => trade.entryTime >= fold.testFrom && trade.entryTime <= fold.testTo)).toBe(true);
    const again = await runSweep(deps(), request);
    expect(again.walkForward?.fingerprint).toBe(walk?.fingerprint);
  }, 60_000);
});
