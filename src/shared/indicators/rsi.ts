import { checkOutput, checkPeriod, type ValueStream } from './series';

/**
 * Wilder's Relative Strength Index, 0..100, NaN for i < period.
 * The batch form of {@link RsiStream}, with the same doubles.
 *
 * The first average gain and loss are the simple means of the first `period` bar-to-bar changes
 * (so the first RSI is at index `period`); after that each average is smoothed the Wilder way,
 * avg = (previous × (period - 1) + current) / period. RSI = 100 × avgGain / (avgGain + avgLoss),
 * the same as 100 - 100 / (1 + RS) but defined when avgLoss is 0: then RSI is 100, or 50 when
 * both averages are 0 (a flat market is neither overbought nor oversold).
 */
export function rsi(values: Float64Array, period: number): Float64Array {
  return new RsiStream(period).pushAll(values);
}

/** Wilder's RSI one bar at a time (see {@link rsi}). */
export class RsiStream implements ValueStream {
  readonly period: number;
  /** Values taken so far, up to period + 1: until then the changes are summed for the first averages. */
  private count = 0;
  private previous = Number.NaN;
  private avgGain = 0;
  private avgLoss = 0;
  private current = Number.NaN;

  constructor(period: number) {
    checkPeriod('rsi', 'period', period);
    this.period = period;
  }

  get value(): number {
    return this.current;
  }

  push(value: number): number {
    const change = value - this.previous;
    this.previous = value;
    const period = this.period;
    if (this.count > period) {
      this.avgGain = (this.avgGain * (period - 1) + (change > 0 ? change : 0)) / period;
      this.avgLoss = (this.avgLoss * (period - 1) + (change < 0 ? -change : 0)) / period;
      this.current = strength(this.avgGain, this.avgLoss);
      return this.current;
    }
    this.count += 1;
    if (this.count === 1) return this.current; // no change yet
    if (change > 0) this.avgGain += change;
    else this.avgLoss -= change;
    if (this.count > period) {
      this.avgGain /= period;
      this.avgLoss /= period;
      this.current = strength(this.avgGain, this.avgLoss);
    }
    return this.current;
  }

  /** `push` for every value, in order; see {@link ValueStream}. */
  pushAll(values: Float64Array, out: Float64Array = new Float64Array(values.length)): Float64Array {
    checkOutput('rsi', values.length, out);
    const length = values.length;
    const period = this.period;
    let i = 0;
    for (; i < length && this.count <= period; i += 1) out[i] = this.push(values[i] as number);
    if (i === length) return out;
    let previous = this.previous;
    let avgGain = this.avgGain;
    let avgLoss = this.avgLoss;
    // push's arithmetic on locals, inlined: see EmaStream.pushAll.
    for (; i < length; i += 1) {
      const value = values[i] as number;
      const change = value - previous;
      previous = value;
      avgGain = (avgGain * (period - 1) + (change > 0 ? change : 0)) / period;
      avgLoss = (avgLoss * (period - 1) + (change < 0 ? -change : 0)) / period;
      const total = avgGain + avgLoss; // strength(), inlined
      out[i] = total === 0 ? 50 : (100 * avgGain) / total;
    }
    this.previous = previous;
    this.avgGain = avgGain;
    this.avgLoss = avgLoss;
    this.current = out[length - 1] as number;
    return out;
  }

  reset(): void {
    this.count = 0;
    this.previous = Number.NaN;
    this.avgGain = 0;
    this.avgLoss = 0;
    this.current = Number.NaN;
  }
}

/** RSI from the two averages: 100 × gain / (gain + loss), 50 when nothing moved. */
function strength(avgGain: number, avgLoss: number): number {
  const total = avgGain + avgLoss;
  return total === 0 ? 50 : (100 * avgGain) / total;
}
