import { describe, expect, it } from 'vitest';
import { ema } from './ema';
import { BAD_PERIODS, leadingNaNs, mismatch, PERIODS, randomPrices } from './prices.fixture';
import { naiveEma } from './reference.fixture';

describe('ema', () => {
  it('matches a hand-computed example', () => {
    // alpha = 2 / (3 + 1) = 0.5; seed = (10 + 11 + 12) / 3 = 11 at index 2.
    const out = ema(Float64Array.of(10, 11, 12, 13, 11, 9, 12), 3);
    expect(leadingNaNs(out)).toBe(2);
    expect(Array.from(out.subarray(2))).toEqual([11, 12, 11.5, 10.25, 11.125]);
  });

  it.each(PERIODS)('matches the naive definition on a random walk (period %i)', (period) => {
    const prices = randomPrices(31 + period, 3000, 30_000);
    expect(mismatch(ema(prices, period), naiveEma(Array.from(prices), period), 1e-9)).toBeNull();
  });

  it('is NaN for exactly period - 1 leading bars, all NaN when the series is shorter', () => {
    const prices = randomPrices(1, 500, 100);
    for (const period of PERIODS) expect(leadingNaNs(ema(prices, period))).toBe(period - 1);
    expect(leadingNaNs(ema(prices.subarray(0, 8), 9))).toBe(8);
    expect(ema(new Float64Array(0), 3)).toHaveLength(0);
  });

  it('is the series itself for period 1', () => {
    const prices = randomPrices(4, 100, 100);
    expect(ema(prices, 1)).toEqual(prices);
  });

  it.each(BAD_PERIODS)('rejects period %s', (period) => {
    expect(() => ema(Float64Array.of(1, 2, 3), period)).toThrow(/ema: period must be an integer >= 1/);
  });
});
