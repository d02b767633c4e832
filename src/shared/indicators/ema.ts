import { checkPeriod, nanSeries } from './series';

/**
 * Exponential moving average with alpha = 2 / (period + 1), seeded with the simple mean of the
 * first `period` values at index period - 1 (as TA-Lib and StockCharts do); NaN before.
 *
 * A seeded EMA still remembers its seed: the influence of the first window decays by
 * (1 - alpha) per bar, so values right after the warm-up are defined but not yet "settled".
 */
export function ema(values: Float64Array, period: number): Float64Array {
  checkPeriod('ema', 'period', period);
  return emaFrom(values, 0, period);
}

/**
 * The EMA of `values` starting at index `start` (everything before it is ignored, and may be
 * NaN): seeded with the mean of values[start .. start + period - 1], NaN before that index.
 * MACD uses it to smooth its own line, which is NaN during the slow EMA's warm-up.
 * `period` must already be checked.
 */
export function emaFrom(values: Float64Array, start: number, period: number): Float64Array {
  const length = values.length;
  const out = nanSeries(length);
  const seedAt = start + period - 1;
  if (seedAt >= length) return out;
  let seed = 0;
  for (let i = start; i <= seedAt; i += 1) seed += values[i] as number;
  let average = seed / period;
  out[seedAt] = average;
  const alpha = 2 / (period + 1);
  for (let i = seedAt + 1; i < length; i += 1) {
    average += alpha * ((values[i] as number) - average);
    out[i] = average;
  }
  return out;
}
