import { beforeAll, describe, expect, it } from 'vitest';
import { sharedFileLines } from '../../../test-support/market-data-fixture';
import {
  atr,
  AtrStream,
  bollinger,
  BollingerStream,
  ema,
  EmaStream,
  macd,
  MacdStream,
  rsi,
  RsiStream,
  sma,
  SmaStream,
} from '../../shared/indicators';

/*
 * The indicators the backtester and the strategies use, on a whole year of real BTCUSDT
 * 1-minute bars (527,040 of them), against a reference written here from the textbook
 * formulas: plain loops over number[], every SMA window summed afresh, every Bollinger window
 * in two passes, no running sums, no compensation, no shared code with src/shared. They agree
 * to 1e-9 relative. And the streaming form, bar by bar or warmed up from half a year with
 * pushAll, gives the very same doubles (Object.is) as the batch form.
 */

const FILE = 'BTCUSDT-1m-2024.csv.gz';
const TOLERANCE = 1e-9;
/** For Bollinger's σ compared with itself rather than with the price: see its test. */
const SIGMA_TOLERANCE = 1e-8;

interface Bars {
  readonly high: number[];
  readonly low: number[];
  readonly close: number[];
}

function readBars(): Bars {
  const [header, ...rows] = sharedFileLines(FILE);
  expect(header).toBe('open_time_ms,open,high,low,close,volume');
  const bars: Bars = { high: [], low: [], close: [] };
  for (const row of rows) {
    const fields = row.split(',');
    bars.high.push(Number(fields[2]));
    bars.low.push(Number(fields[3]));
    bars.close.push(Number(fields[4]));
  }
  return bars;
}

// ---- the reference: textbook formulas over number[] -------------------------------------------

function referenceSma(values: number[], period: number): number[] {
  return values.map((_, i) => {
    if (i < period - 1) return Number.NaN;
    let sum = 0;
    for (let j = i - period + 1; j <= i; j += 1) sum += values[j] as number;
    return sum / period;
  });
}

/** Seeded with the mean of the first `period` defined values, then alpha·x + (1 - alpha)·previous. */
function referenceEma(values: number[], period: number): number[] {
  const out = values.map(() => Number.NaN);
  const start = values.findIndex((value) => !Number.isNaN(value));
  if (start < 0 || start + period > values.length) return out;
  let sum = 0;
  for (let i = start; i < start + period; i += 1) sum += values[i] as number;
  let previous = sum / period;
  out[start + period - 1] = previous;
  const alpha = 2 / (period + 1);
  for (let i = start + period; i < values.length; i += 1) {
    previous = alpha * (values[i] as number) + (1 - alpha) * previous;
    out[i] = previous;
  }
  return out;
}

/** Wilder: lists of gains and losses, their means, smoothing, RSI = 100 - 100 / (1 + RS). */
function referenceRsi(values: number[], period: number): number[] {
  const out = values.map(() => Number.NaN);
  const gains: number[] = [];
  const losses: number[] = [];
  for (let i = 1; i < values.length; i += 1) {
    const change = (values[i] as number) - (values[i - 1] as number);
    gains.push(change > 0 ? change : 0);
    losses.push(change < 0 ? -change : 0);
  }
  // The product's convention where RS is undefined: 100 with no losses, 50 with no movement.
  const toRsi = (gain: number, loss: number): number => (loss === 0 ? (gain === 0 ? 50 : 100) : 100 - 100 / (1 + gain / loss));
  let avgGain = 0;
  let avgLoss = 0;
  for (let i = 0; i < period; i += 1) {
    avgGain += gains[i] as number;
    avgLoss += losses[i] as number;
  }
  avgGain /= period;
  avgLoss /= period;
  out[period] = toRsi(avgGain, avgLoss);
  for (let i = period + 1; i < values.length; i += 1) {
    avgGain = (avgGain * (period - 1) + (gains[i - 1] as number)) / period;
    avgLoss = (avgLoss * (period - 1) + (losses[i - 1] as number)) / period;
    out[i] = toRsi(avgGain, avgLoss);
  }
  return out;
}

