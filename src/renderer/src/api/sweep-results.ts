import { type SweepProgress, type SweepResultView } from '../../../shared/schemas/backtests';
import { formatMetric, METRICS, type MetricSpec } from './backtest-metrics';

export type SweepRow = SweepResultView['rows'][number];
/** The latest progress event of each sweep this page has heard about, by id. */
export type SweepProgressById = Readonly<Record<number, SweepProgress>>;

/** The latest progress of a sweep; a late "running" event never undoes a stop, nor a smaller count a bigger one. */
export function withSweepProgress(known: SweepProgressById, progress: SweepProgress): SweepProgressById {
  const previous = known[progress.id];
  if (previous !== undefined && previous.status !== 'running' && progress.status === 'running') return known;
  if (previous !== undefined && previous.status === 'running' && progress.status === 'running' && progress.done < previous.done) return known;
  return { ...known, [progress.id]: progress };
}

/** The newer of two views of a sweep's progress (an event, a fetch). */
export function latestProgress(a: SweepProgress | undefined, b: SweepProgress | undefined): SweepProgress | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  if (a.status !== 'running') return a;
  if (b.status !== 'running') return b;
  return a.done >= b.done ? a : b;
}

/** The metrics a sweep's table shows, after the varied parameters. */
export const SWEEP_TABLE_METRICS: readonly string[] = ['netProfitPct', 'sharpe', 'sortino', 'calmar', 'maxDrawdown', 'profitFactor', 'winRate', 'tradeCount'];

export const metricSpec = (key: string): MetricSpec => METRICS.find((spec) => spec.key === key) ?? { key, label: key, kind: 'ratio', better: 'higher' };

export const metricLabel = (key: string): string => metricSpec(key).label;

export const formatSweepMetric = (key: string, value: number | null | undefined): string => formatMetric(metricSpec(key).kind, value);

/** "10", "0.5", "off": a parameter value in a cell. */
export function paramText(value: unknown): string {
  if (value === null || value === undefined) return 'off';
  if (typeof value === 'number') return value.toLocaleString('en-US', { maximumFractionDigits: 6 });
  return typeof value === 'string' || typeof value === 'boolean' ? String(value) : JSON.stringify(value);
}

/** `rank` keeps the core's order (best first); `param:<key>` and `metric:<key>` sort by a column. */
export interface SweepSort {
  readonly key: string;
  readonly isDescending: boolean;
}

export const RANK_SORT: SweepSort = { key: 'rank', isDescending: false };

/** A first click sorts a metric best first (a parameter ascending); a second click turns it round. */
export function nextSweepSort(current: SweepSort, key: string): SweepSort {
  if (current.key === key) return { key, isDescending: !current.isDescending };
  if (key.startsWith('metric:')) return { key, isDescending: metricSpec(key.slice('metric:'.length)).better !== 'lower' };
  return { key, isDescending: false };
}

function sortValue(row: SweepRow, key: string): number | string | null {
  if (key.startsWith('metric:')) {
    const value = row.metrics[key.slice('metric:'.length)];
    return value === null || value === undefined || !Number.isFinite(value) ? null : value;
  }
  const value = row.params[key.slice('param:'.length)];
  return typeof value === 'number' || typeof value === 'string' ? value : value === null || value === undefined ? null : JSON.stringify(value);
}

export interface RankedRow {
  /** 1 for the core's best set. */
  readonly rank: number;
  readonly row: SweepRow;
}

/** The rows in the chosen order; missing values (null, infinite) always go last; ties keep the rank order. */
export function sortSweepRows(rows: readonly SweepRow[], sort: SweepSort): RankedRow[] {
  const ranked = rows.map((row, index) => ({ rank: index + 1, row }));
  if (sort.key === 'rank') return sort.isDescending ? ranked.reverse() : ranked;
  return ranked.sort((a, b) => {
    const x = sortValue(a.row, sort.key);
    const y = sortValue(b.row, sort.key);
    if (x === null || y === null) return x === y ? a.rank - b.rank : x === null ? 1 : -1;
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
    return order === 0 ? a.rank - b.rank : sort.isDescending ? -order : order;
  });
}

