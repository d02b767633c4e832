import { type BacktestSummary } from '../../../shared/schemas/backtests';

/** How a metric reads: money in the quote asset, a fraction as a percentage, a plain ratio, a count, a span of time. */
export type MetricKind = 'money' | 'pct' | 'ratio' | 'count' | 'duration';

export interface MetricSpec {
  readonly key: string;
  readonly label: string;
  readonly kind: MetricKind;
  /** Which way is better when runs are compared; null when neither is. */
  readonly better: 'higher' | 'lower' | null;
}

/** The metrics a run page and a comparison show, in this order. */
export const METRICS: readonly MetricSpec[] = [
  { key: 'netProfit', label: 'Net profit', kind: 'money', better: 'higher' },
  { key: 'netProfitPct', label: 'Net profit %', kind: 'pct', better: 'higher' },
  { key: 'buyAndHoldPct', label: 'Buy and hold %', kind: 'pct', better: null },
  { key: 'finalEquity', label: 'Final equity', kind: 'money', better: 'higher' },
  { key: 'initialCapital', label: 'Initial capital', kind: 'money', better: null },
  { key: 'cagr', label: 'CAGR', kind: 'pct', better: 'higher' },
  { key: 'sharpe', label: 'Sharpe', kind: 'ratio', better: 'higher' },
  { key: 'sortino', label: 'Sortino', kind: 'ratio', better: 'higher' },
  { key: 'calmar', label: 'Calmar', kind: 'ratio', better: 'higher' },
  { key: 'maxDrawdown', label: 'Max drawdown', kind: 'pct', better: 'lower' },
  { key: 'maxDrawdownDurationMs', label: 'Longest drawdown', kind: 'duration', better: 'lower' },
  { key: 'tradeCount', label: 'Trades', kind: 'count', better: null },
  { key: 'winRate', label: 'Win rate', kind: 'pct', better: 'higher' },
  { key: 'profitFactor', label: 'Profit factor', kind: 'ratio', better: 'higher' },
  { key: 'expectancy', label: 'Expectancy', kind: 'money', better: 'higher' },
  { key: 'exposure', label: 'Exposure', kind: 'pct', better: null },
  { key: 'averageTradeDurationMs', label: 'Average trade', kind: 'duration', better: null },
  { key: 'feesPaid', label: 'Fees paid', kind: 'money', better: 'lower' },
];

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "3 d 4 h", "5 h 12 min", "45 min": the two largest units. */
export function formatDuration(ms: number): string {
  if (ms < MINUTE) return `${Math.round(ms / 1000)} s`;
  if (ms < HOUR) return `${Math.round(ms / MINUTE)} min`;
  if (ms < DAY) {
    const hours = Math.floor(ms / HOUR);
    const minutes = Math.round((ms - hours * HOUR) / MINUTE);
    return minutes === 0 ? `${hours} h` : `${hours} h ${minutes} min`;
  }
  const days = Math.floor(ms / DAY);
  const hours = Math.round((ms - days * DAY) / HOUR);
  return hours === 0 ? `${days} d` : `${days} d ${hours} h`;
}

const grouped = (value: number, decimals: number): string =>
  value.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });

/** A fraction as a signed-when-negative percentage: 0.1234 → "12.34 %". */
export function formatPct(fraction: number): string {
  return `${grouped(fraction * 100, 2)} %`;
}

export function formatMoney(value: number): string {
  return grouped(value, 2);
}

/** A metric for a person; null (an infinite profit factor, a ratio with no spread) reads "—". */
export function formatMetric(kind: MetricKind, value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  switch (kind) {
    case 'money':
      return formatMoney(value);
    case 'pct':
      return formatPct(value);
    case 'ratio':
      return grouped(value, 2);
    case 'count':
      return grouped(value, 0);
    case 'duration':
      return formatDuration(value);
  }
}

/** Up or down for profit-like metrics, so a loss shows red; neutral otherwise. */
export function metricTone(spec: MetricSpec, value: number | null | undefined): 'up' | 'down' | null {
  if (value === null || value === undefined || spec.better !== 'higher' || spec.kind === 'count') return null;
  if (spec.key === 'netProfit' || spec.key === 'netProfitPct' || spec.key === 'cagr' || spec.key === 'expectancy') return value > 0 ? 'up' : value < 0 ? 'down' : null;
  return null;
}

export interface MetricRow {
  readonly key: string;
  readonly label: string;
  readonly text: string;
  readonly tone: 'up' | 'down' | null;
}

/** The metrics table of one run. */
export function metricRows(metrics: Readonly<Record<string, number | null>>): MetricRow[] {
  return METRICS.map((spec) => ({ key: spec.key, label: spec.label, text: formatMetric(spec.kind, metrics[spec.key]), tone: metricTone(spec, metrics[spec.key]) }));
}

export interface CompareCell {
  readonly text: string;
  /** The best value of its row, when the row has a better direction and the runs differ. */
  readonly isBest: boolean;
}

export interface CompareRow {
  readonly key: string;
  readonly label: string;
  readonly group: 'setup' | 'params' | 'metrics';
  readonly cells: readonly CompareCell[];
  /** Not every run has the same value: worth a look. */
  readonly isDifferent: boolean;
}

export interface CompareModel {
  readonly columns: readonly { readonly id: number; readonly title: string }[];
  readonly rows: readonly CompareRow[];
}

const paramText = (value: unknown): string =>
  value === null || value === undefined ? 'off' : typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean' ? String(value) : JSON.stringify(value);

function textRow(key: string, label: string, group: CompareRow['group'], texts: readonly string[]): CompareRow {
  return { key, label, group, cells: texts.map((text) => ({ text, isBest: false })), isDifferent: new Set(texts).size > 1 };
}

/**
 * Runs side by side: what they were run on, their parameters (the union of every run's keys),
 * then every metric with the best one marked.
 */
export function compareModel(runs: readonly BacktestSummary[]): CompareModel {
  const columns = runs.map((run) => ({ id: run.id, title: `#${run.id} ${run.strategy}` }));
  const setup: CompareRow[] = [
    textRow('series', 'Series', 'setup', runs.map((run) => `${run.symbol} ${run.interval}`)),
    textRow('fees', 'Fees maker / taker', 'setup', runs.map((run) => `${formatPct(run.makerFee)} / ${formatPct(run.takerFee)}`)),
    textRow('slippage', 'Slippage', 'setup', runs.map((run) => `${run.slippageBps} bps`)),
  ];
  const paramKeys = [...new Set(runs.flatMap((run) => Object.keys(run.params)))];
  const params = paramKeys.map((key) => textRow(`param:${key}`, key, 'params', runs.map((run) => (key in run.params ? paramText(run.params[key]) : '—'))));
  const metrics = METRICS.map((spec): CompareRow => {
    const values = runs.map((run) => run.metrics?.[spec.key] ?? null);
    const finite = values.filter((value): value is number => value !== null && Number.isFinite(value));
    const best = spec.better === null || finite.length < 2 || new Set(finite).size < 2 ? null : spec.better === 'higher' ? Math.max(...finite) : Math.min(...finite);
    const texts = values.map((value) => formatMetric(spec.kind, value));
    return {
      key: `metric:${spec.key}`,
      label: spec.label,
      group: 'metrics',
      cells: values.map((value, index) => ({ text: texts[index] ?? '—', isBest: best !== null && value === best })),
      isDifferent: new Set(texts).size > 1,
    };
  });
  return { columns, rows: [...setup, ...params, ...metrics] };
}
