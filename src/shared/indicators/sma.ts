import { checkOutput, checkPeriod, type ValueStream } from './series';
import { type ReadonlyWindow, SlidingWindow } from './window';

/**
 * Simple moving average: the mean of the last `period` values, NaN for i < period - 1.
 * The batch form of {@link SmaStream}, with the same doubles.
 */
export function sma(values: Float64Array, period: number): Float64Array {
  return new SmaStream(period).pushAll(values);
}

/**
 * The simple moving average one bar at a time, with a running window sum.
 *
 * A plain running sum would carry the rounding error of every value that ever entered it, so
 * after a spike (or over millions of bars) the average of small values could be off in its
 * leading digits. The sum is kept with Neumaier's compensation instead: `sum + compensation`
 * tracks the exact sum of everything added and removed, so the result stays within a few ulps of
 * the true window mean however long the series is.
 */
export class SmaStream implements ValueStream {
  readonly period: number;
  private readonly ring: SlidingWindow;
  private sum = 0;
  private compensation = 0;
  private mean = Number.NaN;

  constructor(period: number) {
    checkPeriod('sma', 'period', period);
    this.period = period;
    this.ring = new SlidingWindow(period);
  }

  get value(): number {
    return this.mean;
  }

  /** The values the current mean is taken over (Bollinger's deviation reads them). */
  get window(): ReadonlyWindow {
    return this.ring;
  }

  push(value: number): number {
    // Two compensated additions per bar: the new value in, the value leaving the window out.
    const full = this.ring.full;
    const leaving = this.ring.push(value);
    this.add(value);
    if (full) this.add(-leaving);
    this.mean = this.ring.full ? (this.sum + this.compensation) / this.period : Number.NaN;
    return this.mean;
  }

  /** `push` for every value, in order; see {@link ValueStream}. */
  pushAll(values: Float64Array, out: Float64Array = new Float64Array(values.length)): Float64Array {
    checkOutput('sma', values.length, out);
    const period = this.period;
    const length = values.length;
    // Bars whose window reaches back before `values` go through push; after them every value
    // leaving the window is values[i - period].
    const head = Math.min(period, length);
    for (let i = 0; i < head; i += 1) out[i] = this.push(values[i] as number);
    if (head === length) return out;
    let sum = this.sum;
    let compensation = this.compensation;
    // push's arithmetic on locals, inlined (add): see EmaStream.pushAll.
    for (let i = period; i < length; i += 1) {
      const entering = values[i] as number;
      let next = sum + entering;
      compensation += Math.abs(sum) >= Math.abs(entering) ? sum - next + entering : entering - next + sum;
      sum = next;
      const leaving = -(values[i - period] as number);
      next = sum + leaving;
      compensation += Math.abs(sum) >= Math.abs(leaving) ? sum - next + leaving : leaving - next + sum;
      sum = next;
      out[i] = (sum + compensation) / period;
    }
    this.sum = sum;
    this.compensation = compensation;
    this.mean = out[length - 1] as number;
    this.ring.replace(values, length - period);
    return out;
  }

  reset(): void {
    this.ring.reset();
    this.sum = 0;
    this.compensation = 0;
    this.mean = Number.NaN;
  }

  /** Neumaier's step: what rounding loses in sum + x goes to the compensation, exactly. */
  private add(x: number): void {
    const sum = this.sum;
    const next = sum + x;
    this.compensation += Math.abs(sum) >= Math.abs(x) ? sum - next + x : x - next + sum;
    this.sum = next;
  }
}
