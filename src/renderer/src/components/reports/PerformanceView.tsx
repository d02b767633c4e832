import { useState } from 'react';
import { MiniHead } from './MiniHead';
import { Segmented } from '../common/Segmented';
import { DEPLOYMENT_MODES, PERFORMANCE_PERIODS, type DeploymentMode, type PerformancePeriod } from '../../../../shared/domain/enums';
import { describeApiError } from '../../api/form-errors';
import { usePerformance } from '../../api/use-reports';
import { formatDate } from '../common/format';
import { InlineError } from '../common/InlineError';
import { signedAmount, signOf } from '../orders/trading-format';
import { EmptyState } from '../workspace/EmptyState';
import { drawdownText, periodLabel, rateText, ratioText, signedPctText, toneOf } from './report-format';

const PERIOD_WORDS: Record<PerformancePeriod, string> = { day: 'Day', week: 'Week', month: 'Month', year: 'Year', all: 'All time' };
const MODE_WORDS: Record<DeploymentMode, string> = { paper: 'Paper', live: 'Live' };
/** Paper and live results per strategy for the chosen kind of period, newest period first. */
export function PerformanceView() {
  const [period, setPeriod] = useState<PerformancePeriod>('all');
  const [mode, setMode] = useState<DeploymentMode | null>(null);
  const performance = usePerformance(period, mode);
  const rows = performance.data?.rows ?? [];

  return (
    <div className="rp-main rp-performance">
      <div className="toolbar trading-subbar">
        <Segmented label="Period" options={PERFORMANCE_PERIODS.map((key) => ({ key, label: PERIOD_WORDS[key] }))} value={period} onChange={setPeriod} testIdPrefix="report-period-" />
        <Segmented
          label="Mode"
          options={[{ key: 'both', label: 'Paper and live' }, ...DEPLOYMENT_MODES.map((key) => ({ key, label: MODE_WORDS[key] }))]}
          value={mode ?? 'both'}
          onChange={(key) => setMode(key === 'both' ? null : key)}
          testIdPrefix="report-mode-"
        />
        <div className="toolbar-spacer" />
        <span className="toolbar-note" title="Sharpe: mean over standard deviation of the daily returns of the equity (capital put to work plus closed P&L), times √365. Profit factor: gross profit over gross loss.">
          Recomputed as each UTC day&apos;s report is written · Sharpe from daily returns, ×√365
        </span>
      </div>
      {performance.isPending ? (
        <EmptyState title="Loading the strategies’ results…" />
      ) : performance.isError ? (
        <InlineError onRetry={() => void performance.refetch()} testId="report-performance-error">
          Could not read the strategies&apos; results: {describeApiError(performance.error)}
        </InlineError>
      ) : rows.length === 0 ? (
        <EmptyState title="No results yet" testId="report-performance-empty">
          A deployed strategy&apos;s paper or live results appear here once a UTC day it traded in has finished and been reported.
        </EmptyState>
      ) : (
        <table className="data-table data-table--dense rp-perf" data-testid="report-performance-table">
          <MiniHead
            first={
              <>
                <th scope="col" className="rp-col-strategy">
                  Strategy
                </th>
                <th scope="col" className="rp-col-mode">
                  Mode
                </th>
                <th scope="col" className="rp-col-period">
                  {PERIOD_WORDS[period]}
                </th>
              </>
            }
            figures={['Trades', 'Win rate', 'Net P&L', 'Return', 'Max drawdown', 'Sharpe', 'Sortino', 'Profit factor', 'Computed']}
          />
          <tbody>
            {rows.map((row) => (
              <tr key={`${row.strategyId}-${row.mode}-${row.periodStart}`} className="data-row" data-testid="report-performance-row" data-strategy-id={row.strategyId} data-mode={row.mode}>
                <td className="cell-strong" title={row.strategyType}>
                  {row.strategyName}
                </td>
                <td>
                  <span className={`badge rp-mode rp-mode--${row.mode}`}>{row.mode}</span>
                </td>
                <td className="num" title={row.period === 'all' ? undefined : `${new Date(row.periodStart).toISOString().slice(0, 10)} to ${new Date(row.periodEnd - 1).toISOString().slice(0, 10)} (UTC)`}>
                  {periodLabel(row.period, row.periodStart, row.periodEnd)}
                </td>
                <td className="num cell-right">{row.tradeCount}</td>
                <td className="num cell-right">{rateText(row.winRate)}</td>
                <td className={`num cell-right pnl pnl--${signOf(row.netPnl)}`} title={`${row.netPnl} ${row.quoteAsset}`}>
                  {signedAmount(row.netPnl, row.quoteAsset)} <span className="muted">{row.quoteAsset}</span>
                </td>
                <td className={`num cell-right pnl pnl--${toneOf(row.returnPct)}`}>{signedPctText(row.returnPct)}</td>
                <td className="num cell-right">{drawdownText(row.maxDrawdownPct)}</td>
                <td className="num cell-right">{ratioText(row.sharpe)}</td>
                <td className="num cell-right">{ratioText(row.sortino)}</td>
                <td className="num cell-right">{ratioText(row.profitFactor)}</td>
                <td className="num cell-right muted">{formatDate(row.computedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
