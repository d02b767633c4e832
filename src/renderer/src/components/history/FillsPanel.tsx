import { useMemo, useState } from 'react';
import { type FillRow } from '../../../../shared/schemas/orders';
import { describeApiError } from '../../api/form-errors';
import { fillKey } from '../../api/history-fetch';
import { historyRows } from '../../api/history-pages';
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
  const history = useFillHistory(filter);
  const rows = useMemo(() => historyRows(history.data), [history.data]);
  const onViewEnd = usePagesInView(history, rows);

  return (
    <div className="orders-panel">
      <div className="toolbar trading-subbar history-toolbar">
        <HistoryFilters form={form} onChange={setForm} hasState={false} testId="fills" />
        <div className="toolbar-spacer" />
        <PagingNote query={history} rows={rows} noun={['fill', 'fills']} testId="fills-count" />
      </div>
      {history.isError && history.data === undefined ? (
        <InlineError onRetry={() => void history.refetch()} testId="fills-error">
          Could not load the fills: {describeApiError(history.error)}
        </InlineError>
      ) : history.data !== undefined && rows.total === 0 ? (
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
            onViewEnd={onViewEnd}
            testId="fills-table"
            rowTestId="fills-row"
          />
        </div>
      )}
    </div>
  );
}
