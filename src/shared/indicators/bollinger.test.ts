import { describe, expect, it } from 'vitest';
import { bollinger } from './bollinger';
import { BAD_PERIODS, leadingNaNs, mismatch, PERIODS, randomPrices } from './prices.fixture';
import { sma } from './sma';
import { naiveBollinger } from './reference.fixture';

/** SPY closes and the Bollinger (20, 2) columns of StockCharts' ChartSchool sheet cs-bbands.xls. */
const SPY = [
  86.1557, 89.0867, 88.7829, 90.3228, 89.0671, 91.1453, 89.4397, 89.175, 86.9302, 87.6752, 86.9596, 89.4299, 89.3221,
  88.7241, 87.4497, 87.2634, 89.4985, 87.9006, 89.126, 90.7043, 92.9001, 92.9784, 91.8021, 92.6647, 92.6843, 92.3021,
  92.7725, 92.5373, 92.949, 93.2039, 91.0669, 89.8318, 89.7435, 90.3994, 90.7387, 88.0177, 88.0867, 88.8439, 90.7781,
  90.5416, 91.3894, 90.65,
];
const SPY_MIDDLE = [88.70794, 89.04516, 89.239745, 89.390705, 89.5078, 89.68866, 89.7465, 89.91314, 90.081255, 90.382195, 90.65863];
const SPY_UPPER = [91.291862, 91.949268, 92.612595, 92.9342, 93.31195, 93.72845, 93.899592, 94.266255, 94.565096, 94.786912, 95.043001];
const SPY_LOWER = [86.124018, 86.141052, 85.866895, 85.84721, 85.70365, 85.64887, 85.593408, 85.560025, 85.597414, 85.977478, 86.274259];

describe('bollinger', () => {
  it('matches a hand-computed example', () => {
    // mean 3, population variance (4 + 1 + 0 + 1 + 4) / 5 = 2
    const bands = bollinger(Float64Array.of(1, 2, 3, 4, 5), 5, 2);
    expect(bands.middle[4]).toBeCloseTo(3, 12);
    expect(bands.upper[4]).toBeCloseTo(3 + 2 * Math.SQRT2, 12);
    expect(bands.lower[4]).toBeCloseTo(3 - 2 * Math.SQRT2, 12);
  });

  it('reproduces the published StockCharts example (population deviation)', () => {
    const bands = bollinger(Float64Array.from(SPY), 20, 2);
    expect(leadingNaNs(bands.middle)).toBe(19);
    SPY_MIDDLE.forEach((value, j) => expect(bands.middle[19 + j]).toBeCloseTo(value, 5));
    SPY_UPPER.forEach((value, j) => expect(bands.upper[19 + j]).toBeCloseTo(value, 5));
    SPY_LOWER.forEach((value, j) => expect(bands.lower[19 + j]).toBeCloseTo(value, 5));
  });

  it.each(PERIODS)('matches the naive definition on a random walk (period %i)', (period) => {
    const prices = randomPrices(47 + period, 3000, 60_000);
    const bands = bollinger(prices, period, 2.5);
    const expected = naiveBollinger(Array.from(prices), period, 2.5);
    expect(mismatch(bands.middle, expected.middle, 1e-9)).toBeNull();
    expect(mismatch(bands.upper, expected.upper, 1e-9)).toBeNull();
    expect(mismatch(bands.lower, expected.lower, 1e-9)).toBeNull();
  });

  it('has zero width on a flat series and after a jump has left the window', () => {
    const values = new Float64Array(100).fill(42.1);
    values.fill(97.3, 50);
    const bands = bollinger(values, 10, 2);
    expect((bands.upper[20] as number) - (bands.middle[20] as number)).toBeLessThan(1e-12);
    expect(bands.upper[55]).toBeGreaterThan((bands.middle[55] as number) + 10);
    expect((bands.upper[99] as number) - (bands.middle[99] as number)).toBeLessThan(1e-12);
  });

  it('uses the sma as its middle band', () => {
    const prices = randomPrices(5, 300, 100);
    expect(bollinger(prices, 20, 2).middle).toEqual(sma(prices, 20));
  });

  it('is NaN for exactly period - 1 leading bars', () => {
    const prices = randomPrices(1, 500, 100);
    for (const period of PERIODS) {
      const bands = bollinger(prices, period, 2);
      expect([leadingNaNs(bands.middle), leadingNaNs(bands.upper), leadingNaNs(bands.lower)]).toEqual([period - 1, period - 1, period - 1]);
    }
    expect(leadingNaNs(bollinger(prices.subarray(0, 5), 6, 2).upper)).toBe(5);
  });

  it.each(BAD_PERIODS)('rejects period %s', (period) => {
    expect(() => bollinger(Float64Array.of(1, 2, 3), period, 2)).toThrow(/bollinger: period must be an integer >= 1/);
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])('rejects stdDev %s', (stdDev) => {
    expect(() => bollinger(Float64Array.of(1, 2, 3), 2, stdDev)).toThrow(RangeError);
  });
});
