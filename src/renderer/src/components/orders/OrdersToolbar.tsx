import { type Account } from '../../../../shared/schemas/accounts';
import { describeApiError } from '../../api/form-errors';
import { useConnectExchange, useConnectionOf, useDisconnectExchange, useReconcileOrders } from '../../api/use-exchange';
import { useTradingAccount } from '../../api/use-trading-account';

/**
 * The trading tabs' account (the chart's: choosing one here moves the chart too) and its link:
 * connect, disconnect, reconcile, and what the link is doing. Sits at the right of the bottom
 * panel's tab bar while a trading tab is shown.
 */
export function OrdersToolbar() {
  const { accounts, account, choose } = useTradingAccount();
  return (
    <div className="toolbar orders-toolbar" data-testid="trading-toolbar">
      <label className="field-inline">
        <span className="field-label">Account</span>
        <select
          className="select"
          data-testid="trading-account"
          value={account?.id ?? ''}
          title="The chart's account: the trading tabs and the chart show the same one"
          onChange={(event) => {
            const id = Number(event.target.value);
            choose(event.target.value !== '' && Number.isInteger(id) && id > 0 ? id : null);
          }}
        >
          <option value="">None — stored history</option>
          {accounts.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {candidate.name}
            </option>
          ))}
        </select>
      </label>
      {account !== null && account.environment !== 'paper' && <ConnectionControls account={account} />}
      {account !== null && account.environment === 'paper' && (
        <span className="toolbar-note" data-testid="trading-connection" data-state="paper">
          paper
        </span>
      )}
    </div>
  );
}

const STATE_WORDS = { connected: 'connected', connecting: 'connecting…', failed: 'failed', disconnected: 'not connected' } as const;

function ConnectionControls({ account }: { account: Account }) {
  const connection = useConnectionOf(account.id);
  const connect = useConnectExchange();
  const disconnect = useDisconnectExchange();
  const reconcile = useReconcileOrders();
  const state = connection?.state ?? 'disconnected';
  const isConnected = connection !== undefined && state !== 'failed';
  const busy = connect.isPending || disconnect.isPending;
  const actionError = connect.error ?? disconnect.error ?? reconcile.error;

  return (
    <>
      <span
        className={`orders-connection orders-connection--${state}`}
        data-testid="trading-connection"
        data-state={state}
        title={connection?.lastError ?? undefined}
      >
        {STATE_WORDS[state]}
      </span>
      {isConnected ? (
        <button type="button" className="btn btn--small" data-testid="exchange-disconnect" disabled={busy} onClick={() => disconnect.mutate(account.id)}>
          Disconnect
        </button>
      ) : (
        <button type="button" className="btn btn--small btn--primary" data-testid="exchange-connect" disabled={busy} onClick={() => connect.mutate(account.id)}>
          {connect.isPending ? 'Connecting…' : 'Connect'}
        </button>
      )}
      {isConnected && (
        <button
          type="button"
          className="btn btn--small"
          data-testid="orders-reconcile"
          disabled={reconcile.isPending || state !== 'connected'}
          title="Look every order that may still change up on the exchange now, adopt orders placed elsewhere and fetch missing fills. This also runs on connect, on stream reconnect and every 15 s while orders are unsettled."
          onClick={() => reconcile.mutate(account.id)}
        >
          {reconcile.isPending ? 'Reconciling…' : 'Reconcile'}
        </button>
      )}
      {actionError !== null ? (
        <span className="toolbar-note toolbar-note--error orders-toolbar-note" role="alert" data-testid="orders-action-error" title={describeApiError(actionError)}>
          {describeApiError(actionError)}
        </span>
      ) : (
        reconcile.data !== undefined && (
          <span
            className="toolbar-note orders-toolbar-note"
            data-testid="orders-reconcile-report"
            title={`Checked ${reconcile.data.checked}, updated ${reconcile.data.updated}, adopted ${reconcile.data.adopted}, ${reconcile.data.fillsAdded} new fills${reconcile.data.stillUnknown > 0 ? `, ${reconcile.data.stillUnknown} still unknown` : ''}`}
          >
            Checked {reconcile.data.checked}, updated {reconcile.data.updated}, adopted {reconcile.data.adopted}, {reconcile.data.fillsAdded} new fills
            {reconcile.data.stillUnknown > 0 ? `, ${reconcile.data.stillUnknown} still unknown` : ''}
          </span>
        )
      )}
    </>
  );
}
