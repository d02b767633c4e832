import { describe, expect, it } from 'vitest';
import { DeviationStream } from './deviation';
import { leadingNaNs, mismatch, PERIODS, randomPrices, seededRng } from './prices.fixture';

/** Two passes over every window: the mean, then the population variance around it. */
function naiveDeviation(values: number[], period: number): number[] {
  return values.map((_, i) => {
    if (i < period - 1) return Number.NaN;
    const window = values.slice(i - period + 1, i + 1);
    const mean = window.reduce((sum, x) => sum + x, 0) / period;
    return Math.sqrt(window.reduce((sum, x) => sum + (x - mean) ** 2, 0) / period);
  });
}

function deviation(values: Float64Array, period: number): Float64Array {
  const stream = new DeviationStream(period);
  return values.map((value) => stream.push(value));
}

describe('DeviationStream', () => {
  it.each(PERIODS)('matches two passes over every window of a random walk (period %i)', (period) => {
    const prices = randomPrices(83 + period, 3000, 60_000);
    // Relative to σ itself, not to the price: the bands would hide errors a million times larger.
    expect(mismatch(deviation(prices, period), naiveDeviation(Array.from(prices), period), 1e-7)).toBeNull();
    expect(leadingNaNs(deviation(prices, period))).toBe(period - 1);
  });

  it('stays accurate for a tight market at a high price', () => {
    // sum(x²) - n·mean² would lose every digit here: 1e5 prices moving by about 1e-5.
    const random = seededRng(11);
    const prices = new Float64Array(5000);
    for (let i = 0; i < prices.length; i += 1) prices[i] = 100_000 + (random() - 0.5) * 1e-4 + i * 1e-6;
    expect(mismatch(deviation(prices, 20), naiveDeviation(Array.from(prices), 20), 1e-6)).toBeNull();
  });

  it('comes back to exactly nothing when a spike leaves the window', () => {
    const random = seededRng(12);
    const prices = Float64Array.from({ length: 400 }, (_, i) => (i % 97 === 50 ? 1e7 : 100 + random()));
    expect(mismatch(deviation(prices, 14), naiveDeviation(Array.from(prices), 14), 1e-7)).toBeNull();
    const flat = new Float64Array(60).fill(0.1);
    flat[10] = 1e6;
    const afterSpike = deviation(flat, 5);
    expect(afterSpike[14]).toBeGreaterThan(1e5);
    expect(Math.max(...afterSpike.subarray(15))).toBeLessThan(1e-15);
  });
});
