import { describe, expect, it } from 'vitest';
import { BAD_PERIODS, leadingNaNs, mismatch, PERIODS, randomPrices, seededRng } from './prices.fixture';
import { sma } from './sma';
import { naiveSma } from './reference.fixture';

describe('sma', () => {
  it('matches a hand-computed example', () => {
    const out = sma(Float64Array.of(10, 11, 12, 13, 11, 9, 12), 3);
    expect(Array.from(out.subarray(0, 2))).toEqual([Number.NaN, Number.NaN]);
    expect(out[2]).toBeCloseTo(11, 12);
    expect(out[3]).toBeCloseTo(12, 12);
    expect(out[4]).toBeCloseTo(12, 12);
    expect(out[5]).toBeCloseTo(11, 12);
    expect(out[6]).toBeCloseTo(32 / 3, 12);
  });

  it.each(PERIODS)('matches the naive definition on a random walk (period %i)', (period) => {
    const prices = randomPrices(17 + period, 3000, 100);
    expect(mismatch(sma(prices, period), naiveSma(Array.from(prices), period), 1e-9)).toBeNull();
  });

  it('is NaN for exactly period - 1 leading bars', () => {
    const prices = randomPrices(1, 500, 100);
    for (const period of PERIODS) expect(leadingNaNs(sma(prices, period))).toBe(period - 1);
  });

  it('is all NaN when the period is longer than the series, and copes with an empty one', () => {
    expect(leadingNaNs(sma(randomPrices(2, 10, 100), 11))).toBe(10);
    expect(sma(new Float64Array(0), 5)).toHaveLength(0);
  });

  it('returns a new array and leaves the input alone', () => {
    const prices = randomPrices(3, 50, 100);
    const copy = prices.slice();
    const out = sma(prices, 1);
    expect(out).not.toBe(prices);
    expect(prices).toEqual(copy);
    expect(out).toEqual(prices); // period 1 is the series itself
  });

  it.each(BAD_PERIODS)('rejects period %s', (period) => {
    expect(() => sma(Float64Array.of(1, 2, 3), period)).toThrow(RangeError);
    expect(() => sma(Float64Array.of(1, 2, 3), period)).toThrow(/sma: period must be an integer >= 1/);
  });

  it('does not drift over a million bars', () => {
    const random = seededRng(99);
    const count = 1_000_000;
    const period = 20;
    const values = new Float64Array(count);
    for (let i = 0; i < count; i += 1) values[i] = 1e5 + (random() - 0.5) * 0.01;
    const out = sma(values, period);
    for (let end = count - 5; end < count; end += 1) {
      let sum = 0;
      for (let j = end - period + 1; j <= end; j += 1) sum += values[j] as number;
      const expected = sum / period;
      expect(Math.abs((out[end] as number) - expected)).toBeLessThanOrEqual(1e-9 * expected);
    }
  });

  it('recovers full precision after a huge spike leaves the window', () => {
    // A plain running sum keeps the rounding error of the 1e9 values (≈1e-7) for ever, which
    // would swamp averages of 1e-3.
    const random = seededRng(5);
    const values = new Float64Array(10_000);
    for (let i = 0; i < values.length; i += 1) values[i] = (i >= 1000 && i < 2000 ? 1e9 : 1e-3) * (1 + random());
    const period = 14;
    expect(mismatch(sma(values, period).subarray(3000), naiveSma(Array.from(values), period).slice(3000), 1e-9)).toBeNull();
  });
});
