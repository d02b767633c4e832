import { useMemo } from 'react';
import { type DeploymentTrade } from '../../../../shared/schemas/deployments';
import { formatDuration, formatMoney, formatPct } from '../../api/backtest-metrics';
import { describeApiError } from '../../api/form-errors';
import { useDeploymentTrades } from '../../api/use-deployments';
import { InlineError } from '../common/InlineError';
import { formatUtcMinute } from '../data/utc-time';
import { VirtualTable, type VirtualColumn } from '../history/VirtualTable';
import { EmptyState } from '../workspace/EmptyState';
import { listRows } from './list-rows';

const price = (value: number): string => value.toLocaleString('en-US', { maximumFractionDigits: value >= 100 ? 2 : 8 });
const qty = (value: number): string => value.toLocaleString('en-US', { maximumFractionDigits: 8 });
const tone = (value: number): string => (value > 0 ? 'pnl pnl--up' : value < 0 ? 'pnl pnl--down' : '');

const COLUMNS: readonly VirtualColumn<DeploymentTrade>[] = [
  { title: 'Entry (UTC)', width: '120px', cell: (trade) => formatUtcMinute(trade.entryTime), cellClass: () => 'num', testId: 'deployment-trade-entry' },
  { title: 'Exit (UTC)', width: '120px', cell: (trade) => formatUtcMinute(trade.exitTime), cellClass: () => 'num' },
  { title: 'Held', width: '80px', isNumber: true, cell: (trade) => formatDuration(trade.exitTime - trade.entryTime) },
  { title: 'Entry price', width: '104px', isNumber: true, cell: (trade) => price(trade.entryPrice) },
  { title: 'Exit price', width: '104px', isNumber: true, cell: (trade) => price(trade.exitPrice) },
  { title: 'Quantity', width: '100px', isNumber: true, cell: (trade) => qty(trade.quantity) },
  { title: 'Fees', width: '72px', isNumber: true, cell: (trade) => formatMoney(trade.fees) },
  { title: 'P&L', width: '88px', isNumber: true, cell: (trade) => formatMoney(trade.pnl), cellClass: (trade) => tone(trade.pnl), testId: 'deployment-trade-pnl' },
  { title: 'Return', width: '76px', isNumber: true, cell: (trade) => formatPct(trade.returnPct), cellClass: (trade) => tone(trade.returnPct) },
  { title: 'Exit reason', width: 'minmax(96px, 1fr)', cell: (trade) => trade.exitReason, cellClass: () => 'muted' },
];

const NO_RANGE = (): void => undefined;

/** Its closed round trips, newest first; only the rows in view are drawn, however many there are. */
export function DeploymentTradesTable({ id }: { id: number }) {
  const trades = useDeploymentTrades(id);
  const rows = useMemo(() => listRows([...(trades.data ?? [])].reverse()), [trades.data]);
  if (trades.isError) {
    return (
      <InlineError onRetry={() => void trades.refetch()} testId="deployment-trades-error">
        Could not load the trades: {describeApiError(trades.error)}
      </InlineError>
    );
  }
  if (trades.data === undefined) return <div className="toolbar-note dp-loading">loading…</div>;
  if (trades.data.length === 0) return <EmptyState title="No closed trade yet">A trade shows here once the strategy has entered and exited, with its prices, fees and result.</EmptyState>;
  return (
    <div className="history-body" data-testid="deployment-trades" data-count={trades.data.length}>
      <VirtualTable
        label="Closed trades"
        columns={COLUMNS}
        rows={rows}
        rowKey={(trade) => String(trade.id)}
        rowData={(trade) => ({ 'data-trade-id': String(trade.id), 'data-session-id': String(trade.sessionId ?? '') })}
        onRangeInView={NO_RANGE}
        testId="deployment-trades-table"
        rowTestId="deployment-trade-row"
      />
    </div>
  );
}
