import { type Fill, type Order } from '../../../../shared/schemas/orders';
import { describeApiError } from '../../api/form-errors';
import { useFills } from '../../api/use-orders';
import { formatDateTimeSeconds } from '../common/format';
import { plainAmount } from './trading-format';

interface FillColumn {
  readonly title: string;
  readonly isNumber: boolean;
  readonly cell: (fill: Fill) => string;
}

const FILL_COLUMNS: readonly FillColumn[] = [
  { title: 'Time', isNumber: false, cell: (fill) => formatDateTimeSeconds(fill.time) },
  { title: 'Trade id', isNumber: false, cell: (fill) => fill.tradeId },
  { title: 'Price', isNumber: true, cell: (fill) => plainAmount(fill.price) },
  { title: 'Amount', isNumber: true, cell: (fill) => plainAmount(fill.qty) },
  { title: 'Total', isNumber: true, cell: (fill) => plainAmount(fill.quoteQty) },
  { title: 'Fee', isNumber: true, cell: (fill) => `${plainAmount(fill.commission)} ${fill.commissionAsset ?? ''}`.trim() },
  { title: 'Role', isNumber: false, cell: (fill) => (fill.isMaker ? 'maker' : 'taker') },
];

/** The executions of one order, shown in a row under it: price, amount, fee and who made the market. */
export function OrderFills({ order, columnCount }: { order: Order; columnCount: number }) {
  return (
    <tr className="order-fills-row" data-testid="order-fills">
      <td colSpan={columnCount}>
        <FillsOfOrder order={order} rowTestId="fill-row" />
      </td>
    </tr>
  );
}

/** The fills of one order as a small table, or why there is none; also the history's detail pane. */
export function FillsOfOrder({ order, rowTestId }: { order: Order; rowTestId: string }) {
  const fills = useFills(order.clientOrderId, order.updatedAt);
  if (fills.isError) return <span className="toolbar-note--error">Could not load the fills: {describeApiError(fills.error)}</span>;
  if (fills.data === undefined) return <span className="toolbar-note">loading fills…</span>;
  if (fills.data.fills.length === 0) return <span className="toolbar-note">No fills. Client order id {order.clientOrderId}.</span>;
  return (
    <table className="fills-table">
      <thead>
        <tr>
          {FILL_COLUMNS.map((column) => (
            <th key={column.title} scope="col" className={column.isNumber ? 'cell-right' : undefined}>
              {column.title}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {fills.data.fills.map((fill) => (
          <tr key={fill.tradeId} data-testid={rowTestId}>
            {FILL_COLUMNS.map((column) => (
              <td key={column.title} className={column.isNumber ? 'num cell-right' : 'num'}>
                {column.cell(fill)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
