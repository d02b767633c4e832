import { and, asc, count, desc, eq, gte, inArray, lt, lte, notInArray, or, sql, type SQL } from 'drizzle-orm';
import { OPEN_ORDER_STATUSES } from '../../shared/domain/enums';
import { type FillHistoryInput, type FillRow, type HistoryCursor, type Order, type OrderHistoryInput } from '../../shared/schemas/orders';
import { type AccountingFill } from '../../shared/portfolio/average-cost';
import { toFill, toOrder } from '../orders/order-mapper';
import { fills, orders } from '../store/schema';
import { type StoreDb } from '../store/open-store';

/*
 * The account's orders and fills, newest first, a page at a time. Pages are keyed, not
 * offset: a page starts strictly after the previous page's last row in the order
 * (time desc, key desc), so a page costs the same however deep it is, and rows that arrive
 * meanwhile never shift or repeat what the next page shows. `from` and `to` are both inclusive.
 * A page may instead be asked for by `offset` (random access: a list scrolled far down asks for
 * the rows at that position): the same ORDER BY with LIMIT/OFFSET, which steps over the skipped
 * index entries (about 9 ms for a page at offset 99,000 of 100,000 orders, see the test) but needs no walk.
 *
 * Indexes used (EXPLAIN QUERY PLAN in history-queries.test.ts):
 * - orders by account only: orders_created_idx (created_at), newest first, account filtered;
 * - orders of a symbol: orders_account_symbol_created_idx; of a deployment:
 *   orders_deployment_created_idx; open orders: orders_account_status_idx (few rows);
 * - fills: fills_time_idx (time, and the rowid `id` as the tie-break for free), or
 *   fills_account_symbol_time_idx with a symbol; the order of each fill by its primary key.
 */

function originConditions(origin: OrderHistoryInput['origin']): SQL[] {
  switch (origin) {
    case 'manual':
      return [eq(orders.origin, 'manual'), eq(orders.isAdopted, false)];
    case 'strategy':
      return [eq(orders.origin, 'strategy')];
    case 'adopted':
      return [eq(orders.isAdopted, true)];
    case 'all':
      return [];
  }
}

function orderConditions(input: OrderHistoryInput): SQL[] {
  // A deployment's orders are a small share of the account's: the unary + keeps SQLite from
  // walking the account index, so it takes orders_deployment_created_idx instead.
  const account = input.deploymentId === undefined ? eq(orders.accountId, input.accountId) : sql`+${orders.accountId} = ${input.accountId}`;
  const conditions: SQL[] = [account, ...originConditions(input.origin)];
  if (input.symbol !== undefined) conditions.push(eq(orders.symbol, input.symbol));
  if (input.side !== undefined) conditions.push(eq(orders.side, input.side));
  if (input.deploymentId !== undefined) conditions.push(eq(orders.deploymentId, input.deploymentId));
  if (input.from !== undefined) conditions.push(gte(orders.createdAt, input.from));
  if (input.to !== undefined) conditions.push(lte(orders.createdAt, input.to));
  if (input.state === 'open') conditions.push(inArray(orders.status, [...OPEN_ORDER_STATUSES]));
  if (input.state === 'done') conditions.push(notInArray(orders.status, [...OPEN_ORDER_STATUSES]));
  return conditions;
}

/** The count comes with the first page only: no cursor, and no offset past the top. */
const isFirstPage = (input: { cursor?: HistoryCursor | undefined; offset?: number | undefined }): boolean => input.cursor === undefined && (input.offset ?? 0) === 0;

/** Rows strictly after (time, key) in the order (time desc, key desc); a range the index can seek. */
function after(timeColumn: typeof orders.createdAt | typeof fills.time, keyCondition: SQL | undefined, cursor: HistoryCursor): SQL {
  return and(lte(timeColumn, cursor.time), or(lt(timeColumn, cursor.time), keyCondition)) as SQL;
}

/** The statements of one orders page, unexecuted, so a test can EXPLAIN them. */
export function orderHistoryQueries(db: StoreDb, input: OrderHistoryInput) {
  const conditions = orderConditions(input);
  const page = [...conditions];
  if (input.cursor !== undefined) page.push(after(orders.createdAt, lt(orders.clientOrderId, input.cursor.key), input.cursor));
  return {
    count: db.select({ n: count() }).from(orders).where(and(...conditions)),
    page: db
      .select()
      .from(orders)
      .where(and(...page))
      .orderBy(desc(orders.createdAt), desc(orders.clientOrderId))
      .limit(input.limit + 1)
      .offset(input.offset ?? 0),
  };
}

