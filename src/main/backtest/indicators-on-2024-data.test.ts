import { beforeAll, describe, expect, it } from 'vitest';
import { sharedFileLines } from '../../../test-support/market-data-fixture';
import { naiveAtr, naiveBollinger, naiveEma, naiveMacd, naiveRsi, naiveSma } from '../../shared/indicators/reference.fixture';
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

/**
 * A close-fed stream gives the batch doubles: warmed with the first half in one `pushAll`, then
 * pushed bar by bar; and again bar by bar from the start after a reset.
 */
function expectStreamOfCloses(stream: { pushAll(values: Float64Array, out: Float64Array): void; push(value: number): void; readonly value: number; reset(): void }, expected: Float64Array, close: Float64Array): void {
  const count = close.length;
  const half = count >> 1;
  const pushed = [new Float64Array(count)];
  stream.pushAll(close.subarray(0, half), (pushed[0] as Float64Array).subarray(0, half));
  pushEach(pushed, half, count, (i) => stream.push(close[i] as number), () => [stream.value]);
  expect(firstDifference(pushed[0] as Float64Array, expected)).toBeNull();
  stream.reset();
  pushEach(pushed, 0, count, (i) => stream.push(close[i] as number), () => [stream.value]);
  expect(firstDifference(pushed[0] as Float64Array, expected)).toBeNull();
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
    it('matches the reference', () => expectClose(sma(close, period), naiveSma(bars.close, period), period - 1));

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
    it('matches the reference', () => expectClose(ema(close, 21), naiveEma(bars.close, 21), 20));

    it('streams the same doubles', () => expectStreamOfCloses(new EmaStream(21), ema(close, 21), close));
  });

  describe('RSI 14', () => {
    it('matches the reference', () => expectClose(rsi(close, 14), naiveRsi(bars.close, 14), 14));

    it('streams the same doubles', () => expectStreamOfCloses(new RsiStream(14), rsi(close, 14), close));
  });

  describe('MACD 12 26 9', () => {
    it('matches the reference, relative to the price', () => {
      const result = macd(close, 12, 26, 9);
      const { macd: line, signal, histogram } = naiveMacd(bars.close, 12, 26, 9);
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
      const reference = naiveBollinger(bars.close, 20, 2);
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
    it('matches the reference, relative to the price', () => expectClose(atr(high, low, close, 14), naiveAtr(bars.high, bars.low, bars.close, 14), 14, bars.close));

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
