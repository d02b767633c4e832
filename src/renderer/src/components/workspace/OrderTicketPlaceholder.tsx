import { useExchangeStatus } from '../../api/use-exchange';
import { EmptyState } from './EmptyState';
import { Panel } from './Panel';

/** The order ticket's column, until the ticket itself is built: it says what exists instead. */
export function OrderTicketPlaceholder() {
  const status = useExchangeStatus();
  const isConnected = (status.data?.connections ?? []).some((connection) => connection.state === 'connected');
  return (
    <Panel title="Order ticket" meta="Spot" className="ticket-panel">
      {isConnected ? (
        <EmptyState title="Order ticket — not built yet" testId="order-ticket-empty">
          The connected account's orders, their fills and cancelling are in the Orders panel below.
        </EmptyState>
      ) : (
        <EmptyState title="Order ticket — no account connected" testId="order-ticket-empty">
          Connect a Binance, Spot Testnet or custom account from the Orders panel below.
        </EmptyState>
      )}
    </Panel>
  );
}
