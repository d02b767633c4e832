import { describe, expect, it } from 'vitest';
import { atr, AtrStream } from './atr';
import { bollinger, BollingerStream } from './bollinger';
import { ema, EmaStream } from './ema';
import { macd, MacdStream } from './macd';
import { difference, randomBars, seededRng, type RandomBars } from './prices.fixture';
import { rsi, RsiStream } from './rsi';
import { sma, SmaStream } from './sma';

/*
 * The streaming form of every indicator against its batch form, compared with Object.is: the
 * same doubles, not merely close ones. A stream is fed bar by bar, in chunks through pushAll,
 * and in a mix of both, and must agree every time: a live strategy warmed up from history with
 * pushAll and then fed bar by bar sees exactly what the backtest saw.
 */

/**
 * One indicator with fixed parameters. Its outputs are listed in the same order both ways: what
 * push returned, `value`, then every field of a multi-output stream.
 */
interface Subject {
  readonly title: string;
  /** Warm-up length, for choosing chunk boundaries around it. */
  readonly period: number;
  batch(bars: RandomBars): Float64Array[];
  open(): Feed;
}

interface Feed {
  /** Pushes bar i and reads every output. */
  push(bars: RandomBars, i: number): number[];
  /** pushAll over bars [from, to). */
  pushAll(bars: RandomBars, from: number, to: number): Float64Array[];
  reset(): void;
}

const part = (series: Float64Array, from: number, to: number): Float64Array => series.subarray(from, to);

function onClose(title: string, period: number, make: () => SmaStream | EmaStream | RsiStream, batch: (close: Float64Array) => Float64Array): Subject {
  return {
    title,
    period,
    batch: (bars) => {
      const out = batch(bars.close);
      return [out, out];
    },
    open() {
      const stream = make();
      return {
        push: (bars, i) => {
          const returned = stream.push(bars.close[i] as number);
          return [returned, stream.value];
        },
        pushAll: (bars, from, to) => {
          const out = stream.pushAll(part(bars.close, from, to));
          return [out, out];
        },
        reset: () => stream.reset(),
      };
    },
  };
}

function macdSubject(fast: number, slow: number, signal: number): Subject {
  const columns = (m: { macd: Float64Array; signal: Float64Array; histogram: Float64Array }): Float64Array[] => [m.macd, m.macd, m.signal, m.histogram];
  return {
    title: `macd ${fast} ${slow} ${signal}`,
    period: Math.max(fast, slow) + signal,
    batch: (bars) => columns(macd(bars.close, fast, slow, signal)),
    open() {
      const stream = new MacdStream(fast, slow, signal);
      return {
        push: (bars, i) => {
          const returned = stream.push(bars.close[i] as number);
          expect(stream.macd).toBe(returned);
          return [returned, stream.value, stream.signal, stream.histogram];
        },
        pushAll: (bars, from, to) => columns(stream.pushAll(part(bars.close, from, to))),
        reset: () => stream.reset(),
      };
    },
  };
}

function bollingerSubject(period: number, stdDev: number): Subject {
  const columns = (b: { middle: Float64Array; upper: Float64Array; lower: Float64Array }): Float64Array[] => [b.middle, b.middle, b.upper, b.lower];
  return {
    title: `bollinger ${period} ${stdDev}`,
    period,
    batch: (bars) => columns(bollinger(bars.close, period, stdDev)),
    open() {
      const stream = new BollingerStream(period, stdDev);
      return {
        push: (bars, i) => {
          const returned = stream.push(bars.close[i] as number);
          expect(stream.middle).toBe(returned);
          return [returned, stream.value, stream.upper, stream.lower];
        },
        pushAll: (bars, from, to) => columns(stream.pushAll(part(bars.close, from, to))),
        reset: () => stream.reset(),
      };
    },
  };
}

