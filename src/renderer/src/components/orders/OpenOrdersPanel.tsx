import { useState } from 'react';
import { type Account } from '../../../../shared/schemas/accounts';
import { type Order } from '../../../../shared/schemas/orders';
import { ORDER_LIST_LIMIT } from '../../api/order-cache';
import { describeApiError } from '../../api/form-errors';
import { useCancelAllOrders, useCancelEverything, useOrders } from '../../api/use-orders';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { InlineError } from '../common/InlineError';
import { LiveBadge } from '../common/LiveBadge';
import { EmptyState } from '../workspace/EmptyState';
import { OrdersTable } from './OrdersTable';
import { TradingFrame } from './TradingFrame';
import { openSymbols } from './open-symbols';

/** The chart account's orders that may still change, on every symbol, live, with ways to cancel them. */
export function OpenOrdersPanel() {
  return (
    <TradingFrame testId="open-orders" what="open orders">
      {(account, symbol) => <OpenOrders key={account.id} account={account} chartSymbol={symbol} />}
    </TradingFrame>
  );
}

function OpenOrders({ account, chartSymbol }: { account: Account; chartSymbol: string }) {
  const orders = useOrders({ accountId: account.id, isOpenOnly: true });
  const list = orders.data?.orders;
  return (
    <div className="orders-panel">
      <div className="toolbar trading-subbar">
        <span className="toolbar-note num" data-testid="orders-count">
          {list === undefined ? 'loading…' : list.length >= ORDER_LIST_LIMIT ? `newest ${ORDER_LIST_LIMIT} open orders` : `${list.length} open ${list.length === 1 ? 'order' : 'orders'}`}
        </span>
        <LiveBadge title="Orders come and go here as the exchange reports them" />
        <div className="toolbar-spacer" />
        {list !== undefined && <CancelButtons accountId={account.id} orders={list} chartSymbol={chartSymbol} />}
      </div>
      {orders.isError ? (
        <InlineError onRetry={() => void orders.refetch()} testId="orders-error">
          Could not load the orders: {describeApiError(orders.error)}
        </InlineError>
      ) : list !== undefined && list.length === 0 ? (
        <EmptyState title="No open orders" testId="orders-empty">
          Orders resting on the exchange, placed from this app, by its strategies or found there by a reconciliation, are listed here until they fill or end.
        </EmptyState>
      ) : (
        <OrdersTable orders={list ?? []} />
      )}
    </div>
  );
}

function CancelButtons({ accountId, orders, chartSymbol }: { accountId: number; orders: readonly Order[]; chartSymbol: string }) {
  const cancelSymbol = useCancelAllOrders();
  const cancelEverything = useCancelEverything();
  const [isConfirming, setIsConfirming] = useState(false);
  const symbols = openSymbols(orders);
  const openCount = symbols.reduce((sum, entry) => sum + entry.count, 0);
  const onChartSymbol = symbols.find((entry) => entry.symbol === chartSymbol)?.count ?? 0;
  const report = cancelEverything.data;
  const error = cancelSymbol.error ?? cancelEverything.error;

  return (
    <>
      {error !== null ? (
        <span className="toolbar-note toolbar-note--error orders-toolbar-note" role="alert" data-testid="open-orders-cancel-error" title={describeApiError(error)}>
          {describeApiError(error)}
        </span>
      ) : (
        report !== undefined &&
        report.failures.length > 0 && (
          <span className="toolbar-note toolbar-note--error orders-toolbar-note" role="alert" data-testid="open-orders-cancel-error">
            Not cancelled on {report.failures.map((failure) => `${failure.symbol}: ${failure.message}`).join('; ')}
          </span>
        )
      )}
      <button
        type="button"
        className="btn btn--small btn--quiet-danger"
        data-testid="open-orders-cancel-symbol"
        disabled={onChartSymbol === 0 || cancelSymbol.isPending}
        title={onChartSymbol === 0 ? `No open orders on ${chartSymbol}` : `Cancel the ${onChartSymbol} open ${onChartSymbol === 1 ? 'order' : 'orders'} on ${chartSymbol}, the chart's pair`}
        onClick={() => cancelSymbol.mutate({ accountId, symbol: chartSymbol })}
      >
        {cancelSymbol.isPending ? 'Cancelling…' : `Cancel all ${chartSymbol}`}
      </button>
      <button
        type="button"
        className="btn btn--small btn--quiet-danger"
        data-testid="open-orders-cancel-all"
        disabled={symbols.length === 0 || cancelEverything.isPending}
        onClick={() => {
          cancelEverything.reset();
          setIsConfirming(true);
        }}
      >
        {cancelEverything.isPending ? 'Cancelling…' : 'Cancel all'}
      </button>
      {isConfirming && (
        <ConfirmDialog
          title="Cancel every open order?"
          confirmLabel={`Cancel ${openCount} ${openCount === 1 ? 'order' : 'orders'}`}
          tone="danger"
          isBusy={cancelEverything.isPending}
          error={cancelEverything.error === null ? null : describeApiError(cancelEverything.error)}
          testId="cancel-all-dialog"
          onCancel={() => setIsConfirming(false)}
          onConfirm={() =>
            cancelEverything.mutate(
              { accountId, symbols: symbols.map((entry) => entry.symbol) },
              { onSuccess: () => setIsConfirming(false) },
            )
          }
        >
          {symbols.map((entry) => `${entry.count} on ${entry.symbol}`).join(', ')} will be cancelled on the exchange. Orders that fill meanwhile stay filled.
        </ConfirmDialog>
      )}
    </>
  );
}
