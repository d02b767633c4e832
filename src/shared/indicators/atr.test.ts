import { describe, expect, it } from 'vitest';
import { atr } from './atr';
import { BAD_PERIODS, leadingNaNs, mismatch, PERIODS, randomBars } from './prices.fixture';
import { naiveAtr } from './reference.fixture';

describe('atr', () => {
  it('matches a hand-computed example with gaps both ways', () => {
    const high = Float64Array.of(10, 12, 11.5, 10, 9, 13);
    const low = Float64Array.of(8, 9.5, 10.5, 7, 8.5, 12);
    const close = Float64Array.of(9, 11, 11, 8, 9, 12.5);
    // true ranges from bar 1: 3 (high - previous close), 1 (high - low), 4 (previous close - low),
    // 1 (high - previous close), 4 (high - previous close)
    const out = atr(high, low, close, 3);
    expect(leadingNaNs(out)).toBe(3);
    expect(out[3]).toBeCloseTo((3 + 1 + 4) / 3, 14);
    expect(out[4]).toBeCloseTo(19 / 9, 14); // (8/3 · 2 + 1) / 3
    expect(out[5]).toBeCloseTo(74 / 27, 14); // (19/9 · 2 + 4) / 3
  });

  it('is the true range itself for period 1', () => {
    const out = atr(Float64Array.of(10, 12, 11.5), Float64Array.of(8, 9.5, 10.5), Float64Array.of(9, 11, 11), 1);
    expect(Array.from(out)).toEqual([Number.NaN, 3, 1]);
  });

  it.each(PERIODS)('matches the naive definition on random bars (period %i)', (period) => {
    const { high, low, close } = randomBars(23 + period, 3000, 30_000);
    const expected = naiveAtr(Array.from(high), Array.from(low), Array.from(close), period);
    expect(mismatch(atr(high, low, close, period), expected, 1e-9)).toBeNull();
  });

  it('is NaN for exactly period leading bars, all NaN without period + 1 bars', () => {
    const { high, low, close } = randomBars(3, 500, 100);
    for (const period of PERIODS) expect(leadingNaNs(atr(high, low, close, period))).toBe(period);
    const short = (series: Float64Array): Float64Array => series.subarray(0, 14);
    expect(leadingNaNs(atr(short(high), short(low), short(close), 14))).toBe(14);
    expect(atr(new Float64Array(0), new Float64Array(0), new Float64Array(0), 14)).toHaveLength(0);
  });

  it('is zero on a market that never moves', () => {
    const flat = new Float64Array(40).fill(250.5);
    expect(Array.from(atr(flat, flat, flat, 14).subarray(14)).every((value) => value === 0)).toBe(true);
  });

  it('refuses series of different lengths', () => {
    const three = Float64Array.of(1, 2, 3);
    expect(() => atr(three, three, Float64Array.of(1, 2), 2)).toThrow(/atr: high, low and close must have the same length/);
    expect(() => atr(three, Float64Array.of(1), three, 2)).toThrow(RangeError);
  });

  it.each(BAD_PERIODS)('rejects period %s', (period) => {
    const three = Float64Array.of(1, 2, 3);
    expect(() => atr(three, three, three, period)).toThrow(/atr: period must be an integer >= 1/);
  });
});
