import { EmaStream } from './ema';
import { checkOutput, checkPeriod, type ValueStream } from './series';

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
 * The batch form of {@link MacdStream}, with the same doubles.
 *
 * Other charting packages differ slightly in the first values (TA-Lib seeds the fast EMA later so
 * both start together; some seed EMAs with the first value instead of a mean). The difference
 * decays with the EMAs and is negligible after a few dozen bars.
 */
export function macd(values: Float64Array, fast: number, slow: number, signal: number): Macd {
  return new MacdStream(fast, slow, signal).pushAll(values);
}

/** MACD one bar at a time (see {@link macd}): `push` returns the macd line, the fields hold all three. */
export class MacdStream implements ValueStream {
  private readonly fastEma: EmaStream;
  private readonly slowEma: EmaStream;
  private readonly signalEma: EmaStream;
  private line = Number.NaN;
  private difference = Number.NaN;

  constructor(fast: number, slow: number, signal: number) {
    checkPeriod('macd', 'fast', fast);
    checkPeriod('macd', 'slow', slow);
    checkPeriod('macd', 'signal', signal);
    this.fastEma = new EmaStream(fast);
    this.slowEma = new EmaStream(slow);
    this.signalEma = new EmaStream(signal);
  }

  /** The macd line, as returned by the last push. */
  get value(): number {
    return this.line;
  }

  get macd(): number {
    return this.line;
  }

  get signal(): number {
    return this.signalEma.value;
  }

  get histogram(): number {
    return this.difference;
  }

  push(value: number): number {
    const fast = this.fastEma.push(value);
    this.line = fast - this.slowEma.push(value);
    // The signal EMA starts with the first defined macd value: the warm-up is not fed to it.
    if (!Number.isNaN(this.line)) this.difference = this.line - this.signalEma.push(this.line);
    return this.line;
  }

  /**
   * `push` for every value, in order, writing the three lines to `out` (arrays with room for one
   * value per input value; new ones by default), which it returns: the same doubles as `push`
   * one by one, as fast as a plain loop.
   */
  pushAll(values: Float64Array, out: Macd = newMacd(values.length)): Macd {
    const length = values.length;
    const { macd: line, signal, histogram } = out;
    for (const series of [line, signal, histogram]) checkOutput('macd', length, series);
    this.fastEma.pushAll(values, line);
    this.slowEma.pushAll(values, histogram); // the slow EMA, until the histogram replaces it
    for (let i = 0; i < length; i += 1) line[i] = (line[i] as number) - (histogram[i] as number);
    // As in push: the signal EMA only sees the defined part of the line, which runs to the end.
    let start = 0;
    while (start < length && Number.isNaN(line[start])) start += 1;
    signal.fill(Number.NaN, 0, start);
    histogram.fill(Number.NaN, 0, start);
    this.signalEma.pushAll(line.subarray(start, length), signal.subarray(start, length));
    for (let i = start; i < length; i += 1) histogram[i] = (line[i] as number) - (signal[i] as number);
    if (length > 0) {
      this.line = line[length - 1] as number;
      this.difference = histogram[length - 1] as number;
    }
    return out;
  }

  reset(): void {
    this.fastEma.reset();
    this.slowEma.reset();
    this.signalEma.reset();
    this.line = Number.NaN;
    this.difference = Number.NaN;
  }
}

function newMacd(length: number): Macd {
  return { macd: new Float64Array(length), signal: new Float64Array(length), histogram: new Float64Array(length) };
}