function referenceMacd(values: number[], fast: number, slow: number, signal: number): number[][] {
  const fastEma = referenceEma(values, fast);
  const slowEma = referenceEma(values, slow);
  const line = values.map((_, i) => (fastEma[i] as number) - (slowEma[i] as number));
  const signalLine = referenceEma(line, signal);
  return [line, signalLine, line.map((value, i) => value - (signalLine[i] as number))];
}

/** Each window in two passes: its mean, then the population variance around it. */
function referenceBollinger(values: number[], period: number, k: number): { middle: number[]; upper: number[]; lower: number[]; sigma: number[] } {
  const result = { middle: [] as number[], upper: [] as number[], lower: [] as number[], sigma: [] as number[] };
  for (let i = 0; i < values.length; i += 1) {
    if (i < period - 1) {
      for (const column of Object.values(result)) column.push(Number.NaN);
      continue;
    }
    let sum = 0;
    for (let j = i - period + 1; j <= i; j += 1) sum += values[j] as number;
    const mean = sum / period;
    let squares = 0;
    for (let j = i - period + 1; j <= i; j += 1) squares += ((values[j] as number) - mean) ** 2;
    const sigma = Math.sqrt(squares / period);
    result.middle.push(mean);
    result.upper.push(mean + k * sigma);
    result.lower.push(mean - k * sigma);
    result.sigma.push(sigma);
  }
  return result;
}

/** TA-Lib's ATR: true ranges from bar 1, their mean at bar `period`, then Wilder's smoothing. */
function referenceAtr(bars: Bars, period: number): number[] {
  const out = bars.close.map(() => Number.NaN);
  let average = 0;
  for (let i = 1; i < bars.close.length; i += 1) {
    const high = bars.high[i] as number;
    const low = bars.low[i] as number;
    const previousClose = bars.close[i - 1] as number;
    const range = Math.max(high - low, Math.abs(high - previousClose), Math.abs(low - previousClose));
    if (i < period) average += range;
    else if (i === period) average = (average + range) / period;
    else average = (average * (period - 1) + range) / period;
    if (i >= period) out[i] = average;
  }
  return out;
}

// ---- comparisons ------------------------------------------------------------------------------

/**
 * The worst disagreement between `actual` and `expected`, |a - e| / max(|e|, scale[i]), with the
 * index where it happens; NaN must be NaN on both sides. `scale` keeps lines that hover around
 * zero (MACD) from demanding more than their inputs carry: pass the price they come from.
 */
function worstError(actual: Float64Array, expected: number[], scale: number[] | null = null): { error: number; at: number; defined: number } {
  expect(actual.length).toBe(expected.length);
  let error = 0;
  let at = -1;
  let defined = 0;
  for (let i = 0; i < expected.length; i += 1) {
    const a = actual[i] as number;
    const e = expected[i] as number;
    if (Number.isNaN(e) || Number.isNaN(a)) {
      if (Number.isNaN(e) !== Number.isNaN(a)) return { error: Number.POSITIVE_INFINITY, at: i, defined };
      continue;
    }
    defined += 1;
    if (a === e) continue;
    const relative = Math.abs(a - e) / Math.max(Math.abs(e), scale === null ? 0 : (scale[i] as number));
    if (relative > error) {
      error = relative;
      at = i;
    }
  }
  return { error, at, defined };
}

function expectClose(actual: Float64Array, expected: number[], warmUp: number, scale: number[] | null = null, tolerance = TOLERANCE): void {
  const worst = worstError(actual, expected, scale);
  expect(worst.error, `worst at index ${worst.at}`).toBeLessThanOrEqual(tolerance);
  expect(worst.defined).toBe(expected.length - warmUp);
}

/** The first index where two series are not the very same doubles, or null. */
function firstDifference(actual: Float64Array, expected: Float64Array): string | null {
  if (actual.length !== expected.length) return `length ${actual.length}, expected ${expected.length}`;
  for (let i = 0; i < actual.length; i += 1) {
    if (!Object.is(actual[i], expected[i])) return `index ${i}: ${actual[i]}, expected ${expected[i]}`;
  }
  return null;
}

