import { describe, expect, it } from 'vitest';
import { macd } from './macd';
import { BAD_PERIODS, leadingNaNs, mismatch, randomPrices } from './prices.fixture';
import { naiveMacd } from './reference.fixture';

const SETTINGS = [
  [12, 26, 9],
  [5, 35, 5],
  [1, 2, 1],
  [3, 10, 16],
  [26, 12, 9], // fast and slow swapped: the longer EMA still decides the warm-up
] as const;

describe('macd', () => {
  it('matches a hand-computed example', () => {
    // fast 1 is the price itself; slow 3 has alpha 0.5; signal 2 has alpha 2/3.
    const result = macd(Float64Array.of(10, 11, 12, 13, 11, 9, 12), 1, 3, 2);
    // slow EMA: -, -, 11, 12, 11.5, 10.25, 11.125 → macd: -, -, 1, 1, -0.5, -1.25, 0.875
    expect(Array.from(result.macd)).toEqual([Number.NaN, Number.NaN, 1, 1, -0.5, -1.25, 0.875]);
    // signal: seeded (1 + 1) / 2 = 1 at index 3, then 1 + 2/3·(-0.5 - 1) = 0, then 2/3·(-1.25) = -5/6
    expect(leadingNaNs(result.signal)).toBe(3);
    expect(result.signal[3]).toBeCloseTo(1, 12);
    expect(result.signal[4]).toBeCloseTo(0, 12);
    expect(result.signal[5]).toBeCloseTo(-5 / 6, 12);
    expect(result.signal[6]).toBeCloseTo(-5 / 6 + (2 / 3) * (0.875 + 5 / 6), 12);
    expect(result.histogram[5]).toBeCloseTo(-1.25 + 5 / 6, 12);
  });

  it.each(SETTINGS)('matches the naive definition on a random walk (%i %i %i)', (fast, slow, signal) => {
    const prices = randomPrices(71 + fast + slow, 3000, 100);
    const result = macd(prices, fast, slow, signal);
    const expected = naiveMacd(Array.from(prices), fast, slow, signal);
    // The lines hover around zero: compare relative to the price level they come from.
    expect(mismatch(result.macd, expected.macd, 1e-9, 100)).toBeNull();
    expect(mismatch(result.signal, expected.signal, 1e-9, 100)).toBeNull();
    expect(mismatch(result.histogram, expected.histogram, 1e-9, 100)).toBeNull();
  });

  it('warms up for max(fast, slow) - 1 bars, and signal - 1 more for signal and histogram', () => {
    const prices = randomPrices(1, 500, 100);
    for (const [fast, slow, signal] of SETTINGS) {
      const result = macd(prices, fast, slow, signal);
      const line = Math.max(fast, slow) - 1;
      expect([leadingNaNs(result.macd), leadingNaNs(result.signal), leadingNaNs(result.histogram)]).toEqual([line, line + signal - 1, line + signal - 1]);
    }
  });

  it('is all NaN when the series is too short', () => {
    const prices = randomPrices(2, 30, 100);
    const result = macd(prices, 12, 26, 9);
    expect([leadingNaNs(result.macd), leadingNaNs(result.signal), leadingNaNs(result.histogram)]).toEqual([25, 30, 30]);
    expect(leadingNaNs(macd(prices.subarray(0, 20), 12, 26, 9).macd)).toBe(20);
    expect(macd(new Float64Array(0), 12, 26, 9).macd).toHaveLength(0);
  });

  it.each(BAD_PERIODS)('rejects %s for any of the three periods', (bad) => {
    const values = Float64Array.of(1, 2, 3);
    expect(() => macd(values, bad, 26, 9)).toThrow(/macd: fast must be an integer >= 1/);
    expect(() => macd(values, 12, bad, 9)).toThrow(/macd: slow must be an integer >= 1/);
    expect(() => macd(values, 12, 26, bad)).toThrow(/macd: signal must be an integer >= 1/);
  });
});
