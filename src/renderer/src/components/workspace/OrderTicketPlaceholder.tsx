import { EmptyState } from './EmptyState';
import { Panel } from './Panel';

/** The order ticket's column. Orders need an account, and none can be connected yet. */
export function OrderTicketPlaceholder() {
  return (
    <Panel title="Order ticket" meta="Spot" className="ticket-panel">
      <EmptyState title="Order ticket — no account connected yet" testId="order-ticket-empty">
        Connect a Binance, Spot Testnet or paper account to place orders here.
      </EmptyState>
    </Panel>
  );
}
