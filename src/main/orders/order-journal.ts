import { and, desc, eq, gte, inArray, lt, sql, type SQL } from 'drizzle-orm';
import { IN_DOUBT_ORDER_STATUSES, OPEN_ORDER_STATUSES, type OrderOrigin, type OrderStatus } from '../../shared/domain/enums';
import { type ExchangeOrder, type ExchangeTrade, type OrderRequest } from '../exchange/exchange-types';
import { fills, orders } from '../store/schema';
import { type StoreDb } from '../store/open-store';

export type JournalOrder = typeof orders.$inferSelect;
export type JournalFill = typeof fills.$inferSelect;

/**
 * How far along an order is. A report never moves an order backwards (a late REST reply after
 * the stream already said FILLED), and a final order never changes again.
 */
const PROGRESS: Record<OrderStatus, number> = {
  pending: 0,
  unknown: 1,
  NEW: 2,
  PENDING_CANCEL: 3,
  PARTIALLY_FILLED: 4,
  FILLED: 5,
  CANCELED: 5,
  REJECTED: 5,
  EXPIRED: 5,
  EXPIRED_IN_MATCH: 5,
};

export interface PendingOrder {
  readonly accountId: number;
  readonly request: OrderRequest;
  readonly origin: OrderOrigin;
  readonly deploymentId: number | null;
  /** The order this one takes the place of (moved on the chart). */
  readonly replacesClientOrderId?: string | null;
  /** The OCO list this order is a leg of. */
  readonly listClientOrderId?: string | null;
}

/**
 * The order journal: the one record of every order this app sent or found. An order is written
 * here, committed, before it is sent; every later report (the reply, the stream, a lookup) is
 * applied to it, and every fill is stored once under its exchange trade id, so the same trade
 * reported twice (stream and lookup) is counted once.
 */
export class OrderJournal {
  readonly #db: StoreDb;
  readonly #queries: ReturnType<typeof prepareQueries>;

  constructor(db: StoreDb) {
    this.#db = db;
    this.#queries = prepareQueries(db);
  }

  get(clientOrderId: string): JournalOrder | undefined {
    return this.#queries.byClientOrderId.get({ clientOrderId });
  }

