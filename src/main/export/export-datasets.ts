import { type ExportValue } from './csv';

type Row = Record<string, unknown>;

interface Column {
  readonly name: string;
  readonly value: (row: Row) => ExportValue;
}

export interface Dataset {
  readonly columns: readonly Column[];
  /** Rows with `time` between the first two parameters (inclusive), oldest first. */
  sql(hasAccountFilter: boolean): string;
}

const isoTime = (ms: unknown): string | null => (ms === null || ms === undefined ? null : new Date(Number(ms)).toISOString());

/** Decimals are TEXT in the store and pass through as the exchange wrote them, never as floats. */
const text = (value: unknown): string | null => {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  throw new TypeError(`Unexpected ${typeof value} value in an export column`);
};

const column = (name: string, value: (row: Row) => ExportValue): Column => ({ name, value });
const textColumn = (name: string, field: string = name): Column => column(name, (row) => text(row[field]));

const ORDER_COLUMNS: readonly Column[] = [
  column('time', (row) => isoTime(row.created_at)),
  textColumn('account'),
  column('account_id', (row) => Number(row.account_id)),
  textColumn('symbol'),
  textColumn('side'),
  textColumn('type'),
  textColumn('time_in_force'),
  textColumn('status'),
  textColumn('price'),
  textColumn('stop_price'),
  textColumn('quantity'),
  textColumn('quote_order_qty'),
  textColumn('executed_qty'),
  textColumn('cumulative_quote_qty'),
  textColumn('client_order_id'),
  textColumn('exchange_order_id'),
  textColumn('origin'),
  column('deployment_id', (row) => (row.deployment_id === null ? null : Number(row.deployment_id))),
  column('updated_time', (row) => isoTime(row.updated_at)),
];

const FILL_COLUMNS: readonly Column[] = [
  column('time', (row) => isoTime(row.time)),
  textColumn('account'),
  column('account_id', (row) => Number(row.account_id)),
  textColumn('symbol'),
  textColumn('side'),
  textColumn('price'),
  textColumn('qty'),
  textColumn('quote_qty'),
  textColumn('commission'),
  textColumn('commission_asset'),
  column('is_maker', (row) => row.is_maker === 1),
  textColumn('trade_id', 'exchange_trade_id'),
  textColumn('order_client_id'),
  textColumn('exchange_order_id'),
];

const accountFilter = (alias: string, hasAccountFilter: boolean): string =>
  hasAccountFilter ? ` and ${alias}.account_id = ?` : '';

export const DATASETS = {
  orders: {
    columns: ORDER_COLUMNS,
    sql: (hasAccountFilter) =>
      `select o.*, a.name as account from orders o join accounts a on a.id = o.account_id
       where o.created_at >= ? and o.created_at <= ?${accountFilter('o', hasAccountFilter)}
       order by o.created_at, o.client_order_id`,
  },
  fills: {
    columns: FILL_COLUMNS,
    sql: (hasAccountFilter) =>
      `select f.*, a.name as account, o.side, o.exchange_order_id from fills f
       join accounts a on a.id = f.account_id
       join orders o on o.client_order_id = f.order_client_id
       where f.time >= ? and f.time <= ?${accountFilter('f', hasAccountFilter)}
       order by f.time, f.id`,
  },
} as const satisfies Record<string, Dataset>;
