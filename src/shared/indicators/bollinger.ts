import { DeviationStream } from './deviation';
import { checkOutput, checkPeriod, type ValueStream } from './series';

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
 * The batch form of {@link BollingerStream}, with the same doubles.
 */
export function bollinger(values: Float64Array, period: number, stdDev: number): BollingerBands {
  return new BollingerStream(period, stdDev).pushAll(values);
}

/**
 * Bollinger Bands one bar at a time (see {@link bollinger}): `push` returns the middle band, the
 * fields hold all three and σ. Keeps the window in a ring buffer for σ's exact rebuilds.
 */
export class BollingerStream implements ValueStream {
  readonly stdDev: number;
  private readonly spread: DeviationStream;
  private band = Number.NaN;

  constructor(period: number, stdDev: number) {
    checkPeriod('bollinger', 'period', period);
    if (!Number.isFinite(stdDev) || stdDev < 0) {
      throw new RangeError(`bollinger: stdDev must be a finite number >= 0, got ${String(stdDev)}`);
    }
    this.stdDev = stdDev;
    this.spread = new DeviationStream(period);
  }

  get period(): number {
    return this.spread.period;
  }

  /** The middle band, as returned by the last push. */
  get value(): number {
    return this.spread.mean;
  }

  get middle(): number {
    return this.spread.mean;
  }

  get upper(): number {
    return this.spread.mean + this.band;
  }

  get lower(): number {
    return this.spread.mean - this.band;
  }

  /** σ, the population standard deviation of the window. */
  get deviation(): number {
    return this.spread.value;
  }

  push(value: number): number {
    this.band = this.stdDev * this.spread.push(value);
    return this.spread.mean;
  }

  /**
   * `push` for every value, in order, writing the three bands to `out` (arrays with room for one
   * value per input value; new ones by default), which it returns: the same doubles as `push`
   * one by one, as fast as a plain loop.
   */
  pushAll(values: Float64Array, out: BollingerBands = newBands(values.length)): BollingerBands {
    const { middle, upper, lower } = out;
    for (const band of [middle, upper, lower]) checkOutput('bollinger', values.length, band);
    // upper holds σ until the bands are drawn from it.
    this.spread.pushAll(values, upper, middle);
    const stdDev = this.stdDev;
    for (let i = 0; i < values.length; i += 1) {
      const mid = middle[i] as number;
      const band = stdDev * (upper[i] as number);
      upper[i] = mid + band;
      lower[i] = mid - band;
    }
    if (values.length > 0) this.band = stdDev * this.spread.value;
    return out;
  }

  reset(): void {
    this.spread.reset();
    this.band = Number.NaN;
  }
}

function newBands(length: number): BollingerBands {
  return { middle: new Float64Array(length), upper: new Float64Array(length), lower: new Float64Array(length) };
}