/** Runs `push` for bars [from, to) into `columns`, one column per output read by `read`. */
function pushEach(columns: Float64Array[], from: number, to: number, push: (i: number) => void, read: () => number[]): void {
  for (let i = from; i < to; i += 1) {
    push(i);
    read().forEach((value, k) => ((columns[k] as Float64Array)[i] = value));
  }
}

// ---- the year ---------------------------------------------------------------------------------

describe(`indicators on ${FILE}`, () => {
  let bars: Bars;
  let high: Float64Array;
  let low: Float64Array;
  let close: Float64Array;
  let count: number;
  let half: number;

  beforeAll(() => {
    bars = readBars();
    high = Float64Array.from(bars.high);
    low = Float64Array.from(bars.low);
    close = Float64Array.from(bars.close);
    count = close.length;
    half = count >> 1;
  });

  it('reads the whole year', () => {
    expect(count).toBe(527_040);
    expect(close.every((value) => Number.isFinite(value) && value > 0)).toBe(true);
  });

  describe.each([50, 200])('SMA %i', (period) => {
    it('matches the reference', () => expectClose(sma(close, period), referenceSma(bars.close, period), period - 1));

    it('streams the same doubles', () => {
      const expected = sma(close, period);
      const stream = new SmaStream(period);
      const pushed = [new Float64Array(count)];
      pushEach(pushed, 0, count, (i) => stream.push(close[i] as number), () => [stream.value]);
      expect(firstDifference(pushed[0] as Float64Array, expected)).toBeNull();
      const warmed = new SmaStream(period);
      const resumed = [new Float64Array(count)];
      warmed.pushAll(close.subarray(0, half), (resumed[0] as Float64Array).subarray(0, half));
      pushEach(resumed, half, count, (i) => warmed.push(close[i] as number), () => [warmed.value]);
      expect(firstDifference(resumed[0] as Float64Array, expected)).toBeNull();
    });
  });

  describe('EMA 21', () => {
    it('matches the reference', () => expectClose(ema(close, 21), referenceEma(bars.close, 21), 20));

    it('streams the same doubles', () => {
      const expected = ema(close, 21);
      const stream = new EmaStream(21);
      const pushed = [new Float64Array(count)];
      stream.pushAll(close.subarray(0, half), (pushed[0] as Float64Array).subarray(0, half));
      pushEach(pushed, half, count, (i) => stream.push(close[i] as number), () => [stream.value]);
      expect(firstDifference(pushed[0] as Float64Array, expected)).toBeNull();
      stream.reset();
      pushEach(pushed, 0, count, (i) => stream.push(close[i] as number), () => [stream.value]);
      expect(firstDifference(pushed[0] as Float64Array, expected)).toBeNull();
    });
  });

  describe('RSI 14', () => {
    it('matches the reference', () => expectClose(rsi(close, 14), referenceRsi(bars.close, 14), 14));

    it('streams the same doubles', () => {
      const expected = rsi(close, 14);
      const stream = new RsiStream(14);
      const pushed = [new Float64Array(count)];
      stream.pushAll(close.subarray(0, half), (pushed[0] as Float64Array).subarray(0, half));
      pushEach(pushed, half, count, (i) => stream.push(close[i] as number), () => [stream.value]);
      expect(firstDifference(pushed[0] as Float64Array, expected)).toBeNull();
      stream.reset();
      pushEach(pushed, 0, count, (i) => stream.push(close[i] as number), () => [stream.value]);
      expect(firstDifference(pushed[0] as Float64Array, expected)).toBeNull();
    });
  });

  describe('MACD 12 26 9', () => {
    it('matches the reference, relative to the price', () => {
      const result = macd(close, 12, 26, 9);
      const [line, signal, histogram] = referenceMacd(bars.close, 12, 26, 9) as [number[], number[], number[]];
      expectClose(result.macd, line, 25, bars.close);
      expectClose(result.signal, signal, 33, bars.close);
      expectClose(result.histogram, histogram, 33, bars.close);
    });

    it('streams the same doubles', () => {
      const expected = macd(close, 12, 26, 9);
      const stream = new MacdStream(12, 26, 9);
      const columns = [new Float64Array(count), new Float64Array(count), new Float64Array(count)];
      const read = (): number[] => [stream.macd, stream.signal, stream.histogram];
      const head = columns.map((column) => column.subarray(0, half));
      stream.pushAll(close.subarray(0, half), { macd: head[0] as Float64Array, signal: head[1] as Float64Array, histogram: head[2] as Float64Array });
      pushEach(columns, half, count, (i) => stream.push(close[i] as number), read);
      [expected.macd, expected.signal, expected.histogram].forEach((column, k) => expect(firstDifference(columns[k] as Float64Array, column)).toBeNull());
      stream.reset();
      pushEach(columns, 0, count, (i) => stream.push(close[i] as number), read);
      [expected.macd, expected.signal, expected.histogram].forEach((column, k) => expect(firstDifference(columns[k] as Float64Array, column)).toBeNull());
    });
  });

  describe('Bollinger 20 2', () => {
    it('matches the reference, bands and σ alike', () => {
      const bands = bollinger(close, 20, 2);
      const reference = referenceBollinger(bars.close, 20, 2);
      expectClose(bands.middle, reference.middle, 19);
      expectClose(bands.upper, reference.upper, 19);
      expectClose(bands.lower, reference.lower, 19);
      // σ relative to itself (cents to dollars, not tens of thousands): the bands would hide an
      // error a million times larger. The sliding update carries the mean's rounding (an ulp of
      // 64,000 is 7e-12) into σ, so σ is held to SIGMA_TOLERANCE: the worst bar of 2024 (σ = 7.5
      // cents, just after a 62-cent window collapsed) is off by 6e-10 of σ, 5e-11 dollars.
      const stream = new BollingerStream(20, 2);
      const sigma = close.map((value) => {
        stream.push(value);
        return stream.deviation;
      });
      expectClose(sigma, reference.sigma, 19, null, SIGMA_TOLERANCE);
    });

    it('streams the same doubles', () => {
      const expected = bollinger(close, 20, 2);
      const stream = new BollingerStream(20, 2);
      const columns = [new Float64Array(count), new Float64Array(count), new Float64Array(count)];
      const read = (): number[] => [stream.middle, stream.upper, stream.lower];
      const head = columns.map((column) => column.subarray(0, half));
      stream.pushAll(close.subarray(0, half), { middle: head[0] as Float64Array, upper: head[1] as Float64Array, lower: head[2] as Float64Array });
      pushEach(columns, half, count, (i) => stream.push(close[i] as number), read);
      [expected.middle, expected.upper, expected.lower].forEach((column, k) => expect(firstDifference(columns[k] as Float64Array, column)).toBeNull());
      stream.reset();
      pushEach(columns, 0, count, (i) => stream.push(close[i] as number), read);
      [expected.middle, expected.upper, expected.lower].forEach((column, k) => expect(firstDifference(columns[k] as Float64Array, column)).toBeNull());
    });
  });

  describe('ATR 14', () => {
    it('matches the reference, relative to the price', () => expectClose(atr(high, low, close, 14), referenceAtr(bars, 14), 14, bars.close));

    it('streams the same doubles', () => {
      const expected = atr(high, low, close, 14);
      const stream = new AtrStream(14);
      const pushed = [new Float64Array(count)];
      const push = (i: number): void => void stream.push(high[i] as number, low[i] as number, close[i] as number);
      stream.pushAll(high.subarray(0, half), low.subarray(0, half), close.subarray(0, half), (pushed[0] as Float64Array).subarray(0, half));
      pushEach(pushed, half, count, push, () => [stream.value]);
      expect(firstDifference(pushed[0] as Float64Array, expected)).toBeNull();
      stream.reset();
      pushEach(pushed, 0, count, push, () => [stream.value]);
      expect(firstDifference(pushed[0] as Float64Array, expected)).toBeNull();
    });
  });
});
