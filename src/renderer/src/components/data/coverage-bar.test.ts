import { describe, expect, it } from 'vitest';
import { type CandleRange } from '../../../../shared/schemas/candles';
import { coverageBarLayout, type CoverageBarInput } from './coverage-bar';

const MINUTE = 60_000;
const start = Date.UTC(2024, 0, 1);
const yearEnd = Date.UTC(2025, 0, 1) - MINUTE;
const bars = (from: number, to: number): number => (to - from) / MINUTE + 1;
const range = (from: number, to: number): CandleRange => ({ from, to, bars: bars(from, to) });

/** A year of 1-minute bars with the given gaps cut out. */
function yearWithGaps(gaps: CandleRange[]): CoverageBarInput {
  const ranges: CandleRange[] = [];
  let from = start;
  for (const gap of gaps) {
    ranges.push(range(from, gap.from - MINUTE));
    from = gap.to + MINUTE;
  }
  ranges.push(range(from, yearEnd));
  return { interval: '1m', first: start, last: yearEnd, ranges, gaps };
}

describe('coverage bar layout', () => {
  it('fills the whole strip for a series without gaps', () => {
    const layout = coverageBarLayout(yearWithGaps([]), 400);
    expect(layout.gaps).toEqual([]);
    expect(layout.ranges).toEqual([{ left: 0, width: 100 }]);
  });

  it('places ranges and gaps by time, each bar taking its share', () => {
    const series: CoverageBarInput = {
      interval: '1h',
      first: 0,
      last: 9 * 3_600_000,
      ranges: [range(0, 3 * 3_600_000), range(5 * 3_600_000, 9 * 3_600_000)].map((r) => ({ ...r, bars: 0 })),
      gaps: [{ from: 4 * 3_600_000, to: 4 * 3_600_000, bars: 1 }],
    };
    const layout = coverageBarLayout(series, 1000);
    expect(layout.ranges).toEqual([
      { left: 0, width: 40 },
      { left: 50, width: 50 },
    ]);
    expect(layout.gaps).toEqual([{ left: 40, width: 10, gaps: series.gaps }]);
  });

  it('keeps a single missing minute in a year visible at 2px', () => {
    const gap = range(Date.UTC(2024, 6, 1, 12, 0), Date.UTC(2024, 6, 1, 12, 0));
    const layout = coverageBarLayout(yearWithGaps([gap]), 400);
    expect(layout.gaps).toHaveLength(1);
    const [mark] = layout.gaps;
    expect(mark?.width).toBeCloseTo((2 / 400) * 100);
    // Centred on where the minute is: 1 July 12:00 is 182.5 days into a 366-day year.
    expect(mark?.left).toBeCloseTo((182.5 / 366) * 100 - (1 / 400) * 100, 2);
    // The two ranges around it are a pixel apart at this width: drawn as one, the gap on top.
    expect(layout.ranges).toHaveLength(1);
  });

  it('keeps widened marks inside the strip at both ends', () => {
    const first = range(start + MINUTE, start + MINUTE);
    const last = range(yearEnd - MINUTE, yearEnd - MINUTE);
    const layout = coverageBarLayout(yearWithGaps([first, last]), 300);
    expect(layout.gaps[0]?.left).toBe(0);
    const end = layout.gaps[1];
    expect((end?.left ?? 0) + (end?.width ?? 0)).toBeCloseTo(100);
  });

  it('merges gaps that land on the same pixels into one mark that names them all', () => {
    const day = Date.UTC(2024, 2, 5);
    const gaps = [0, 30, 90].map((minute) => range(day + minute * MINUTE, day + (minute + 4) * MINUTE));
    const far = range(Date.UTC(2024, 9, 1), Date.UTC(2024, 9, 1, 1));
    const layout = coverageBarLayout(yearWithGaps([...gaps, far]), 500);
    expect(layout.gaps).toHaveLength(2);
    expect(layout.gaps[0]?.gaps).toEqual(gaps);
    expect(layout.gaps[1]?.gaps).toEqual([far]);
  });

  it('copes with a one-bar series and a strip not measured yet', () => {
    const layout = coverageBarLayout({ interval: '1d', first: start, last: start, ranges: [range(start, start)], gaps: [] }, 0);
    expect(layout.ranges).toEqual([{ left: 0, width: 100 }]);
  });
});
