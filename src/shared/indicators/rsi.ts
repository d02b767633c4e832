import { checkPeriod, nanSeries } from './series';

/**
 * Wilder's Relative Strength Index, 0..100, NaN for i < period.
 *
 * The first average gain and loss are the simple means of the first `period` bar-to-bar changes
 * (so the first RSI is at index `period`); after that each average is smoothed the Wilder way,
 * avg = (previous × (period - 1) + current) / period. RSI = 100 × avgGain / (avgGain + avgLoss),
 * the same as 100 - 100 / (1 + RS) but defined when avgLoss is 0: then RSI is 100, or 50 when
 * both averages are 0 (a flat market is neither overbought nor oversold).
 */
export function rsi(values: Float64Array, period: number): Float64Array {
  checkPeriod('rsi', 'period', period);
  const length = values.length;
  const out = nanSeries(length);
  if (period >= length) return out;
  let avgGain = 0;
  let avgLoss = 0;
  for (let i = 1; i <= period; i += 1) {
    const change = (values[i] as number) - (values[i - 1] as number);
    if (change > 0) avgGain += change;
    else avgLoss -= change;
  }
  avgGain /= period;
  avgLoss /= period;
  out[period] = strength(avgGain, avgLoss);
  for (let i = period + 1; i < length; i += 1) {
    const change = (values[i] as number) - (values[i - 1] as number);
    avgGain = (avgGain * (period - 1) + (change > 0 ? change : 0)) / period;
    avgLoss = (avgLoss * (period - 1) + (change < 0 ? -change : 0)) / period;
    out[i] = strength(avgGain, avgLoss);
  }
  return out;
}

function strength(avgGain: number, avgLoss: number): number {
  const total = avgGain + avgLoss;
  return total === 0 ? 50 : (100 * avgGain) / total;
}