function atrSubject(period: number): Subject {
  return {
    title: `atr ${period}`,
    period,
    batch: (bars) => {
      const out = atr(bars.high, bars.low, bars.close, period);
      return [out, out];
    },
    open() {
      const stream = new AtrStream(period);
      return {
        push: (bars, i) => {
          const returned = stream.push(bars.high[i] as number, bars.low[i] as number, bars.close[i] as number);
          return [returned, stream.value];
        },
        pushAll: (bars, from, to) => {
          const out = stream.pushAll(part(bars.high, from, to), part(bars.low, from, to), part(bars.close, from, to));
          return [out, out];
        },
        reset: () => stream.reset(),
      };
    },
  };
}

const LENGTH = 300;
/** The edges (1, 2), the usual ones, and periods at, around and beyond the input's length. */
const PERIODS = [1, 2, 3, 9, 14, 26, 50, LENGTH - 1, LENGTH, LENGTH + 1, 1000];
const MACD_SETTINGS = [
  [12, 26, 9],
  [1, 1, 1],
  [1, 2, 1],
  [26, 12, 9],
  [3, 10, 16],
  [150, 200, 150], // the line is defined, the signal never is
  [400, 500, 9], // nothing is defined
] as const;

const SUBJECTS: Subject[] = [
  ...PERIODS.map((period) => onClose(`sma ${period}`, period, () => new SmaStream(period), (close) => sma(close, period))),
  ...PERIODS.map((period) => onClose(`ema ${period}`, period, () => new EmaStream(period), (close) => ema(close, period))),
  ...PERIODS.map((period) => onClose(`rsi ${period}`, period + 1, () => new RsiStream(period), (close) => rsi(close, period))),
  ...PERIODS.map((period) => bollingerSubject(period, 2)),
  ...PERIODS.map((period) => atrSubject(period)),
  ...MACD_SETTINGS.map(([fast, slow, signal]) => macdSubject(fast, slow, signal)),
  bollingerSubject(20, 0),
];

/** A random walk, and a series of spikes and flats that forces Bollinger's exact rebuilds. */
function series(): Array<[string, RandomBars]> {
  const random = seededRng(41);
  const spiky = Float64Array.from({ length: LENGTH }, (_, i) => (i % 97 === 50 ? 1e7 : i > 200 && i < 260 ? 0.1 : 100 + random()));
  return [
    ['a random walk', randomBars(40, LENGTH, 30_000)],
    ['spikes and flats', { close: spiky, high: spiky.map((x) => x * 1.001), low: spiky.map((x) => x * 0.999) }],
  ];
}

/** Transposes per-bar rows of outputs into one series per output. */
function columnsOf(rows: number[][], width: number): Float64Array[] {
  return Array.from({ length: width }, (_, k) => Float64Array.from(rows, (row) => row[k] as number));
}

function concat(chunks: Float64Array[][], width: number): Float64Array[] {
  return Array.from({ length: width }, (_, k) => {
    const parts = chunks.map((chunk) => chunk[k] as Float64Array);
    const out = new Float64Array(parts.reduce((sum, p) => sum + p.length, 0));
    let at = 0;
    for (const p of parts) {
      out.set(p, at);
      at += p.length;
    }
    return out;
  });
}

function expectSame(actual: Float64Array[], expected: Float64Array[]): void {
  expect(actual).toHaveLength(expected.length);
  expected.forEach((column, k) => expect(difference(actual[k] as Float64Array, column), `output ${k}`).toBeNull());
}

