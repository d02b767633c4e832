import { useMemo, useState } from 'react';
import { type FillRow } from '../../../../shared/schemas/orders';
import { describeApiError } from '../../api/form-errors';
import { fillKey } from '../../api/history-fetch';
import { useFillHistory } from '../../api/use-order-history';
import { useDebounced } from '../chart/use-debounced';
import { formatDateTimeSeconds } from '../common/format';
import { InlineError } from '../common/InlineError';
import { originText } from '../orders/order-labels';
import { TradingFrame } from '../orders/TradingFrame';
import { plainAmount } from '../orders/trading-format';
import { EmptyState } from '../workspace/EmptyState';
import { HistoryFilters } from './HistoryFilters';
import { EMPTY_FILTER_FORM, isFiltered, toFillFilter } from './history-filter-form';
import { PagingNote } from './PagingNote';
import { usePagesInView } from './use-pages-in-view';
import { VirtualTable, type VirtualColumn } from './VirtualTable';

const COLUMNS: readonly VirtualColumn<FillRow>[] = [
  { title: 'Time', width: '140px', cell: (fill) => formatDateTimeSeconds(fill.time), cellClass: () => 'num' },
  { title: 'Symbol', width: '92px', cell: (fill) => fill.symbol, cellClass: () => 'cell-strong' },
  { title: 'Side', width: '44px', cell: (fill) => fill.side.toLowerCase(), cellClass: (fill) => (fill.side === 'BUY' ? 'side--buy' : 'side--sell') },
  { title: 'Price', width: '112px', isNumber: true, cell: (fill) => plainAmount(fill.price), testId: 'fills-price' },
  { title: 'Quantity', width: '112px', isNumber: true, cell: (fill) => plainAmount(fill.qty), testId: 'fills-qty' },
  { title: 'Quote qty', width: '120px', isNumber: true, cell: (fill) => plainAmount(fill.quoteQty) },
  { title: 'Fee', width: '140px', isNumber: true, cell: (fill) => `${plainAmount(fill.commission)} ${fill.commissionAsset ?? ''}`.trim() },
  { title: 'Role', width: '56px', cell: (fill) => (fill.isMaker ? 'maker' : 'taker') },
  { title: 'Origin', width: 'minmax(112px, 1fr)', cell: originText },
];

/** Every execution on the chart's account, newest first, each once by its exchange trade id. */
export function FillsPanel() {
  return <TradingFrame testId="fills" what="fills">{(account) => <FillHistory key={account.id} accountId={account.id} />}</TradingFrame>;
}

function FillHistory({ accountId }: { accountId: number }) {
  const [form, setForm] = useState(EMPTY_FILTER_FORM);
  const settled = useDebounced(form, 250);
  const filter = useMemo(() => toFillFilter(accountId, settled), [accountId, settled]);
  const [view, onRangeInView] = usePagesInView();
  const history = useFillHistory(filter, view);
  const { rows, first } = history;

  return (
    <div className="orders-panel">
      <div className="toolbar trading-subbar history-toolbar">
        <HistoryFilters form={form} onChange={setForm} hasState={false} testId="fills" />
        <div className="toolbar-spacer" />
        <PagingNote query={{ isFetching: history.isFetching, isFetchNextPageError: history.isPageError, fetchNextPage: history.retryPages }} rows={rows} noun={['fill', 'fills']} testId="fills-count" />
      </div>
      {first.isError && first.data === undefined ? (
        <InlineError onRetry={() => void first.refetch()} testId="fills-error">
          Could not load the fills: {describeApiError(first.error)}
        </InlineError>
      ) : first.data !== undefined && rows.total === 0 ? (
        <EmptyState title={isFiltered(settled) ? 'No fills match' : 'No fills yet'} testId="fills-empty">
          {isFiltered(settled) ? 'No fill of this account matches these filters.' : 'Each execution of an order on this account shows here once, as the exchange reports it.'}
        </EmptyState>
      ) : (
        <div className="history-body">
          <VirtualTable
            label="Fills"
            columns={COLUMNS}
            rows={rows}
            rowKey={fillKey}
            rowData={(fill) => ({ 'data-trade-id': fill.tradeId, 'data-client-order-id': fill.clientOrderId })}
            onRangeInView={onRangeInView}
            testId="fills-table"
            rowTestId="fills-row"
          />
        </div>
      )}
    </div>
  );
}