const sameValue = (a: unknown, b: unknown): boolean => a === b || JSON.stringify(a) === JSON.stringify(b);

function distinct(rows: readonly SweepRow[], axis: string): unknown[] {
  const values: unknown[] = [];
  for (const row of rows) if (!values.some((known) => sameValue(known, row.params[axis]))) values.push(row.params[axis]);
  return values.sort((a, b) => (typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b))));
}

export interface HeatCell {
  readonly x: unknown;
  readonly y: unknown;
  /** The best-ranked set at this x and y (other axes at their best), or null where every set was skipped. */
  readonly row: SweepRow | null;
  readonly value: number | null;
  readonly text: string;
  /** -1 (worst) to 1 (best) around the middle of the scale; null for no value. */
  readonly score: number | null;
}

export interface HeatmapModel {
  readonly xs: readonly unknown[];
  /** Top to bottom: highest first. */
  readonly ys: readonly unknown[];
  /** Row by row, top to bottom, each left to right. */
  readonly cells: readonly (readonly HeatCell[])[];
  readonly min: number | null;
  readonly max: number | null;
  /** The value coloured neutral: 0 when the values straddle it, else the middle of their range. */
  readonly centre: number | null;
}

/**
 * Two axes against each other for one metric. Where other axes vary too, a cell shows the
 * best-ranked set at its x and y. Colours diverge from the centre; a metric where lower is
 * better (drawdown) has its scale turned round, so green always means better.
 */
export function heatmapModel(rows: readonly SweepRow[], xAxis: string, yAxis: string, metric: string): HeatmapModel {
  const xs = distinct(rows, xAxis);
  const ys = distinct(rows, yAxis).reverse();
  const pick = (x: unknown, y: unknown): SweepRow | null => rows.find((row) => sameValue(row.params[xAxis], x) && sameValue(row.params[yAxis], y)) ?? null;
  const raw = ys.map((y) => xs.map((x) => ({ x, y, row: pick(x, y) })));
  const values = raw.flat().flatMap(({ row }) => {
    const value = row?.metrics[metric];
    return value === null || value === undefined || !Number.isFinite(value) ? [] : [value];
  });
  const min = values.length === 0 ? null : Math.min(...values);
  const max = values.length === 0 ? null : Math.max(...values);
  const centre = min === null || max === null ? null : min < 0 && max > 0 ? 0 : (min + max) / 2;
  const flip = metricSpec(metric).better === 'lower' ? -1 : 1;
  const score = (value: number): number => {
    if (min === null || max === null || centre === null) return 0;
    const spread = value >= centre ? max - centre : centre - min;
    return spread === 0 ? 0 : (flip * (value - centre)) / spread;
  };
  const cells = raw.map((line) =>
    line.map(({ x, y, row }): HeatCell => {
      const value = row?.metrics[metric];
      const finite = value === null || value === undefined || !Number.isFinite(value) ? null : value;
      return { x, y, row, value: finite, text: row === null ? '' : formatSweepMetric(metric, value), score: finite === null ? null : score(finite) };
    }),
  );
  return { xs, ys, cells, min, max, centre };
}

/** "6 sets · 0 skipped · 4 threads · 8,760 bars · 2.1 s · 2.9 runs/s". */
export function sweepSummary(result: Pick<SweepResultView, 'sets' | 'skipped' | 'threads' | 'bars' | 'elapsedMs'>): string {
  const seconds = result.elapsedMs / 1000;
  const rate = seconds > 0 ? result.sets / seconds : null;
  const count = (value: number): string => value.toLocaleString('en-US');
  return [
    `${count(result.sets)} sets`,
    `${count(result.skipped)} skipped`,
    `${count(result.threads)} ${result.threads === 1 ? 'thread' : 'threads'}`,
    `${count(result.bars)} bars`,
    `${seconds.toLocaleString('en-US', { maximumFractionDigits: seconds < 10 ? 1 : 0 })} s`,
    rate === null ? null : `${rate.toLocaleString('en-US', { maximumFractionDigits: rate < 10 ? 1 : 0 })} runs/s`,
  ]
    .filter((part) => part !== null)
    .join(' · ');
}