  /** Write ahead: committed before the request leaves, so a crash right after cannot lose it. */
  insertPending({ accountId, request, origin, deploymentId, replacesClientOrderId = null, listClientOrderId = null }: PendingOrder, now: number): JournalOrder {
    this.#queries.insertPending.run({
      clientOrderId: request.clientOrderId,
      accountId,
      symbol: request.symbol,
      side: request.side,
      type: request.type,
      timeInForce: request.timeInForce ?? null,
      price: request.price ?? null,
      stopPrice: request.stopPrice ?? null,
      quantity: request.quantity ?? null,
      quoteOrderQty: request.quoteOrderQty ?? null,
      origin,
      deploymentId,
      replacesClientOrderId,
      listClientOrderId,
      now,
    });
    return this.#require(request.clientOrderId);
  }

  markSent(clientOrderId: string, now: number): void {
    this.#queries.markSent.run({ clientOrderId, now });
  }

  /** Sent, no answer: only a lookup can say whether the exchange has it. */
  markUnknown(clientOrderId: string, reason: string, now: number): JournalOrder {
    this.#db
      .update(orders)
      .set({ status: 'unknown', lastError: reason, updatedAt: now })
      .where(and(eq(orders.clientOrderId, clientOrderId), inArray(orders.status, ['pending', 'unknown'])))
      .run();
    return this.#require(clientOrderId);
  }

  /** Certainly not on the exchange: refused, or never arrived and can no longer arrive. */
  markNotPlaced(clientOrderId: string, reason: string, now: number): JournalOrder {
    this.#db
      .update(orders)
      .set({ status: 'REJECTED', rejectReason: reason, updatedAt: now })
      .where(and(eq(orders.clientOrderId, clientOrderId), inArray(orders.status, ['pending', 'unknown'])))
      .run();
    return this.#require(clientOrderId);
  }

  /** Applies what the exchange says about one of our orders; returns it after, and whether anything changed. */
  apply(accountId: number, report: ExchangeOrder, now: number): { order: JournalOrder; hasChanged: boolean } {
    return this.#db.transaction(() => {
      const current = this.get(report.clientOrderId);
      if (current === undefined) throw new Error(`Order ${report.clientOrderId} is not in the journal`);
      let hasChanged = false;
      if (isProgress(current, report)) {
        this.#queries.applyReport.run({
          clientOrderId: report.clientOrderId,
          exchangeOrderId: report.exchangeOrderId,
          status: report.status,
          executedQty: report.executedQty,
          cumulativeQuoteQty: report.cumulativeQuoteQty,
          now,
        });
        hasChanged = true;
      }
      for (const trade of report.trades) hasChanged = this.#insertFill(accountId, report.clientOrderId, trade) || hasChanged;
      return { order: hasChanged ? this.#require(report.clientOrderId) : current, hasChanged };
    });
  }

  /** An order found on the exchange that this journal never wrote: taken in, and marked as such. */
  adopt(accountId: number, report: ExchangeOrder, now: number): JournalOrder {
    this.#db.transaction((tx) => {
      tx.insert(orders)
        .values({
          clientOrderId: report.clientOrderId,
          exchangeOrderId: report.exchangeOrderId,
          accountId,
          symbol: report.symbol,
          side: report.side,
          type: report.type,
          timeInForce: report.timeInForce,
          price: report.price,
          stopPrice: report.stopPrice,
          quantity: report.quantity,
          quoteOrderQty: report.quoteOrderQty,
          status: report.status,
          executedQty: report.executedQty,
          cumulativeQuoteQty: report.cumulativeQuoteQty,
          origin: 'manual',
          isAdopted: true,
          createdAt: report.updateTime,
          updatedAt: now,
        })
        .onConflictDoNothing()
        .run();
      for (const trade of report.trades) this.#insertFill(accountId, report.clientOrderId, trade);
    });
    return this.#require(report.clientOrderId);
  }

  /** Stores trades of an order once each; returns how many were new. */
  recordTrades(accountId: number, clientOrderId: string, trades: readonly ExchangeTrade[]): number {
    return this.#db.transaction(() => trades.filter((trade) => this.#insertFill(accountId, clientOrderId, trade)).length);
  }

  /** Orders sent (or being sent) with no known outcome yet. */
  countInDoubt(accountId: number): number {
    return this.#queries.countInDoubt.get({ accountId })?.count ?? 0;
  }

  /** Orders of one symbol that may still change: what Binance's MAX_NUM_ORDERS counts. */
  countOpen(accountId: number, symbol: string): number {
    return this.#queries.countOpen.get({ accountId, symbol })?.count ?? 0;
  }

  /** Orders that may still change: what reconciliation looks up. */
  unsettled(accountId: number): JournalOrder[] {
    return this.#db
      .select()
      .from(orders)
      .where(and(eq(orders.accountId, accountId), inArray(orders.status, [...OPEN_ORDER_STATUSES])))
      .all();
  }

  /**
   * Orders whose fills on record add up to less than what the exchange says was executed. The
   * comparison runs in SQLite's floating point on purpose: it only picks which orders to look
   * up (a false alarm costs one request, and a missing fill is at least one step size, far above
   * the tolerance); no amount is ever computed or stored this way.
   */
  withMissingFills(accountId: number): JournalOrder[] {
    return this.#db
      .select()
      .from(orders)
      .where(
        and(
          eq(orders.accountId, accountId),
          sql`cast(${orders.executedQty} as real) > coalesce((select sum(cast(${fills.qty} as real)) from ${fills} where ${fills.orderClientId} = ${orders.clientOrderId}), 0) * (1 + 1e-12)`,
        ),
      )
      .all();
  }

  fillsOf(clientOrderId: string): JournalFill[] {
    return this.#db.select().from(fills).where(eq(fills.orderClientId, clientOrderId)).orderBy(fills.time, fills.id).all();
  }

  /** An account's fills on one symbol with their order's side, oldest first, from `since`. */
  fillsWithSide(accountId: number, symbol: string, since: number, limit: number): Array<JournalFill & { side: JournalOrder['side'] }> {
    const newest = this.#db
      .select({ fill: fills, side: orders.side })
      .from(fills)
      .innerJoin(orders, eq(orders.clientOrderId, fills.orderClientId))
      .where(and(eq(fills.accountId, accountId), eq(fills.symbol, symbol), gte(fills.time, since)))
      .orderBy(desc(fills.time), desc(fills.id))
      .limit(limit)
      .all();
    return newest.reverse().map(({ fill, side }) => ({ ...fill, side }));
  }

  list(filter: { accountId?: number; symbol?: string; isOpenOnly?: boolean; before?: number; limit: number }): JournalOrder[] {
    const conditions: SQL[] = [];
    if (filter.accountId !== undefined) conditions.push(eq(orders.accountId, filter.accountId));
    if (filter.symbol !== undefined) conditions.push(eq(orders.symbol, filter.symbol));
    if (filter.isOpenOnly) conditions.push(inArray(orders.status, [...OPEN_ORDER_STATUSES]));
    if (filter.before !== undefined) conditions.push(lt(orders.createdAt, filter.before));
    return this.#db
      .select()
      .from(orders)
      .where(and(...conditions))
      .orderBy(desc(orders.createdAt), desc(orders.clientOrderId))
      .limit(filter.limit)
      .all();
  }

  /** Stores one trade unless its trade id is already on record; true when it was new. */
  #insertFill(accountId: number, clientOrderId: string, trade: ExchangeTrade): boolean {
    const result = this.#queries.insertFill.run({
      accountId,
      symbol: trade.symbol,
      tradeId: trade.tradeId,
      clientOrderId,
      price: trade.price,
      qty: trade.qty,
      quoteQty: trade.quoteQty,
      commission: trade.commission,
      commissionAsset: trade.commissionAsset,
      // SQLite binds no booleans: the flag column stores 0/1.
      isMaker: trade.isMaker ? 1 : 0,
      time: trade.time,
    });
    return result.changes > 0;
  }

  #require(clientOrderId: string): JournalOrder {
    const order = this.get(clientOrderId);
    if (order === undefined) throw new Error(`Order ${clientOrderId} is not in the journal`);
    return order;
  }
}

