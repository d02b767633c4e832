import { checkOutput, type ValueStream } from './series';
import { SmaStream } from './sma';

/**
 * A sliding update rounds by about eps × the sum of squared deviations (m2) it started from.
 * When m2 falls below this fraction of the largest m2 since the last exact computation (a spike
 * left the window, the market went flat), that error would be a large part of what is left, so
 * the window is recomputed exactly. m2 can only collapse like that when the values that made it
 * large leave the window, which each value does once: the recomputations stay rare.
 */
const COLLAPSE = 1 / 1024;

/**
 * The population standard deviation σ of the last `period` values, one bar at a time, NaN until
 * `period` values have been pushed; `mean` is the window's mean (the SMA) it is taken around.
 *
 * O(1) per bar with a sliding sum of squared deviations (m2): when one value replaces another,
 * m2 += (entering - leaving) × (entering - mean + leaving - previous mean). Unlike
 * sum(x²) - n·mean², that never subtracts two huge numbers (fatal at BTC prices with a small
 * spread). What it does round is bounded by rebuilding m2 exactly with a second pass over the
 * window every `period` bars (about one more read per bar on average) and whenever m2 collapses.
 * The caller checks `period` under its own name (an invalid one would otherwise be reported
 * by the SMA inside).
 */
export class DeviationStream implements ValueStream {
  readonly period: number;
  private readonly average: SmaStream;
  private m2 = 0;
  /** The largest m2 since the last exact computation. */
  private peak = 0;
  /** Sliding updates since the last exact computation: at `period`, the next one is exact. */
  private sinceExact: number;
  private previousMean = Number.NaN;
  private sigma = Number.NaN;

  constructor(period: number) {
    this.period = period;
    this.average = new SmaStream(period);
    this.sinceExact = period; // forces an exact computation for the first full window
  }

  get value(): number {
    return this.sigma;
  }

  /** The mean of the current window: the SMA. */
  get mean(): number {
    return this.average.value;
  }

  push(value: number): number {
    const window = this.average.window;
    const leaving = window.full ? window.at(0) : Number.NaN;
    const mean = this.average.push(value);
    if (!window.full) return this.sigma;
    let m2 = this.m2;
    let exact = this.sinceExact === this.period;
    if (!exact) {
      m2 = slide(m2, value, leaving, mean, this.previousMean);
      this.sinceExact += 1;
      exact = m2 < this.peak * COLLAPSE;
    }
    if (exact) {
      m2 = 0;
      for (let k = 0; k < this.period; k += 1) m2 = addSquare(m2, window.at(k), mean);
      this.sinceExact = 0;
      this.peak = 0;
    }
    if (m2 > this.peak) this.peak = m2;
    this.m2 = m2;
    this.previousMean = mean;
    this.sigma = deviation(m2, this.period);
    return this.sigma;
  }

  /**
   * `push` for every value, in order: σ goes to `out`, the mean to `means` (both with room for
   * one value per input value); the same doubles as `push` one by one, as fast as a plain loop.
   */
  pushAll(values: Float64Array, out: Float64Array, means: Float64Array): void {
    checkOutput('deviation', values.length, out);
    checkOutput('deviation', values.length, means);
    const period = this.period;
    const length = values.length;
    // Bars whose window reaches back before `values` go through push; after them every window
    // is values[i - period + 1 .. i].
    const head = Math.min(period, length);
    for (let i = 0; i < head; i += 1) {
      out[i] = this.push(values[i] as number);
      means[i] = this.average.value;
    }
    if (head === length) return;
    this.average.pushAll(values.subarray(head), means.subarray(head, length));
    let m2 = this.m2;
    let peak = this.peak;
    let sinceExact = this.sinceExact;
    // push's arithmetic on locals, inlined (slide, addSquare, deviation): see EmaStream.pushAll.
    for (let i = period; i < length; i += 1) {
      const mean = means[i] as number;
      let exact = sinceExact === period;
      if (!exact) {
        const entering = values[i] as number;
        const leaving = values[i - period] as number;
        m2 = m2 + (entering - leaving) * (entering - mean + leaving - (means[i - 1] as number));
        sinceExact += 1;
        exact = m2 < peak * COLLAPSE;
      }
      if (exact) {
        m2 = 0;
        for (let j = i - period + 1; j <= i; j += 1) {
          const difference = (values[j] as number) - mean;
          m2 = m2 + difference * difference;
        }
        sinceExact = 0;
        peak = 0;
      }
      if (m2 > peak) peak = m2;
      out[i] = Math.sqrt(Math.max(0, m2 / period));
    }
    this.m2 = m2;
    this.peak = peak;
    this.sinceExact = sinceExact;
    this.previousMean = means[length - 1] as number;
    this.sigma = out[length - 1] as number;
  }

  reset(): void {
    this.average.reset();
    this.m2 = 0;
    this.peak = 0;
    this.sinceExact = this.period;
    this.previousMean = Number.NaN;
    this.sigma = Number.NaN;
  }
}

/** m2 after `entering` replaced `leaving` and the mean moved from `previousMean` to `mean`. */
function slide(m2: number, entering: number, leaving: number, mean: number, previousMean: number): number {
  return m2 + (entering - leaving) * (entering - mean + leaving - previousMean);
}

/** One term of the exact sum of squared deviations. */
function addSquare(m2: number, value: number, mean: number): number {
  const difference = value - mean;
  return m2 + difference * difference;
}

/** σ from m2 (which rounding may leave a hair below zero). */
function deviation(m2: number, period: number): number {
  return Math.sqrt(Math.max(0, m2 / period));
}
