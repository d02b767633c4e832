import { nanSeries } from './series';

/**
 * A sliding update rounds by about eps × the sum of squared deviations (m2) it started from.
 * When m2 falls below this fraction of the largest m2 since the last exact computation (a spike
 * left the window, the market went flat), that error would be a large part of what is left, so
 * the window is recomputed exactly. m2 can only collapse like that when the values that made it
 * large leave the window, which each value does once: the recomputations stay rare.
 */
const COLLAPSE = 1 / 1024;

/**
 * Population standard deviation of each `period`-bar window, NaN for i < period - 1. `means`
 * holds each window's mean (the SMA, which already is accurate to an ulp or so).
 *
 * O(n) with a sliding sum of squared deviations (m2): when one value replaces another,
 * m2 += (entering - leaving) × (entering - mean + leaving - previous mean). Unlike
 * sum(x²) - n·mean², that never subtracts two huge numbers (fatal at BTC prices with a small
 * spread). What it does round is bounded by rebuilding m2 exactly with a second pass over the
 * window every `period` bars (about 2n more reads in all) and whenever m2 collapses.
 */
export function rollingDeviation(values: Float64Array, means: Float64Array, period: number): Float64Array {
  const out = nanSeries(values.length);
  let m2 = 0;
  let peak = 0; // the largest m2 since the last exact computation
  let sinceExact = period; // forces an exact computation for the first full window
  for (let i = period - 1; i < values.length; i += 1) {
    const mean = means[i] as number;
    let exact = sinceExact === period;
    if (!exact) {
      const entering = values[i] as number;
      const leaving = values[i - period] as number;
      m2 += (entering - leaving) * (entering - mean + leaving - (means[i - 1] as number));
      sinceExact += 1;
      exact = m2 < peak * COLLAPSE;
    }
    if (exact) {
      m2 = 0;
      for (let j = i - period + 1; j <= i; j += 1) {
        const deviation = (values[j] as number) - mean;
        m2 += deviation * deviation;
      }
      sinceExact = 0;
      peak = 0;
    }
    if (m2 > peak) peak = m2;
    out[i] = Math.sqrt(Math.max(0, m2 / period));
  }
  return out;
}
