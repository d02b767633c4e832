import { ema, emaFrom } from './ema';
import { checkPeriod } from './series';

/** The three series of MACD: the line, its signal line, and their difference. */
export interface Macd {
  readonly macd: Float64Array;
  readonly signal: Float64Array;
  readonly histogram: Float64Array;
}

/**
 * Moving Average Convergence/Divergence from the SMA-seeded {@link ema}:
 * - macd = EMA(fast) - EMA(slow), defined from index max(fast, slow) - 1 (slow - 1 in the usual
 *   fast < slow case; nothing forces that order, and the longer EMA decides either way);
 * - signal = EMA(signal) of the macd line, starting at its first defined value and seeded with
 *   the mean of the first `signal` defined values, so defined from max(fast, slow) + signal - 2;
 * - histogram = macd - signal, defined where signal is.
 *
 * Other charting packages differ slightly in the first values (TA-Lib seeds the fast EMA later so
 * both start together; some seed EMAs with the first value instead of a mean). The difference
 * decays with the EMAs and is negligible after a few dozen bars.
 */
export function macd(values: Float64Array, fast: number, slow: number, signal: number): Macd {
  checkPeriod('macd', 'fast', fast);
  checkPeriod('macd', 'slow', slow);
  checkPeriod('macd', 'signal', signal);
  // The fast EMA's buffer becomes the macd line: NaN - x is NaN, so the warm-up takes care of itself.
  const line = ema(values, fast);
  const slowEma = ema(values, slow);
  for (let i = 0; i < line.length; i += 1) line[i] = (line[i] as number) - (slowEma[i] as number);
  const signalLine = emaFrom(line, Math.max(fast, slow) - 1, signal);
  const histogram = new Float64Array(line.length);
  for (let i = 0; i < line.length; i += 1) histogram[i] = (line[i] as number) - (signalLine[i] as number);
  return { macd: line, signal: signalLine, histogram };
}