/**
 * The statements every order runs through, built and prepared once: query building is most of
 * the cost of a journal write otherwise. Values arrive as named placeholders.
 */
function prepareQueries(db: StoreDb) {
  const p = <T extends string>(name: T) => sql.placeholder(name);
  // An update's SET takes SQL, not a bare placeholder.
  const set = <T extends string>(name: T) => sql`${sql.placeholder(name)}`;
  return {
    byClientOrderId: db.select().from(orders).where(eq(orders.clientOrderId, p('clientOrderId'))).prepare(),
    insertPending: db
      .insert(orders)
      .values({
        clientOrderId: p('clientOrderId'),
        accountId: p('accountId'),
        symbol: p('symbol'),
        side: p('side'),
        type: p('type'),
        timeInForce: p('timeInForce'),
        price: p('price'),
        stopPrice: p('stopPrice'),
        quantity: p('quantity'),
        quoteOrderQty: p('quoteOrderQty'),
        status: 'pending',
        origin: p('origin'),
        deploymentId: p('deploymentId'),
        replacesClientOrderId: p('replacesClientOrderId'),
        listClientOrderId: p('listClientOrderId'),
        createdAt: p('now'),
        updatedAt: p('now'),
      })
      .prepare(),
    markSent: db.update(orders).set({ sentAt: set('now'), updatedAt: set('now') }).where(eq(orders.clientOrderId, p('clientOrderId'))).prepare(),
    applyReport: db
      .update(orders)
      .set({
        exchangeOrderId: set('exchangeOrderId'),
        status: set('status'),
        executedQty: set('executedQty'),
        cumulativeQuoteQty: set('cumulativeQuoteQty'),
        lastError: null,
        updatedAt: set('now'),
      })
      .where(eq(orders.clientOrderId, p('clientOrderId')))
      .prepare(),
    insertFill: db
      .insert(fills)
      .values({
        accountId: p('accountId'),
        symbol: p('symbol'),
        exchangeTradeId: p('tradeId'),
        orderClientId: p('clientOrderId'),
        price: p('price'),
        qty: p('qty'),
        quoteQty: p('quoteQty'),
        commission: p('commission'),
        commissionAsset: p('commissionAsset'),
        isMaker: p('isMaker'),
        time: p('time'),
      })
      .onConflictDoNothing()
      .prepare(),
    countInDoubt: db
      .select({ count: sql<number>`count(*)` })
      .from(orders)
      .where(and(eq(orders.accountId, p('accountId')), inArray(orders.status, [...IN_DOUBT_ORDER_STATUSES])))
      .prepare(),
    countOpen: db
      .select({ count: sql<number>`count(*)` })
      .from(orders)
      .where(and(eq(orders.accountId, p('accountId')), eq(orders.symbol, p('symbol')), inArray(orders.status, [...OPEN_ORDER_STATUSES])))
      .prepare(),
  };
}

function isProgress(current: JournalOrder, report: ExchangeOrder): boolean {
  const before = PROGRESS[current.status];
  const after = PROGRESS[report.status];
  if (before === 5) return false;
  if (after !== before) return after > before;
  return compareAmounts(report.executedQty, current.executedQty) > 0 || current.exchangeOrderId === null;
}

/** Compares two decimal strings exactly, without floats. */
function compareAmounts(a: string, b: string): number {
  const [aInt = '0', aFrac = ''] = a.split('.');
  const [bInt = '0', bFrac = ''] = b.split('.');
  const width = Math.max(aFrac.length, bFrac.length);
  const left = BigInt(aInt + aFrac.padEnd(width, '0'));
  const right = BigInt(bInt + bFrac.padEnd(width, '0'));
  return left === right ? 0 : left > right ? 1 : -1;
}
