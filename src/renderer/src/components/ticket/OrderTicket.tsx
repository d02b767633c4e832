import { describeApiError } from '../../api/form-errors';
import { useAccounts } from '../../api/use-accounts';
import { useChartLayouts } from '../../api/use-chart-layouts';
import { useConnectExchange, useConnectionOf } from '../../api/use-exchange';
import { useMarketFilters } from '../../api/use-ticket-data';
import { InlineError } from '../common/InlineError';
import { EmptyState } from '../workspace/EmptyState';
import { Panel } from '../workspace/Panel';
import { TicketForm } from './TicketForm';

/**
 * The order ticket beside the chart. It trades the chart's account and symbol, so switching
 * either on the chart switches the ticket; it says plainly when there is nothing it can trade.
 */
export function OrderTicket() {
  const { layout } = useChartLayouts();
  const accounts = useAccounts();
  const account = accounts.data?.accounts.find((candidate) => candidate.id === layout.accountId) ?? null;
  return (
    <Panel title="Order ticket" meta={account === null ? layout.symbol : `${layout.symbol} · ${account.name}`} className="ticket-panel">
      {layout.accountId === null || (accounts.data !== undefined && account === null) ? (
        <EmptyState title="No account on the chart" testId="ticket-no-account">
          The ticket trades the chart's account and symbol: choose an account in the chart's Account menu.
        </EmptyState>
      ) : account === null ? (
        <EmptyState title="Loading…" />
      ) : account.environment === 'paper' ? (
        <EmptyState title="A paper account" testId="ticket-paper">
          {account.name} has no exchange behind it, so the ticket cannot send its orders. Paper trading runs in strategy deployments; choose an exchange account on the chart to trade here.
        </EmptyState>
      ) : (
        <ConnectedTicket accountId={account.id} symbol={layout.symbol} />
      )}
    </Panel>
  );
}

function ConnectedTicket({ accountId, symbol }: { accountId: number; symbol: string }) {
  const connection = useConnectionOf(accountId);
  const connect = useConnectExchange();
  const isConnected = connection?.state === 'connected';
  const filters = useMarketFilters(accountId, symbol, isConnected);
  if (!isConnected) {
    const isConnecting = connect.isPending || connection?.state === 'connecting';
    const problem = connect.error !== null ? describeApiError(connect.error) : connection?.lastError ?? null;
    return (
      <EmptyState title="Not connected" testId="ticket-not-connected">
        <span className="ticket-connect-text">Connect the account to see its balances and the book, and to send orders.</span>
        {problem !== null && (
          <span className="ticket-connect-error" role="alert">
            {problem}
          </span>
        )}
        <button type="button" className="btn btn--small btn--primary ticket-connect" data-testid="ticket-connect" disabled={isConnecting} onClick={() => connect.mutate(accountId)}>
          {isConnecting ? 'Connecting…' : 'Connect'}
        </button>
      </EmptyState>
    );
  }
  if (filters.isError) {
    return (
      <InlineError onRetry={() => void filters.refetch()} testId="ticket-filters-error">
        Could not load {symbol}'s trading rules: {describeApiError(filters.error)}
      </InlineError>
    );
  }
  if (filters.data === undefined) return <EmptyState title={`Loading ${symbol}'s trading rules…`} />;
  // A fresh ticket for each account and symbol: an amount in BTC means nothing on ETHUSDT.
  return <TicketForm key={`${accountId}:${symbol}`} accountId={accountId} filters={filters.data} />;
}
