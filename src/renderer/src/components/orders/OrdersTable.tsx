import { Fragment, useState } from 'react';
import { type Order } from '../../../../shared/schemas/orders';
import { OrderFills } from './OrderFills';
import { OrderRow } from './OrderRow';

interface OrderColumn {
  readonly title: string;
  readonly widthClass?: string;
}

const COLUMNS: readonly OrderColumn[] = [
  { title: 'Time', widthClass: 'col-time' },
  { title: 'Symbol', widthClass: 'col-symbol' },
  { title: 'Side', widthClass: 'col-side' },
  { title: 'Type', widthClass: 'col-type' },
  { title: 'Price', widthClass: 'col-num' },
  { title: 'Stop', widthClass: 'col-num' },
  { title: 'Amount', widthClass: 'col-num' },
  { title: 'Filled', widthClass: 'col-num' },
  { title: 'Status', widthClass: 'col-status' },
  { title: 'Origin', widthClass: 'col-origin' },
  { title: 'Problem' },
  { title: 'Actions', widthClass: 'col-actions' },
];

/** The journal's orders, newest first; a click on a row shows its fills under it. */
export function OrdersTable({ orders }: { orders: readonly Order[] }) {
  const [openId, setOpenId] = useState<string | null>(null);
  return (
    <div className="log-scroll">
      <table className="data-table data-table--dense orders-table" data-testid="orders-table">
        <colgroup>
          {COLUMNS.map((column) => (
            <col key={column.title} className={column.widthClass} />
          ))}
        </colgroup>
        <thead>
          <tr>
            {COLUMNS.map((column) =>
              column.title === 'Actions' ? (
                <th key={column.title} scope="col" aria-label={column.title} />
              ) : (
                <th key={column.title} scope="col" className={column.widthClass === 'col-num' ? 'cell-right' : undefined}>
                  {column.title}
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody>
          {orders.map((order) => (
            <Fragment key={order.clientOrderId}>
              <OrderRow order={order} isOpen={openId === order.clientOrderId} onToggle={() => setOpenId((id) => (id === order.clientOrderId ? null : order.clientOrderId))} />
              {openId === order.clientOrderId && <OrderFills order={order} columnCount={COLUMNS.length} />}
            </Fragment>
          ))}
        </tbody>
      </table>
    </div>
  );
}
