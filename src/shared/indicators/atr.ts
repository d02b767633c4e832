import { checkOutput, checkPeriod } from './series';

/**
 * Wilder's Average True Range, in price units, NaN for i < period; TA-Lib's convention:
 * - the true range of bar i >= 1 is max(high - low, |high - previous close|, |low - previous
 *   close|); bar 0 has no previous close and so no true range;
 * - the first ATR, at index `period`, is the simple mean of TR[1..period];
 * - after that ATR = (previous ATR × (period - 1) + TR) / period, Wilder's smoothing.
 * TradingView's ta.atr differs in the first values only: it counts high - low as bar 0's true
 * range, so it starts one bar earlier; the difference decays by (period - 1) / period per bar.
 * The batch form of {@link AtrStream}, with the same doubles. The three series must have the
 * same length (a RangeError otherwise).
 */
export function atr(high: Float64Array, low: Float64Array, close: Float64Array, period: number): Float64Array {
  return new AtrStream(period).pushAll(high, low, close);
}

/** Wilder's ATR one bar at a time (see {@link atr}). */
export class AtrStream {
  readonly period: number;
  /** Bars taken so far, up to period + 1: until then the true ranges are summed for the first ATR. */
  private count = 0;
  private previousClose = Number.NaN;
  private sum = 0;
  private average = Number.NaN;

  constructor(period: number) {
    checkPeriod('atr', 'period', period);
    this.period = period;
  }

  /** What the last push returned; NaN before the first one and during the warm-up. */
  get value(): number {
    return this.average;
  }

  /** Takes the next bar (oldest first) and returns the ATR at that bar, NaN during the warm-up. */
  push(high: number, low: number, close: number): number {
    const range = trueRange(high, low, this.previousClose);
    this.previousClose = close;
    if (this.count > this.period) {
      this.average = (this.average * (this.period - 1) + range) / this.period;
      return this.average;
    }
    this.count += 1;
    if (this.count === 1) return this.average; // no previous close yet
    this.sum += range;
    if (this.count > this.period) this.average = this.sum / this.period;
    return this.average;
  }

  /**
   * `push` for every bar, in order, writing what each returns to `out` (a new array by default),
   * which it returns: the same doubles as `push` one by one, as fast as a plain loop.
   */
  pushAll(high: Float64Array, low: Float64Array, close: Float64Array, out: Float64Array = new Float64Array(close.length)): Float64Array {
    const length = close.length;
    if (high.length !== length || low.length !== length) {
      throw new RangeError(`atr: high, low and close must have the same length, got ${high.length}, ${low.length}, ${length}`);
    }
    checkOutput('atr', length, out);
    const period = this.period;
    let i = 0;
    for (; i < length && this.count <= period; i += 1) out[i] = this.push(high[i] as number, low[i] as number, close[i] as number);
    if (i === length) return out;
    let average = this.average;
    let previousClose = this.previousClose;
    // push's arithmetic on locals, inlined (trueRange too): see EmaStream.pushAll.
    for (; i < length; i += 1) {
      const h = high[i] as number;
      const l = low[i] as number;
      const range = Math.max(h - l, Math.abs(h - previousClose), Math.abs(l - previousClose));
      average = (average * (period - 1) + range) / period;
      previousClose = close[i] as number;
      out[i] = average;
    }
    this.average = average;
    this.previousClose = previousClose;
    return out;
  }

  reset(): void {
    this.count = 0;
    this.previousClose = Number.NaN;
    this.sum = 0;
    this.average = Number.NaN;
  }
}

/** The bar's full range including any gap from the previous close. */
function trueRange(high: number, low: number, previousClose: number): number {
  return Math.max(high - low, Math.abs(high - previousClose), Math.abs(low - previousClose));
}
