import { type Account } from '../../../../shared/schemas/accounts';
import { describeApiError } from '../../api/form-errors';
import { useConnectExchange, useConnectionOf, useDisconnectExchange, useReconcileOrders } from '../../api/use-exchange';
import { LiveBadge } from '../common/LiveBadge';

interface Props {
  readonly accounts: readonly Account[];
  readonly account: Account | null;
  readonly onChooseAccount: (id: number) => void;
  readonly isOpenOnly: boolean;
  readonly onOpenOnlyChange: (isOpenOnly: boolean) => void;
  readonly rowCount: number | null;
}

export function OrdersToolbar({ accounts, account, onChooseAccount, isOpenOnly, onOpenOnlyChange, rowCount }: Props) {
  const connection = useConnectionOf(account?.id ?? null);
  const connect = useConnectExchange();
  const disconnect = useDisconnectExchange();
  const reconcile = useReconcileOrders();
  const isConnected = connection !== undefined && connection.state !== 'failed';
  const busy = connect.isPending || disconnect.isPending;
  const actionError = connect.error ?? disconnect.error ?? reconcile.error;

  return (
    <div className="toolbar orders-toolbar">
      <label className="field-inline">
        <span className="field-label">Account</span>
        <select
          className="select"
          data-testid="orders-account"
          value={account?.id ?? ''}
          onChange={(event) => {
            const id = Number(event.target.value);
            if (Number.isInteger(id) && id > 0) onChooseAccount(id);
          }}
        >
          {accounts.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {candidate.name}
            </option>
          ))}
        </select>
      </label>
      {account !== null &&
        (isConnected ? (
          <button type="button" className="btn btn--small" data-testid="exchange-disconnect" disabled={busy} onClick={() => disconnect.mutate(account.id)}>
            Disconnect
          </button>
        ) : (
          <button type="button" className="btn btn--small btn--primary" data-testid="exchange-connect" disabled={busy} onClick={() => connect.mutate(account.id)}>
            {connect.isPending ? 'Connecting…' : 'Connect'}
          </button>
        ))}
      {account !== null && isConnected && (
        <button
          type="button"
          className="btn btn--small"
          data-testid="orders-reconcile"
          disabled={reconcile.isPending || connection.state !== 'connected'}
          title="Look every order that may still change up on the exchange now, adopt orders placed elsewhere and fetch missing fills. This also runs on connect, on stream reconnect and every 15 s while orders are unsettled."
          onClick={() => reconcile.mutate(account.id)}
        >
          {reconcile.isPending ? 'Reconciling…' : 'Reconcile'}
        </button>
      )}
      <label className="field-inline">
        <input type="checkbox" className="switch" data-testid="orders-open-only" checked={isOpenOnly} onChange={(event) => onOpenOnlyChange(event.target.checked)} />
        <span className="field-label">Open only</span>
      </label>
      {actionError !== null ? (
        <span className="toolbar-note toolbar-note--error orders-toolbar-note" role="alert" data-testid="orders-action-error" title={describeApiError(actionError)}>
          {describeApiError(actionError)}
        </span>
      ) : (
        reconcile.data !== undefined && (
          <span className="toolbar-note orders-toolbar-note" data-testid="orders-reconcile-report">
            Checked {reconcile.data.checked}, updated {reconcile.data.updated}, adopted {reconcile.data.adopted}, {reconcile.data.fillsAdded} new fills
            {reconcile.data.stillUnknown > 0 ? `, ${reconcile.data.stillUnknown} still unknown` : ''}
          </span>
        )
      )}
      <div className="toolbar-spacer" />
      <span className="toolbar-note num" data-testid="orders-count">
        {rowCount === null ? 'loading…' : `${rowCount.toLocaleString()} ${rowCount === 1 ? 'order' : 'orders'}`}
      </span>
      <LiveBadge title="Orders change here as the exchange reports them" />
    </div>
  );
}
