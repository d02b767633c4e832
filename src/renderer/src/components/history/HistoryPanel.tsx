import { useMemo, useState } from 'react';
import { type Order } from '../../../../shared/schemas/orders';
import { describeApiError } from '../../api/form-errors';
import { useOrderHistory } from '../../api/use-order-history';
import { useDebounced } from '../chart/use-debounced';
import { formatDateTimeSeconds } from '../common/format';
import { InlineError } from '../common/InlineError';
import { FillsOfOrder } from '../orders/OrderFills';
import { originText, statusText, typeText } from '../orders/order-labels';
import { TradingFrame } from '../orders/TradingFrame';
import { averagePriceText, plainAmount, priceStopText } from '../orders/trading-format';
import { EmptyState } from '../workspace/EmptyState';
import { HistoryFilters } from './HistoryFilters';
import { EMPTY_FILTER_FORM, isFiltered, toOrderFilter } from './history-filter-form';
import { PagingNote } from './PagingNote';
import { usePagesInView } from './use-pages-in-view';
import { VirtualTable, type VirtualColumn } from './VirtualTable';

const COLUMNS: readonly VirtualColumn<Order>[] = [
  { title: 'Time', width: '140px', cell: (order) => formatDateTimeSeconds(order.createdAt), cellClass: () => 'num' },
  { title: 'Symbol', width: '92px', cell: (order) => order.symbol, cellClass: () => 'cell-strong' },
  { title: 'Side', width: '44px', cell: (order) => order.side.toLowerCase(), cellClass: (order) => (order.side === 'BUY' ? 'side--buy' : 'side--sell') },
  { title: 'Type', width: '112px', cell: typeText },
  { title: 'Price / stop', width: '120px', isNumber: true, cell: priceStopText },
  { title: 'Quantity', width: '104px', isNumber: true, cell: (order) => (order.quantity === null ? `${plainAmount(order.quoteOrderQty)} quote` : plainAmount(order.quantity)) },
  { title: 'Filled', width: '104px', isNumber: true, cell: (order) => plainAmount(order.executedQty), testId: 'history-filled' },
  { title: 'Avg price', width: '112px', isNumber: true, cell: averagePriceText },
  {
    title: 'Status',
    width: '104px',
    cell: (order) => {
      const status = statusText(order.status);
      return (
        <span className={`order-status order-status--${status.tone}`} title={order.rejectReason ?? order.lastError ?? status.title}>
          {status.word}
        </span>
      );
    },
    testId: 'history-status',
  },
  { title: 'Origin', width: 'minmax(112px, 1fr)', cell: originText, testId: 'history-origin' },
];

/** Every order of the chart's account, newest first, filtered, as deep as the journal goes. */
export function HistoryPanel() {
  return <TradingFrame testId="history" what="orders">{(account) => <OrderHistory key={account.id} accountId={account.id} />}</TradingFrame>;
}

function OrderHistory({ accountId }: { accountId: number }) {
  const [form, setForm] = useState(EMPTY_FILTER_FORM);
  const settled = useDebounced(form, 250);
  const filter = useMemo(() => toOrderFilter(accountId, settled), [accountId, settled]);
  const [view, onRangeInView] = usePagesInView();
  const history = useOrderHistory(filter, view);
  const { rows, first } = history;
  const [selected, setSelected] = useState<Order | null>(null);

  return (
    <div className="orders-panel">
      <div className="toolbar trading-subbar history-toolbar">
        <HistoryFilters form={form} onChange={setForm} hasState testId="history" />
        <div className="toolbar-spacer" />
        <PagingNote query={{ isFetching: history.isFetching, isFetchNextPageError: history.isPageError, fetchNextPage: history.retryPages }} rows={rows} noun={['order', 'orders']} testId="history-count" />
      </div>
      {first.isError && first.data === undefined ? (
        <InlineError onRetry={() => void first.refetch()} testId="history-error">
          Could not load the order history: {describeApiError(first.error)}
        </InlineError>
      ) : first.data !== undefined && rows.total === 0 ? (
        <EmptyState title={isFiltered(settled) ? 'No orders match' : 'No orders yet'} testId="history-empty">
          {isFiltered(settled) ? 'No order of this account matches these filters.' : 'Every order placed from this app, by its strategies, or found on the exchange is kept here.'}
        </EmptyState>
      ) : (
        <div className="history-body">
          <VirtualTable
            label="Order history"
            columns={COLUMNS}
            rows={rows}
            rowKey={(order) => order.clientOrderId}
            rowClass={(order) => `order-row--${statusText(order.status).tone}`}
            rowData={(order) => ({ 'data-client-order-id': order.clientOrderId, 'data-status': order.status })}
            selectedKey={selected?.clientOrderId ?? null}
            onRowClick={(order) => setSelected((current) => (current?.clientOrderId === order.clientOrderId ? null : order))}
            onRangeInView={onRangeInView}
            testId="history-table"
            rowTestId="history-row"
          />
          {selected !== null && (
            <aside className="history-detail" data-testid="history-detail" aria-label={`Fills of ${selected.clientOrderId}`}>
              <div className="history-detail-head">
                <span className="cell-strong">{selected.symbol}</span>
                <span className={selected.side === 'BUY' ? 'side--buy' : 'side--sell'}>{selected.side.toLowerCase()}</span>
                <span className="toolbar-note history-detail-id" title={`Client order id ${selected.clientOrderId}${selected.exchangeOrderId === null ? '' : `\nExchange order id ${selected.exchangeOrderId}`}`}>
                  {selected.clientOrderId}
                </span>
                <div className="toolbar-spacer" />
                <button type="button" className="btn btn--small" data-testid="history-detail-close" onClick={() => setSelected(null)}>
                  Close
                </button>
              </div>
              <div className="history-detail-body">
                <FillsOfOrder order={selected} rowTestId="history-fill-row" />
              </div>
            </aside>
          )}
        </div>
      )}
    </div>
  );
}
