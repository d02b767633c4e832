import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import {
  BRACKET_STATUSES,
  ORDER_ORIGINS,
  ORDER_SIDES,
  ORDER_STATUSES,
  ORDER_TYPES,
  TIME_IN_FORCES,
} from '../../../shared/domain/enums';
import { accounts } from './accounts';
import { decimal, decimalChecks, enumChecks, flag, flagChecks, millis, ref } from './columns';
import { deployments } from './strategies';

/**
 * The order journal. The client order id is made locally and written (status `pending`)
 * before the order is sent, so it is the key reconciliation uses to find the order again.
 * Orders and fills are the ledger: deleting an account or deployment that has them is refused.
 */
export const orders = sqliteTable(
  'orders',
  {
    clientOrderId: text('client_order_id').primaryKey(),
    exchangeOrderId: text('exchange_order_id'),
    accountId: integer('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'restrict' }),
    symbol: text('symbol').notNull(),
    side: text('side', { enum: ORDER_SIDES }).notNull(),
    type: text('type', { enum: ORDER_TYPES }).notNull(),
    timeInForce: text('time_in_force', { enum: TIME_IN_FORCES }),
    price: decimal('price'),
    stopPrice: decimal('stop_price'),
    quantity: decimal('quantity'),
    quoteOrderQty: decimal('quote_order_qty'),
    status: text('status', { enum: ORDER_STATUSES }).notNull(),
    executedQty: decimal('executed_qty').notNull().default('0'),
    cumulativeQuoteQty: decimal('cumulative_quote_qty').notNull().default('0'),
    origin: text('origin', { enum: ORDER_ORIGINS }).notNull(),
    deploymentId: integer('deployment_id').references(() => deployments.id, {
      onDelete: 'restrict',
    }),
    /** The order this one replaced when it was moved (cancel + replace, one user action). */
    replacesClientOrderId: text('replaces_client_order_id'),
    /** The exchange order list (OCO) this order is a leg of. */
    listClientOrderId: text('list_client_order_id'),
    /** Found on the exchange by reconciliation, never journaled by us before sending. */
    isAdopted: flag('is_adopted').notNull().default(false),
    rejectReason: text('reject_reason'),
    /** Why sending or reconciling failed last; an `unknown` order keeps it until resolved. */
    lastError: text('last_error'),
    createdAt: millis('created_at').notNull(),
    updatedAt: millis('updated_at').notNull(),
    sentAt: millis('sent_at'),
  },
  (t) => [
    index('orders_status_idx').on(t.status),
    // The open orders of an account (reconciliation, in-doubt count) and of a symbol (the
    // MAX_NUM_ORDERS check before every order): point lookups per open status, never history.
    index('orders_account_status_idx').on(t.accountId, t.status),
    index('orders_account_symbol_status_idx').on(t.accountId, t.symbol, t.status),
    index('orders_account_symbol_created_idx').on(t.accountId, t.symbol, t.createdAt),
    index('orders_deployment_created_idx').on(t.deploymentId, t.createdAt),
    index('orders_created_idx').on(t.createdAt),
    // An account's history, newest first, across symbols; and the orders of its last minute.
    index('orders_account_created_idx').on(t.accountId, t.createdAt, t.clientOrderId),
    // Binance order ids are unique per symbol; null (not yet acknowledged) never collides.
    uniqueIndex('orders_account_symbol_exchange_id_unique').on(
      t.accountId,
      t.symbol,
      t.exchangeOrderId,
    ),
    ...enumChecks(t.side, t.type, t.timeInForce, t.status, t.origin),
    ...decimalChecks(
      t.price,
      t.stopPrice,
      t.quantity,
      t.quoteOrderQty,
      t.executedQty,
      t.cumulativeQuoteQty,
    ),
    ...flagChecks(t.isAdopted),
    check(
      'orders_strategy_has_deployment',
      sql`(${ref(t.origin)} = 'strategy') = (${ref(t.deploymentId)} is not null)`,
    ),
    check(
      'orders_has_amount',
      sql`${ref(t.quantity)} is not null or ${ref(t.quoteOrderQty)} is not null`,
    ),
  ],
);

/**
 * One execution. Keyed for deduplication by the exchange trade id, which Binance makes unique
 * per symbol: a trade replayed by the stream, a poll or a reconciliation is stored once.
 */
export const fills = sqliteTable(
  'fills',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    accountId: integer('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'restrict' }),
    symbol: text('symbol').notNull(),
    exchangeTradeId: text('exchange_trade_id').notNull(),
    orderClientId: text('order_client_id')
      .notNull()
      .references(() => orders.clientOrderId, { onDelete: 'restrict' }),
    price: decimal('price').notNull(),
    qty: decimal('qty').notNull(),
    quoteQty: decimal('quote_qty').notNull(),
    commission: decimal('commission').notNull(),
    commissionAsset: text('commission_asset'),
    isMaker: flag('is_maker').notNull(),
    time: millis('time').notNull(),
  },
  (t) => [
    uniqueIndex('fills_account_symbol_trade_unique').on(t.accountId, t.symbol, t.exchangeTradeId),
    index('fills_order_idx').on(t.orderClientId),
    index('fills_time_idx').on(t.time),
    index('fills_account_symbol_time_idx').on(t.accountId, t.symbol, t.time),
    index('fills_account_time_idx').on(t.accountId, t.time, t.id),
    ...decimalChecks(t.price, t.qty, t.quoteQty, t.commission),
    ...flagChecks(t.isMaker),
  ],
);

/**
 * Exits attached to an entry order: once the entry fills, a take-profit and a stop-loss are
 * placed as one OCO list (one cancels the other); with only one of them, a single order. The
 * plan is stored with the entry, so a restart between the fill and the exits still places them.
 */
export const brackets = sqliteTable(
  'brackets',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    accountId: integer('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'restrict' }),
    symbol: text('symbol').notNull(),
    entryClientOrderId: text('entry_client_order_id')
      .notNull()
      .references(() => orders.clientOrderId, { onDelete: 'restrict' }),
    takeProfitPrice: decimal('take_profit_price'),
    stopPrice: decimal('stop_price'),
    stopLimitPrice: decimal('stop_limit_price'),
    status: text('status', { enum: BRACKET_STATUSES }).notNull(),
    /** What the exits sell (or buy back): the entry's fill, less a fee taken in base. */
    quantity: decimal('quantity'),
    listClientOrderId: text('list_client_order_id'),
    takeProfitClientOrderId: text('take_profit_client_order_id'),
    stopClientOrderId: text('stop_client_order_id'),
    error: text('error'),
    createdAt: millis('created_at').notNull(),
    updatedAt: millis('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('brackets_entry_unique').on(t.entryClientOrderId),
    index('brackets_account_status_idx').on(t.accountId, t.status),
    ...enumChecks(t.status),
    ...decimalChecks(t.takeProfitPrice, t.stopPrice, t.stopLimitPrice, t.quantity),
    check('brackets_has_exit', sql`${ref(t.takeProfitPrice)} is not null or ${ref(t.stopPrice)} is not null`),
    check('brackets_stop_pair', sql`(${ref(t.stopPrice)} is null) = (${ref(t.stopLimitPrice)} is null)`),
  ],
);
