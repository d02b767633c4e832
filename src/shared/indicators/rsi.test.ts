import { describe, expect, it } from 'vitest';
import { BAD_PERIODS, leadingNaNs, mismatch, PERIODS, randomPrices } from './prices.fixture';
import { rsi } from './rsi';
import { naiveRsi } from './reference.fixture';

/**
 * The worked example of StockCharts' ChartSchool (sheet cs-rsi.xls, QQQQ closes): the page shows
 * the closes rounded to two decimals, but the RSI column is computed from these four-decimal ones.
 */
const QQQQ = [
  44.3389, 44.0902, 44.1497, 43.6124, 44.3278, 44.8264, 45.0955, 45.4245, 45.8433, 46.0826, 45.8931, 46.0328, 45.614,
  46.282, 46.282, 46.0028, 46.0328, 46.4116, 46.2222, 45.6439, 46.2122, 46.2521, 45.7137, 46.4515, 45.7835, 45.3548,
  44.0288, 44.1783, 44.2181, 44.5672, 43.4205, 42.6628, 43.1314,
];
const QQQQ_RSI = [
  70.53, 66.32, 66.55, 69.41, 66.36, 57.97, 62.93, 63.26, 56.06, 62.38, 54.71, 50.42, 39.99, 41.46, 41.87, 45.46, 37.3,
  33.08, 37.77,
];

describe('rsi', () => {
  it('reproduces the published StockCharts / Wilder table', () => {
    const out = rsi(Float64Array.from(QQQQ), 14);
    expect(leadingNaNs(out)).toBe(14);
    QQQQ_RSI.forEach((value, j) => expect(Math.abs((out[14 + j] as number) - value)).toBeLessThan(0.01));
  });

  it('gives 70.46 for the same table read from its two-decimal closes', () => {
    // First averages: gains 3.34 / 14, losses 1.40 / 14, so RS = 2.3857 and RSI = 70.46, not the
    // table's 70.53: the published column comes from the unrounded closes above.
    const rounded = Float64Array.from(QQQQ, (close) => Math.round(close * 100) / 100);
    expect(rsi(rounded, 14)[14]).toBeCloseTo(100 - 100 / (1 + 3.34 / 1.4), 9);
    expect(rsi(rounded, 14)[14]).toBeCloseTo(70.46, 2);
  });

  it.each(PERIODS)('matches the naive definition on a random walk (period %i)', (period) => {
    const prices = randomPrices(59 + period, 3000, 100);
    expect(mismatch(rsi(prices, period), naiveRsi(Array.from(prices), period), 1e-9)).toBeNull();
  });

  it('is 100 when prices only rise, 0 when they only fall, 50 when they do not move', () => {
    const rising = Float64Array.from({ length: 30 }, (_, i) => 100 + i);
    const falling = Float64Array.from({ length: 30 }, (_, i) => 100 - i);
    expect(Array.from(rsi(rising, 14).subarray(14)).every((value) => value === 100)).toBe(true);
    expect(Array.from(rsi(falling, 14).subarray(14)).every((value) => value === 0)).toBe(true);
    expect(Array.from(rsi(new Float64Array(30).fill(7), 14).subarray(14)).every((value) => value === 50)).toBe(true);
  });

  it('is NaN for exactly period leading bars, all NaN without period + 1 values', () => {
    const prices = randomPrices(1, 500, 100);
    for (const period of PERIODS) expect(leadingNaNs(rsi(prices, period))).toBe(period);
    expect(leadingNaNs(rsi(prices.subarray(0, 14), 14))).toBe(14);
    expect(leadingNaNs(rsi(prices.subarray(0, 5), 14))).toBe(5);
  });

  it.each(BAD_PERIODS)('rejects period %s', (period) => {
    expect(() => rsi(Float64Array.of(1, 2, 3), period)).toThrow(/rsi: period must be an integer >= 1/);
  });
});
