import { describe, expect, it } from 'vitest';
import { type CandleColumns } from '../../../../shared/schemas/candles';
import { CandleBuffer } from './candle-buffer';

const HOUR = 3_600_000;

function columns(times: number[], base = 100): CandleColumns {
  return {
    time: times,
    open: times.map((_, i) => base + i),
    high: times.map((_, i) => base + i + 2),
    low: times.map((_, i) => base + i - 2),
    close: times.map((_, i) => base + i + 1),
    volume: times.map((_, i) => 10 + i),
  };
}

const hours = (from: number, count: number): number[] => Array.from({ length: count }, (_, i) => (from + i) * HOUR);

describe('CandleBuffer', () => {
  it('holds columns oldest first as typed arrays', () => {
    const buffer = CandleBuffer.fromColumns(columns(hours(0, 3)));
    expect(buffer.length).toBe(3);
    expect(buffer.close).toBeInstanceOf(Float64Array);
    expect([...buffer.time]).toEqual(hours(0, 3));
    expect(buffer.firstTime).toBe(0);
    expect(buffer.lastTime).toBe(2 * HOUR);
    expect(buffer.bar(1)).toEqual({ time: HOUR, open: 101, high: 103, low: 99, close: 102, volume: 11 });
    expect(buffer.bar(3)).toBeUndefined();
  });

  it('drops repeated or out-of-order bars from a page', () => {
    const buffer = CandleBuffer.fromColumns(columns([0, HOUR, HOUR, 0.5 * HOUR, 2 * HOUR]));
    expect([...buffer.time]).toEqual([0, HOUR, 2 * HOUR]);
  });

  it('joins pages given newest first', () => {
    const buffer = CandleBuffer.fromPages([columns(hours(10, 5)), columns(hours(5, 5)), columns(hours(0, 5))]);
    expect([...buffer.time]).toEqual(hours(0, 15));
  });

  it('prepends an older page and skips the bars it already holds', () => {
    const buffer = CandleBuffer.fromColumns(columns(hours(10, 5)));
    // The older page overlaps the first two loaded bars: bars were stored in between.
    expect(buffer.prepend(columns(hours(4, 8), 500))).toBe(6);
    expect([...buffer.time]).toEqual(hours(4, 11));
    expect(buffer.bar(6)?.open).toBe(100);
    expect(buffer.bar(0)?.open).toBe(500);
    expect(buffer.prepend(columns(hours(12, 2)))).toBe(0);
  });

  it('merges a live candle: updates the newest bar, appends the next, ignores older ones', () => {
    const buffer = CandleBuffer.fromColumns(columns(hours(0, 2)));
    const bar = { time: HOUR, open: 1, high: 2, low: 0.5, close: 1.5, volume: 3 };
    expect(buffer.merge(bar)).toBe('updated');
    expect(buffer.length).toBe(2);
    expect(buffer.last()).toEqual(bar);
    expect(buffer.merge({ ...bar, time: 2 * HOUR })).toBe('appended');
    expect(buffer.length).toBe(3);
    expect(buffer.merge({ ...bar, time: 0, close: 99 })).toBe('ignored');
    expect(buffer.bar(0)?.close).toBe(101);
  });

  it('grows past its capacity while appending', () => {
    const buffer = CandleBuffer.empty();
    for (let i = 0; i < 1000; i++) expect(buffer.merge({ time: i * HOUR, open: i, high: i, low: i, close: i, volume: i })).toBe('appended');
    expect(buffer.length).toBe(1000);
    expect(buffer.close[999]).toBe(999);
    expect(buffer.close.length).toBe(1000);
  });

  it('finds bars by time', () => {
    const buffer = CandleBuffer.fromColumns(columns([0, HOUR, 3 * HOUR]));
    expect(buffer.indexOfTime(HOUR)).toBe(1);
    expect(buffer.indexOfTime(2 * HOUR)).toBe(-1);
    expect(buffer.indexAtOrBefore(2 * HOUR)).toBe(1);
    expect(buffer.indexAtOrBefore(-1)).toBe(-1);
    expect(buffer.indexAtOrBefore(10 * HOUR)).toBe(2);
    expect(CandleBuffer.empty().indexAtOrBefore(0)).toBe(-1);
  });
});
