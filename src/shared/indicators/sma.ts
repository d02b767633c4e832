import { checkPeriod, nanSeries } from './series';

/**
 * Simple moving average: the mean of the last `period` values, NaN for i < period - 1.
 *
 * O(n) with a running window sum. A plain running sum would carry the rounding error of every
 * value that ever entered it, so after a spike (or over millions of bars) the average of small
 * values could be off in its leading digits. The sum is kept with Neumaier's compensation
 * instead: `sum + compensation` tracks the exact sum of everything added and removed, so the
 * result stays within a few ulps of the true window mean however long the series is.
 */
export function sma(values: Float64Array, period: number): Float64Array {
  checkPeriod('sma', 'period', period);
  const length = values.length;
  const out = nanSeries(length);
  let sum = 0;
  let compensation = 0;
  for (let i = 0; i < length; i += 1) {
    // Two compensated additions per bar: the new value in, the value leaving the window out.
    const entering = values[i] as number;
    let next = sum + entering;
    compensation += Math.abs(sum) >= Math.abs(entering) ? sum - next + entering : entering - next + sum;
    sum = next;
    if (i >= period) {
      const leaving = -(values[i - period] as number);
      next = sum + leaving;
      compensation += Math.abs(sum) >= Math.abs(leaving) ? sum - next + leaving : leaving - next + sum;
      sum = next;
    }
    if (i >= period - 1) out[i] = (sum + compensation) / period;
  }
  return out;
}
