import { useState } from 'react';
import { type Account } from '../../../../shared/schemas/accounts';
import { useAccounts } from '../../api/use-accounts';
import { useOrders } from '../../api/use-orders';
import { describeApiError } from '../../api/form-errors';
import { InlineError } from '../common/InlineError';
import { EmptyState } from '../workspace/EmptyState';
import { OrdersTable } from './OrdersTable';
import { OrdersToolbar } from './OrdersToolbar';

/** Accounts with an exchange behind them; a paper account has no connection to show. */
function exchangeAccounts(accounts: readonly Account[]): Account[] {
  return accounts.filter((account) => account.environment !== 'paper');
}

/**
 * The order journal of one account, live: every order this app sent or found on the exchange,
 * what state it is in and why, with its fills, and a way to connect, reconcile and cancel.
 */
export function OrdersPanel() {
  const accounts = useAccounts();
  const [chosenId, setChosenId] = useState<number | null>(null);
  const [isOpenOnly, setIsOpenOnly] = useState(false);
  const choices = exchangeAccounts(accounts.data?.accounts ?? []);
  const account = choices.find((candidate) => candidate.id === chosenId) ?? choices[0] ?? null;
  const orders = useOrders(account === null ? null : { accountId: account.id, isOpenOnly });

  if (accounts.isError) {
    return (
      <InlineError onRetry={() => void accounts.refetch()} testId="orders-accounts-error">
        Could not load the accounts: {describeApiError(accounts.error)}
      </InlineError>
    );
  }
  if (accounts.data !== undefined && account === null) {
    return (
      <EmptyState title="No exchange account yet" testId="orders-no-account">
        Add a Binance, Spot Testnet or custom account under Settings → Accounts; its orders appear here.
      </EmptyState>
    );
  }
  return (
    <div className="orders-panel">
      <OrdersToolbar
        accounts={choices}
        account={account}
        onChooseAccount={setChosenId}
        isOpenOnly={isOpenOnly}
        onOpenOnlyChange={setIsOpenOnly}
        rowCount={orders.data?.orders.length ?? null}
      />
      {orders.isError ? (
        <InlineError onRetry={() => void orders.refetch()} testId="orders-error">
          Could not load the orders: {describeApiError(orders.error)}
        </InlineError>
      ) : orders.data !== undefined && orders.data.orders.length === 0 ? (
        <EmptyState title={isOpenOnly ? 'No open orders' : 'No orders yet'} testId="orders-empty">
          Orders placed from this app, by its strategies, or found on the exchange by a reconciliation are listed here.
        </EmptyState>
      ) : (
        <OrdersTable orders={orders.data?.orders ?? []} />
      )}
    </div>
  );
}
