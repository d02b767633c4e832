import { checkOutput, checkPeriod, type ValueStream } from './series';

/**
 * Exponential moving average with alpha = 2 / (period + 1), seeded with the simple mean of the
 * first `period` values at index period - 1 (as TA-Lib and StockCharts do); NaN before.
 * The batch form of {@link EmaStream}, with the same doubles.
 *
 * A seeded EMA still remembers its seed: the influence of the first window decays by
 * (1 - alpha) per bar, so values right after the warm-up are defined but not yet "settled".
 */
export function ema(values: Float64Array, period: number): Float64Array {
  return new EmaStream(period).pushAll(values);
}

/** The SMA-seeded exponential moving average one bar at a time (see {@link ema}). */
export class EmaStream implements ValueStream {
  readonly period: number;
  private readonly alpha: number;
  /** Values taken so far, up to `period`: until then they are summed for the seed. */
  private count = 0;
  private seed = 0;
  private average = Number.NaN;

  constructor(period: number) {
    checkPeriod('ema', 'period', period);
    this.period = period;
    this.alpha = 2 / (period + 1);
  }

  get value(): number {
    return this.average;
  }

  push(value: number): number {
    if (this.count === this.period) {
      this.average += this.alpha * (value - this.average);
      return this.average;
    }
    this.count += 1;
    this.seed += value;
    if (this.count === this.period) this.average = this.seed / this.period;
    return this.average;
  }

  /** `push` for every value, in order; see {@link ValueStream}. */
  pushAll(values: Float64Array, out: Float64Array = new Float64Array(values.length)): Float64Array {
    checkOutput('ema', values.length, out);
    const length = values.length;
    let i = 0;
    for (; i < length && this.count < this.period; i += 1) out[i] = this.push(values[i] as number);
    if (i === length) return out;
    // push's arithmetic on locals: a field read back every bar would lengthen the dependency
    // chain of the recurrence, and a helper call would run slowly until the loop is optimized.
    const alpha = this.alpha;
    let average = this.average;
    for (; i < length; i += 1) {
      average += alpha * ((values[i] as number) - average);
      out[i] = average;
    }
    this.average = average;
    return out;
  }

  reset(): void {
    this.count = 0;
    this.seed = 0;
    this.average = Number.NaN;
  }
}
