import { type BacktestSummary } from '../../../../shared/schemas/backtests';
import { type ProgressById } from '../../api/backtest-cache';
import { formatMetric } from '../../api/backtest-metrics';
import { formatDateTime } from '../common/format';
import { formatUtcDate } from '../data/utc-time';

interface Props {
  readonly runs: readonly BacktestSummary[];
  readonly progress: ProgressById;
  readonly picked: ReadonlySet<number>;
  readonly onTogglePick: (id: number) => void;
  readonly onOpen: (id: number) => void;
}

/** Stored runs, newest first: a click opens one, the boxes pick runs to compare. */
export function RunsTable({ runs, progress, picked, onTogglePick, onOpen }: Props) {
  return (
    <table className="data-table bt-runs" data-testid="backtest-runs">
      <thead>
        <tr>
          <th className="bt-col-pick" aria-label="Compare" />
          <th>#</th>
          <th>Strategy</th>
          <th>Series</th>
          <th>Range (UTC)</th>
          <th>Status</th>
          <th className="cell-right">Net profit</th>
          <th className="cell-right">Max DD</th>
          <th className="cell-right">Sharpe</th>
          <th className="cell-right">Trades</th>
          <th>Created</th>
        </tr>
      </thead>
      <tbody>
        {runs.map((run) => {
          const done = progress[run.id]?.done;
          const metric = (key: string) => run.metrics?.[key] ?? null;
          const profit = metric('netProfitPct');
          return (
            <tr key={run.id} className="data-row is-clickable" data-testid="backtest-row" data-run-id={run.id} data-status={run.status} onClick={() => onOpen(run.id)}>
              <td className="bt-col-pick" onClick={(event) => event.stopPropagation()}>
                <input type="checkbox" aria-label={`Compare run ${run.id}`} data-testid="backtest-pick" checked={picked.has(run.id)} disabled={run.status !== 'completed'} onChange={() => onTogglePick(run.id)} />
              </td>
              <td className="num">{run.id}</td>
              <td className="cell-strong" title={JSON.stringify(run.params)}>
                {run.strategy}
              </td>
              <td className="num">
                {run.symbol} {run.interval}
              </td>
              <td className="num">
                {formatUtcDate(run.rangeStart)} → {formatUtcDate(run.rangeEnd)}
              </td>
              <td>
                <span className={`bt-status bt-status--${run.status}`} data-testid="backtest-row-status" title={run.error ?? undefined}>
                  {run.status === 'running' && done !== undefined ? `running ${Math.floor(done * 100)} %` : run.status}
                </span>
              </td>
              <td className={`num cell-right ${profit === null ? '' : profit > 0 ? 'bt-up' : profit < 0 ? 'bt-down' : ''}`}>{formatMetric('pct', profit)}</td>
              <td className="num cell-right">{formatMetric('pct', metric('maxDrawdown'))}</td>
              <td className="num cell-right">{formatMetric('ratio', metric('sharpe'))}</td>
              <td className="num cell-right" data-testid="backtest-row-trades">
                {formatMetric('count', metric('tradeCount'))}
              </td>
              <td className="num muted">{formatDateTime(run.createdAt)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
