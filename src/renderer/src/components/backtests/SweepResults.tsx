import { useMemo, useState } from 'react';
import { type SweepResultView } from '../../../../shared/schemas/backtests';
import { formatPct } from '../../api/backtest-metrics';
import { describeApiError } from '../../api/form-errors';
import {
  formatSweepMetric,
  heatmapModel,
  latestProgress,
  metricLabel,
  metricSpec,
  nextSweepSort,
  paramText,
  RANK_SORT,
  sortSweepRows,
  sweepSummary,
  SWEEP_TABLE_METRICS,
  type SweepRow,
} from '../../api/sweep-results';
import { useRunBacktest } from '../../api/use-backtests';
import { useSweep, useSweepProgress, type SweepRunInput } from '../../api/use-sweeps';
import { InlineError } from '../common/InlineError';
import { EmptyState } from '../workspace/EmptyState';
import { formatUtcDate } from '../data/utc-time';

interface Props {
  readonly id: number;
  /** What the sweep was asked: a row runs again with it as a single backtest. */
  readonly setup: SweepRunInput | null;
  readonly onBack: () => void;
  /** A row or cell started a backtest. */
  readonly onRan: (runId: number) => void;
}

/** A sweep's results: the summary, every set in a sortable table, a heatmap of two axes, or the walk-forward folds. */
export function SweepResults({ id, setup, onBack, onRan }: Props) {
  const sweep = useSweep(id);
  const events = useSweepProgress();
  const runBacktest = useRunBacktest();
  const progress = latestProgress(events[id], sweep.data?.progress);
  const result = sweep.data;
  const isStopped = progress !== undefined && progress.status !== 'running';

  const runSet = (row: SweepRow): void => {
    if (setup === null || runBacktest.isPending) return;
    const { grid: _grid, rank: _rank, walkForwardWindows: _windows, params, ...rest } = setup;
    runBacktest.mutate({ ...rest, params: { ...params, ...row.params } }, { onSuccess: (run) => onRan(run.id) });
  };

  return (
    <div className="sw-view" data-testid="sweep-view" data-sweep-id={id} data-status={progress?.status}>
      <div className="toolbar">
        <button type="button" className="btn btn--small" data-testid="sweep-back" onClick={onBack}>
          ← Runs
        </button>
        <span className="toolbar-title">Sweep #{id}</span>
        {result !== undefined && isStopped && (
          <span className="toolbar-note num" data-testid="sweep-summary">
            {sweepSummary(result)} · ranked by {metricLabel(result.rank)}
          </span>
        )}
        <div className="toolbar-spacer" />
        {setup !== null && <span className="toolbar-note">{runBacktest.isPending ? 'Starting the run…' : 'Click a set to run it as a backtest'}</span>}
      </div>
      {runBacktest.error !== null && (
        <div className="form-error" role="alert" data-testid="sweep-run-error">
          Could not run that set: {describeApiError(runBacktest.error)}
        </div>
      )}
      {sweep.isError ? (
        <InlineError onRetry={() => void sweep.refetch()} testId="sweep-load-error">
          Could not read the sweep: {describeApiError(sweep.error)}
        </InlineError>
      ) : result === undefined || !isStopped ? (
        <EmptyState title={progress === undefined ? 'Loading the sweep…' : `Sweeping: ${progress.done.toLocaleString('en-US')} of ${progress.total.toLocaleString('en-US')} sets`}>
          The results show here when it ends.
        </EmptyState>
      ) : progress.status === 'failed' ? (
        <div className="form-error sw-failed" role="alert" data-testid="sweep-failed">
          The sweep failed: {progress.error ?? 'no reason given'}
        </div>
      ) : (
        <div className="sw-body">
          {result.walkForward !== null && <FoldsTable result={result} walkForward={result.walkForward} />}
          {result.rows.length > 0 && (
            <div className="sw-results-grid">
              <ResultsTable result={result} onRun={runSet} canRun={setup !== null} />
              {result.axes.length > 0 && <Heatmap result={result} onRun={runSet} canRun={setup !== null} />}
            </div>
          )}
          {result.rows.length === 0 && result.walkForward === null && <EmptyState title="No sets ran">Every combination was skipped or the sweep was cancelled before the first set.</EmptyState>}
        </div>
      )}
    </div>
  );
}

