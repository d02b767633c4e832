import { useState } from 'react';
import { type BacktestTrade } from '../../api/backtest-trades';
import { describeApiError } from '../../api/form-errors';
import { useBacktest } from '../../api/use-backtests';
import { InlineError } from '../common/InlineError';
import { formatUtcDate } from '../data/utc-time';
import { EmptyState } from '../workspace/EmptyState';
import { EquityChart } from './EquityChart';
import { MetricsTable } from './MetricsTable';
import { TradeChart } from './TradeChart';
import { TradesTable } from './TradesTable';

const paramsText = (params: Record<string, unknown>): string =>
  Object.entries(params)
    .map(([key, value]) => `${key} ${value === null ? 'off' : String(value as string | number)}`)
    .join(' · ');

/** One run: what it was, its metrics, its equity and drawdown, its trades and a trade on the price chart. */
export function RunPage({ id, onBack }: { id: number; onBack: () => void }) {
  const detail = useBacktest(id);
  const [trade, setTrade] = useState<BacktestTrade | null>(null);

  if (detail.isPending) return <EmptyState title={`Loading run #${id}…`} />;
  if (detail.isError)
    return (
      <InlineError onRetry={() => void detail.refetch()} testId="backtest-run-error">
        Could not read run #{id}: {describeApiError(detail.error)}
      </InlineError>
    );
  const { run, trades, curve } = detail.data;
  return (
    <div className="bt-run" data-testid="backtest-run-page" data-run-id={run.id} data-status={run.status}>
      <div className="toolbar bt-run-head">
        <button type="button" className="btn btn--small" data-testid="backtest-back" onClick={onBack}>
          ← Runs
        </button>
        <span className="toolbar-title">
          #{run.id} {run.strategy} v{run.strategyVersion}
        </span>
        <span className="toolbar-note num">
          {run.symbol} {run.interval} · {formatUtcDate(run.rangeStart)} → {formatUtcDate(run.rangeEnd)} UTC
        </span>
        <span className="toolbar-note num bt-run-params" title={paramsText(run.params)}>
          {paramsText(run.params)}
        </span>
      </div>
      {run.status !== 'completed' ? (
        <EmptyState title={`This run is ${run.status}`}>{run.error ?? 'Metrics, curves and trades come with a completed run.'}</EmptyState>
      ) : (
        <div className="bt-run-body">
          <div className="bt-run-metrics">{run.metrics !== null && <MetricsTable metrics={run.metrics} />}</div>
          <div className="bt-run-charts">
            <EquityChart curve={curve} />
            {trade === null ? (
              <div className="bt-trade-hint">Click a trade to see it on the price chart.</div>
            ) : (
              <TradeChart run={run} trade={trade} onClose={() => setTrade(null)} />
            )}
          </div>
          <div className="bt-run-trades">
            {trades.length === 0 ? <EmptyState title="No trades in this run" /> : <TradesTable trades={trades} selectedSeq={trade?.seq ?? null} onSelect={setTrade} />}
          </div>
        </div>
      )}
    </div>
  );
}
