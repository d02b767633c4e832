import { describe, expect, it } from 'vitest';
import { heatmapModel, latestProgress, nextSweepSort, RANK_SORT, sortSweepRows, sweepSummary, withSweepProgress, type SweepRow } from './sweep-results';

const row = (short: number, long: number, sharpe: number | null, maxDrawdown = 0.1): SweepRow => ({ params: { short, long }, metrics: { sharpe, maxDrawdown, netProfitPct: (sharpe ?? 0) / 10 }, fingerprint: `${short}-${long}` });
// Ranked best first, as the core sends them.
const ROWS = [row(20, 100, 1.5, 0.2), row(10, 100, 0.8, 0.1), row(30, 50, 0.2), row(10, 50, -0.4), row(20, 50, -1), row(30, 100, null)];

describe('sortSweepRows', () => {
  it('keeps the rank order by default, numbering from 1', () => {
    expect(sortSweepRows(ROWS, RANK_SORT).map((ranked) => ranked.rank)).toEqual([1, 2, 3, 4, 5, 6]);
  });
  it('sorts by a parameter, ties in rank order', () => {
    const sorted = sortSweepRows(ROWS, { key: 'param:short', isDescending: false });
    expect(sorted.map(({ row: r }) => r.params['short'])).toEqual([10, 10, 20, 20, 30, 30]);
    expect(sorted.slice(0, 2).map((ranked) => ranked.rank)).toEqual([2, 4]);
  });
  it('sorts by a metric with missing values last either way', () => {
    expect(sortSweepRows(ROWS, { key: 'metric:sharpe', isDescending: false }).map(({ row: r }) => r.metrics['sharpe'])).toEqual([-1, -0.4, 0.2, 0.8, 1.5, null]);
    expect(sortSweepRows(ROWS, { key: 'metric:sharpe', isDescending: true }).map(({ row: r }) => r.metrics['sharpe'])).toEqual([1.5, 0.8, 0.2, -0.4, -1, null]);
  });
  it('a first click sorts a metric best first, a second turns it round', () => {
    expect(nextSweepSort(RANK_SORT, 'metric:sharpe')).toEqual({ key: 'metric:sharpe', isDescending: true });
    expect(nextSweepSort(RANK_SORT, 'metric:maxDrawdown')).toEqual({ key: 'metric:maxDrawdown', isDescending: false });
    expect(nextSweepSort({ key: 'metric:sharpe', isDescending: true }, 'metric:sharpe')).toEqual({ key: 'metric:sharpe', isDescending: false });
    expect(nextSweepSort(RANK_SORT, 'param:short')).toEqual({ key: 'param:short', isDescending: false });
  });
});

describe('heatmapModel', () => {
  it('lays x left to right and y top to bottom (highest first), scored around 0', () => {
    const model = heatmapModel(ROWS, 'short', 'long', 'sharpe');
    expect(model.xs).toEqual([10, 20, 30]);
    expect(model.ys).toEqual([100, 50]);
    expect(model.cells.map((line) => line.map((cell) => cell.value))).toEqual([
      [0.8, 1.5, null],
      [-0.4, -1, 0.2],
    ]);
    expect(model.centre).toBe(0);
    expect(model.cells[0]?.[1]?.score).toBe(1);
    expect(model.cells[1]?.[1]?.score).toBe(-1);
    expect(model.cells[0]?.[2]?.score).toBeNull();
    expect(model.cells[0]?.[2]?.row).not.toBeNull();
    expect(model.cells[0]?.[0]?.text).toBe('0.80');
  });
  it('turns the scale round where lower is better', () => {
    const model = heatmapModel(ROWS, 'short', 'long', 'maxDrawdown');
    expect(model.centre).toBeCloseTo(0.15);
    expect(model.cells[0]?.[1]?.score).toBeCloseTo(-1);
    expect(model.cells[0]?.[0]?.score).toBeCloseTo(1);
  });
  it('shows the best-ranked set where another axis varies, and a gap where none ran', () => {
    const rows: SweepRow[] = [
      { params: { a: 1, b: 1, c: 2 }, metrics: { sharpe: 2 }, fingerprint: 'x' },
      { params: { a: 1, b: 1, c: 1 }, metrics: { sharpe: 1 }, fingerprint: 'y' },
      { params: { a: 2, b: 2, c: 1 }, metrics: { sharpe: 0.5 }, fingerprint: 'z' },
    ];
    const model = heatmapModel(rows, 'a', 'b', 'sharpe');
    expect(model.cells[1]?.[0]?.row?.fingerprint).toBe('x');
    expect(model.cells[1]?.[1]?.row).toBeNull();
    expect(model.cells[1]?.[1]?.text).toBe('');
  });
});

describe('progress', () => {
  const running = (done: number) => ({ id: 1, status: 'running' as const, done, total: 6, error: null });
  const completed = { id: 1, status: 'completed' as const, done: 6, total: 6, error: null };
  it('never lets a late running event undo a stop or go backwards', () => {
    let known = withSweepProgress({}, running(2));
    known = withSweepProgress(known, running(1));
    expect(known[1]?.done).toBe(2);
    known = withSweepProgress(known, completed);
    expect(withSweepProgress(known, running(5))[1]).toBe(completed);
  });
  it('prefers a stop, then the further count', () => {
    expect(latestProgress(running(3), completed)).toBe(completed);
    expect(latestProgress(running(4), running(3))?.done).toBe(4);
    expect(latestProgress(undefined, running(3))?.done).toBe(3);
  });
});

describe('sweepSummary', () => {
  it('reads sets, skipped, threads, bars, time and rate', () => {
    expect(sweepSummary({ sets: 6, skipped: 1, threads: 4, bars: 8760, elapsedMs: 2000 })).toBe('6 sets · 1 skipped · 4 threads · 8,760 bars · 2 s · 3 runs/s');
    expect(sweepSummary({ sets: 1, skipped: 0, threads: 1, bars: 10, elapsedMs: 0 })).toBe('1 sets · 0 skipped · 1 thread · 10 bars · 0 s');
  });
});
