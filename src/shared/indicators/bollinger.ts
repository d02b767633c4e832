import { rollingDeviation } from './deviation';
import { checkPeriod, nanSeries } from './series';
import { sma } from './sma';

/** Bollinger Bands: the moving average and a band `stdDev` standard deviations either side. */
export interface BollingerBands {
  readonly middle: Float64Array;
  readonly upper: Float64Array;
  readonly lower: Float64Array;
}

/**
 * Bollinger Bands over `period` bars: middle = SMA, upper/lower = middle ± stdDev × σ, where σ
 * is the population standard deviation of the window (divided by period, not period - 1, as
 * TradingView and TA-Lib do). All three are NaN for i < period - 1.
 */
export function bollinger(values: Float64Array, period: number, stdDev: number): BollingerBands {
  checkPeriod('bollinger', 'period', period);
  if (!Number.isFinite(stdDev) || stdDev < 0) {
    throw new RangeError(`bollinger: stdDev must be a finite number >= 0, got ${String(stdDev)}`);
  }
  const middle = sma(values, period);
  const sigma = rollingDeviation(values, middle, period);
  const upper = nanSeries(values.length);
  const lower = nanSeries(values.length);
  for (let i = period - 1; i < values.length; i += 1) {
    const mid = middle[i] as number;
    const band = stdDev * (sigma[i] as number);
    upper[i] = mid + band;
    lower[i] = mid - band;
  }
  return { middle, upper, lower };
}