function ResultsTable({ result, onRun, canRun }: { result: SweepResultView; onRun: (row: SweepRow) => void; canRun: boolean }) {
  const [sort, setSort] = useState(RANK_SORT);
  const sorted = useMemo(() => sortSweepRows(result.rows, sort), [result.rows, sort]);
  const metrics = [result.rank, ...SWEEP_TABLE_METRICS.filter((key) => key !== result.rank)];
  const header = (key: string, label: string, isRight: boolean) => (
    <th key={key} className={isRight ? 'cell-right' : undefined} aria-sort={sort.key === key ? (sort.isDescending ? 'descending' : 'ascending') : undefined}>
      <button type="button" className="bt-sort" data-testid={`sweep-sort-${key}`} onClick={() => setSort(nextSweepSort(sort, key))}>
        {label}
        {sort.key === key ? (sort.isDescending ? ' ↓' : ' ↑') : ''}
      </button>
    </th>
  );
  return (
    <div className="sw-table-scroll">
      <table className="data-table data-table--dense sw-table" data-testid="sweep-results" data-count={result.rows.length}>
        <thead>
          <tr>
            {header('rank', '#', true)}
            {result.axes.map((axis) => header(`param:${axis}`, axis, true))}
            {metrics.map((key) => header(`metric:${key}`, metricLabel(key), true))}
          </tr>
        </thead>
        <tbody>
          {sorted.map(({ rank, row }) => (
            <tr
              key={row.fingerprint + String(rank)}
              className={`data-row${canRun ? ' is-clickable' : ''}`}
              data-testid="sweep-row"
              data-rank={rank}
              data-params={JSON.stringify(row.params)}
              tabIndex={canRun ? 0 : undefined}
              title={canRun ? 'Run this set as a backtest' : undefined}
              onClick={() => onRun(row)}
              onKeyDown={(event) => {
                if (event.key === 'Enter') onRun(row);
              }}
            >
              <td className="num cell-right muted">{rank}</td>
              {result.axes.map((axis) => (
                <td key={axis} className="num cell-right cell-strong">
                  {paramText(row.params[axis])}
                </td>
              ))}
              {metrics.map((key) => {
                const value = row.metrics[key];
                const tone = (key === 'netProfitPct' || key === 'cagr' || key === 'expectancy') && value !== null && value !== undefined ? (value > 0 ? ' bt-up' : value < 0 ? ' bt-down' : '') : '';
                return (
                  <td key={key} className={`num cell-right${tone}${key === result.rank ? ' sw-rank-col' : ''}`}>
                    {formatSweepMetric(key, value)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A cell's colour: green for better, red for worse, stronger further from the centre. */
function cellColour(score: number | null): string | undefined {
  if (score === null) return undefined;
  const strength = Math.round(12 + Math.min(1, Math.abs(score)) * 58);
  return `color-mix(in srgb, ${score >= 0 ? 'var(--buy)' : 'var(--sell)'} ${strength}%, transparent)`;
}

function Heatmap({ result, onRun, canRun }: { result: SweepResultView; onRun: (row: SweepRow) => void; canRun: boolean }) {
  const [xAxis, setXAxis] = useState(result.axes[0] ?? '');
  const [yAxis, setYAxis] = useState(result.axes[1] ?? result.axes[0] ?? '');
  const [metric, setMetric] = useState<string>(result.rank);
  const model = useMemo(() => heatmapModel(result.rows, xAxis, yAxis, metric), [result.rows, xAxis, yAxis, metric]);
  const metricKeys = [...new Set([result.rank, ...SWEEP_TABLE_METRICS, ...Object.keys(result.rows[0]?.metrics ?? {})])].filter((key) => metricSpec(key).kind !== 'duration');
  const others = result.axes.filter((axis) => axis !== xAxis && axis !== yAxis);
  return (
    <div className="sw-heatmap-box" data-testid="sweep-heatmap-box">
      <div className="sw-heatmap-controls">
        <AxisSelect label="X" testId="sweep-heatmap-x" axes={result.axes} value={xAxis} onChoose={setXAxis} />
        <AxisSelect label="Y" testId="sweep-heatmap-y" axes={result.axes} value={yAxis} onChoose={setYAxis} />
        <label className="sw-inline">
          Metric
          <select className="select" data-testid="sweep-heatmap-metric" value={metric} onChange={(event) => setMetric(event.target.value)}>
            {metricKeys.map((key) => (
              <option key={key} value={key}>
                {metricLabel(key)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div
        className="sw-heatmap"
        data-testid="sweep-heatmap"
        data-columns={model.xs.length}
        data-rows={model.ys.length}
        style={{ gridTemplateColumns: `auto repeat(${model.xs.length}, minmax(56px, 1fr))` }}
      >
        {model.cells.map((line, index) => (
          <div key={paramText(model.ys[index])} className="sw-heatmap-line">
            <div className="sw-heatmap-label num">{paramText(model.ys[index])}</div>
            {line.map((cell) => (
              <button
                type="button"
                key={paramText(cell.x)}
                className="sw-cell num"
                data-testid="sweep-cell"
                data-x={paramText(cell.x)}
                data-y={paramText(cell.y)}
                data-value={cell.value ?? ''}
                disabled={cell.row === null || !canRun}
                style={{ backgroundColor: cellColour(cell.score) }}
                title={cell.row === null ? 'No set here (skipped)' : `${xAxis} ${paramText(cell.x)}, ${yAxis} ${paramText(cell.y)}: ${metricLabel(metric)} ${cell.text}${canRun ? ' — click to run it' : ''}`}
                onClick={() => cell.row !== null && onRun(cell.row)}
              >
                {cell.row === null ? '·' : cell.text}
              </button>
            ))}
          </div>
        ))}
        <div className="sw-heatmap-line">
          <div className="sw-heatmap-label sw-heatmap-corner">
            {yAxis} ↑ / {xAxis} →
          </div>
          {model.xs.map((x) => (
            <div key={paramText(x)} className="sw-heatmap-label sw-heatmap-xlabel num">
              {paramText(x)}
            </div>
          ))}
        </div>
      </div>
      <div className="sw-heatmap-note">
        {metricLabel(metric)} from {formatSweepMetric(metric, model.min)} to {formatSweepMetric(metric, model.max)}; green is better.
        {others.length > 0 ? ` Each cell shows the best-ranked set over ${others.join(', ')}.` : ''}
      </div>
    </div>
  );
}

const FOLD_TEST_METRICS = ['netProfitPct', 'sharpe', 'maxDrawdown', 'tradeCount'] as const;

function FoldsTable({ result, walkForward }: { result: SweepResultView; walkForward: NonNullable<SweepResultView['walkForward']> }) {
  const axes = result.axes;
  return (
    <div className="sw-folds" data-testid="sweep-folds">
      <div className="bt-section-head">
        <span className="cell-strong">Walk-forward, {walkForward.folds.length} folds</span>
        <span className="muted num" data-testid="sweep-oos">
          Out of sample, stitched: net profit {formatPct(walkForward.metrics['netProfitPct'] ?? 0)} · Sharpe {formatSweepMetric('sharpe', walkForward.metrics['sharpe'])} · max drawdown{' '}
          {formatSweepMetric('maxDrawdown', walkForward.metrics['maxDrawdown'])} · {walkForward.tradeCount.toLocaleString('en-US')} trades
        </span>
      </div>
      <table className="data-table data-table--dense sw-table">
        <thead>
          <tr>
            <th>Fold</th>
            <th>Train (UTC)</th>
            <th>Test (UTC)</th>
            {axes.map((axis) => (
              <th key={axis} className="cell-right">
                {axis}
              </th>
            ))}
            <th className="cell-right">Train {metricLabel(result.rank)}</th>
            <th className="cell-right">Test {metricLabel(result.rank)}</th>
            {FOLD_TEST_METRICS.filter((key) => key !== result.rank).map((key) => (
              <th key={key} className="cell-right">
                Test {metricLabel(key)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {walkForward.folds.map((fold, index) => (
            <tr key={fold.testFrom} className="data-row" data-testid="sweep-fold">
              <td className="num">{index + 1}</td>
              <td className="num">
                {formatUtcDate(fold.trainFrom)} → {formatUtcDate(fold.trainTo)}
              </td>
              <td className="num">
                {formatUtcDate(fold.testFrom)} → {formatUtcDate(fold.testTo)}
              </td>
              {axes.map((axis) => (
                <td key={axis} className="num cell-right cell-strong">
                  {paramText(fold.params[axis])}
                </td>
              ))}
              <td className="num cell-right">{formatSweepMetric(result.rank, fold.trainMetrics[result.rank])}</td>
              <td className="num cell-right">{formatSweepMetric(result.rank, fold.testMetrics[result.rank])}</td>
              {FOLD_TEST_METRICS.filter((key) => key !== result.rank).map((key) => (
                <td key={key} className="num cell-right">
                  {formatSweepMetric(key, fold.testMetrics[key])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Which swept parameter a heatmap axis shows. */
function AxisSelect({ label, testId, axes, value, onChoose }: { label: string; testId: string; axes: readonly string[]; value: string; onChoose: (axis: string) => void }) {
  return (
    <label className="sw-inline">
      {label}
      <select className="select" data-testid={testId} value={value} onChange={(event) => onChoose(event.target.value)}>
        {axes.map((axis) => (
          <option key={axis} value={axis}>
            {axis}
          </option>
        ))}
      </select>
    </label>
  );
}