describe.each(series())('streams on %s', (_, bars) => {
  const count = bars.close.length;

  it.each(SUBJECTS.map((subject) => [subject.title, subject] as const))('%s: push gives the batch doubles bar by bar', (_title, subject) => {
    const expected = subject.batch(bars);
    const feed = subject.open();
    const rows = Array.from({ length: count }, (_unused, i) => feed.push(bars, i));
    expectSame(columnsOf(rows, expected.length), expected);
  });

  it.each(SUBJECTS.map((subject) => [subject.title, subject] as const))('%s: pushAll in chunks and push in between agree', (_title, subject) => {
    const expected = subject.batch(bars);
    const p = subject.period;
    const cuts = [...new Set([0, 1, p - 1, p, p + 1, 2 * p + 3, count >> 1, count - 1, count])].filter((cut) => cut >= 0 && cut <= count).sort((a, b) => a - b);
    const feed = subject.open();
    const chunks: Float64Array[][] = [];
    for (let k = 1; k < cuts.length; k += 1) {
      const from = cuts[k - 1] as number;
      const to = cuts[k] as number;
      if (k % 2 === 1) chunks.push(feed.pushAll(bars, from, to));
      else chunks.push(columnsOf(Array.from({ length: to - from }, (_unused, j) => feed.push(bars, from + j)), expected.length));
    }
    expectSame(concat(chunks, expected.length), expected);
  });

  it.each(SUBJECTS.map((subject) => [subject.title, subject] as const))('%s: reset forgets everything', (_title, subject) => {
    const expected = subject.batch(bars);
    const feed = subject.open();
    feed.pushAll(bars, 0, count >> 1);
    for (let i = count >> 1; i < count; i += 1) feed.push(bars, i);
    feed.reset();
    expectSame(feed.pushAll(bars, 0, count), expected);
  });
});

describe('stream edge cases', () => {
  it('reads NaN before anything is pushed, and pushAll of nothing changes nothing', () => {
    const stream = new SmaStream(3);
    expect(stream.value).toBeNaN();
    expect(stream.pushAll(new Float64Array(0))).toHaveLength(0);
    expect([stream.push(1), stream.push(2), stream.push(6)]).toEqual([Number.NaN, Number.NaN, 3]);
    expect(stream.pushAll(new Float64Array(0))).toHaveLength(0);
    expect(stream.value).toBe(3);
    const bands = new BollingerStream(2, 2);
    expect([bands.middle, bands.upper, bands.lower, bands.deviation]).toEqual([Number.NaN, Number.NaN, Number.NaN, Number.NaN]);
    const lines = new MacdStream(12, 26, 9);
    expect([lines.macd, lines.signal, lines.histogram]).toEqual([Number.NaN, Number.NaN, Number.NaN]);
    expect(new AtrStream(14).value).toBeNaN();
  });

  it('writes into a caller-supplied output and refuses one that is too short', () => {
    const values = Float64Array.of(1, 2, 3, 4);
    const out = new Float64Array(6).fill(-1);
    expect(new SmaStream(2).pushAll(values, out)).toBe(out);
    expect(Array.from(out)).toEqual([Number.NaN, 1.5, 2.5, 3.5, -1, -1]);
    expect(() => new EmaStream(2).pushAll(values, new Float64Array(3))).toThrow(RangeError);
    expect(() => new RsiStream(2).pushAll(values, new Float64Array(3))).toThrow(RangeError);
    expect(() => new AtrStream(2).pushAll(values, values, values, new Float64Array(3))).toThrow(RangeError);
    const short = { middle: new Float64Array(4), upper: new Float64Array(4), lower: new Float64Array(3) };
    expect(() => new BollingerStream(2, 2).pushAll(values, short)).toThrow(RangeError);
  });

  it('exposes σ beside the bands', () => {
    const stream = new BollingerStream(5, 2);
    for (const value of [1, 2, 3, 4, 5]) stream.push(value);
    expect(stream.deviation).toBeCloseTo(Math.SQRT2, 14);
    expect(stream.upper).toBe(stream.middle + 2 * stream.deviation);
  });

  it('checks its parameters when constructed', () => {
    expect(() => new SmaStream(0)).toThrow(/sma: period must be an integer >= 1/);
    expect(() => new EmaStream(1.5)).toThrow(/ema: period must be an integer >= 1/);
    expect(() => new RsiStream(-1)).toThrow(/rsi: period must be an integer >= 1/);
    expect(() => new AtrStream(Number.NaN)).toThrow(/atr: period must be an integer >= 1/);
    expect(() => new BollingerStream(0, 2)).toThrow(/bollinger: period must be an integer >= 1/);
    expect(() => new BollingerStream(20, -1)).toThrow(/bollinger: stdDev must be a finite number >= 0/);
    expect(() => new MacdStream(12, 26, 0)).toThrow(/macd: signal must be an integer >= 1/);
  });
});