export function orderHistory(db: StoreDb, input: OrderHistoryInput): { orders: Order[]; nextCursor: HistoryCursor | null; total: number | null } {
  const queries = orderHistoryQueries(db, input);
  const total = isFirstPage(input) ? (queries.count.get()?.n ?? 0) : null;
  const rows = queries.page.all();
  const shown = rows.slice(0, input.limit);
  const last = shown.at(-1);
  return {
    orders: shown.map(toOrder),
    nextCursor: rows.length > input.limit && last !== undefined ? { time: last.createdAt, key: last.clientOrderId } : null,
    total,
  };
}

function fillConditions(input: FillHistoryInput): SQL[] {
  const conditions: SQL[] = [eq(fills.accountId, input.accountId), ...originConditions(input.origin)];
  if (input.symbol !== undefined) conditions.push(eq(fills.symbol, input.symbol));
  if (input.side !== undefined) conditions.push(eq(orders.side, input.side));
  if (input.deploymentId !== undefined) conditions.push(eq(orders.deploymentId, input.deploymentId));
  if (input.from !== undefined) conditions.push(gte(fills.time, input.from));
  if (input.to !== undefined) conditions.push(lte(fills.time, input.to));
  return conditions;
}

/** A fill cursor's key is the fill's id written as digits; anything else starts from the top. */
function fillKey(cursor: HistoryCursor): number {
  return /^\d{1,15}$/.test(cursor.key) ? Number(cursor.key) : Number.MAX_SAFE_INTEGER;
}

/** The statements of one fills page, unexecuted, so a test can EXPLAIN them. */
export function fillHistoryQueries(db: StoreDb, input: FillHistoryInput) {
  const conditions = fillConditions(input);
  const page = [...conditions];
  if (input.cursor !== undefined) page.push(after(fills.time, lt(fills.id, fillKey(input.cursor)), input.cursor));
  // Every fill has its order (a foreign key), so the count joins only when a filter needs the order.
  const needsOrder = input.side !== undefined || input.origin !== 'all' || input.deploymentId !== undefined;
  const counted = db.select({ n: count() }).from(fills);
  return {
    count: needsOrder ? counted.innerJoin(orders, eq(orders.clientOrderId, fills.orderClientId)).where(and(...conditions)) : counted.where(and(...conditions)),
    page: db
      .select({ fill: fills, side: orders.side, origin: orders.origin, deploymentId: orders.deploymentId, isAdopted: orders.isAdopted })
      .from(fills)
      .innerJoin(orders, eq(orders.clientOrderId, fills.orderClientId))
      .where(and(...page))
      .orderBy(desc(fills.time), desc(fills.id))
      .limit(input.limit + 1)
      .offset(input.offset ?? 0),
  };
}

export function fillHistory(db: StoreDb, input: FillHistoryInput): { fills: FillRow[]; nextCursor: HistoryCursor | null; total: number | null } {
  const queries = fillHistoryQueries(db, input);
  const total = isFirstPage(input) ? (queries.count.get()?.n ?? 0) : null;
  const rows = queries.page.all();
  const shown = rows.slice(0, input.limit);
  const last = shown.at(-1);
  return {
    fills: shown.map(({ fill, side, origin, deploymentId, isAdopted }) => ({ ...toFill(fill), side, origin, deploymentId, isAdopted })),
    nextCursor: rows.length > input.limit && last !== undefined ? { time: last.fill.time, key: String(last.fill.id) } : null,
    total,
  };
}

/** Every fill of the account with its order's side, oldest first: the input of the accounting. */
export function accountFills(db: StoreDb, accountId: number): AccountingFill[] {
  return db
    .select({
      symbol: fills.symbol,
      side: orders.side,
      price: fills.price,
      qty: fills.qty,
      quoteQty: fills.quoteQty,
      commission: fills.commission,
      commissionAsset: fills.commissionAsset,
      time: fills.time,
    })
    .from(fills)
    .innerJoin(orders, eq(orders.clientOrderId, fills.orderClientId))
    .where(eq(fills.accountId, accountId))
    .orderBy(asc(fills.time), asc(fills.id))
    .all();
}
