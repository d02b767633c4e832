/*
 * Deterministic test series for the indicator tests: a seeded PRNG (mulberry32), a price-like
 * random walk built from it (closes, or whole bars), an element-wise comparison with a relative
 * tolerance and an exact one.
 */

import { seededRng } from '../../../test-support/seeded-rng';

export { seededRng };

/**
 * A random walk of `count` closes from `start`: moves of up to ±2 %, and one bar in twenty
 * unchanged (so RSI and the deviations meet zero changes too).
 */
export function randomPrices(seed: number, count: number, start: number): Float64Array {
  const random = seededRng(seed);
  const prices = new Float64Array(count);
  let price = start;
  for (let i = 0; i < count; i += 1) {
    if (random() >= 0.05) price *= 1 + 0.04 * (random() - 0.5);
    prices[i] = price;
  }
  return prices;
}

/** Bars of a random walk: each opens at the previous close and reaches a little beyond both. */
export interface RandomBars {
  readonly high: Float64Array;
  readonly low: Float64Array;
  readonly close: Float64Array;
}

/**
 * `count` bars whose closes are {@link randomPrices}; high and low reach up to 0.5 % of the price
 * beyond the bar's open and close, and one bar in ten opens with a gap of up to 1 %, so the
 * true range sometimes comes from the previous close rather than from high - low.
 */
export function randomBars(seed: number, count: number, start: number): RandomBars {
  const close = randomPrices(seed, count, start);
  const random = seededRng(seed + 1_000_003);
  const high = new Float64Array(count);
  const low = new Float64Array(count);
  for (let i = 0; i < count; i += 1) {
    const c = close[i] as number;
    const previous = i === 0 ? c : (close[i - 1] as number);
    const open = random() < 0.1 ? previous * (1 + 0.02 * (random() - 0.5)) : previous;
    high[i] = Math.max(open, c) * (1 + 0.005 * random());
    low[i] = Math.min(open, c) * (1 - 0.005 * random());
  }
  return { high, low, close };
}

/** The first index where two series are not the very same doubles (Object.is), described, or null. */
export function difference(actual: Float64Array, expected: Float64Array): string | null {
  if (actual.length !== expected.length) return `length ${actual.length}, expected ${expected.length}`;
  for (let i = 0; i < actual.length; i += 1) {
    if (!Object.is(actual[i], expected[i])) return `index ${i}: ${actual[i]}, expected ${expected[i]}`;
  }
  return null;
}

/**
 * The first index where `actual` and `expected` disagree, described, or null when they agree:
 * NaN exactly where expected is NaN, otherwise |actual - expected| <= relative × max(|expected|,
 * scale). `scale` keeps values that hover around zero (MACD, histogram) from demanding an
 * impossible relative precision: pass the magnitude of the numbers they were computed from.
 */
export function mismatch(actual: Float64Array, expected: ArrayLike<number>, relative: number, scale = 0): string | null {
  if (actual.length !== expected.length) return `length ${actual.length}, expected ${expected.length}`;
  for (let i = 0; i < actual.length; i += 1) {
    const a = actual[i] as number;
    const e = expected[i] as number;
    if (Number.isNaN(e) !== Number.isNaN(a)) return `index ${i}: ${a}, expected ${e}`;
    if (!Number.isNaN(e) && Math.abs(a - e) > relative * Math.max(Math.abs(e), scale)) {
      return `index ${i}: ${a}, expected ${e} (off by ${Math.abs(a - e)})`;
    }
  }
  return null;
}

/** How many leading values are NaN. */
export function leadingNaNs(values: Float64Array): number {
  let count = 0;
  while (count < values.length && Number.isNaN(values[count])) count += 1;
  return count;
}

/** The periods the property tests sweep: the edge (1, 2), the usual ones, and a long one. */
export const PERIODS = [1, 2, 3, 9, 14, 20, 26, 50, 200] as const;

/** Invalid periods and what the RangeError should say about them. */
export const BAD_PERIODS = [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY] as const;
