import { randomBytes } from 'node:crypto';
import { type OrderOrigin, type OrderType } from '../../shared/domain/enums';
import { Decimal } from '../../shared/exchange/decimal';
import { checkOrder } from '../../shared/exchange/order-check';
import { type CheckedOrderType, type OrderDraft, type ValidOrder } from '../../shared/exchange/order';
import { type SymbolFilters } from '../../shared/exchange/symbol-filters';
import { type Order, type OrderPlaceInput } from '../../shared/schemas/orders';
import { AppError } from '../api/app-error';
import { recordAudit, type AuditActor } from '../audit/audit-repo';
import { describeExchangeError } from '../exchange/exchange-error';
import { type AccountConnection, type ExchangeService } from '../exchange/exchange-service';
import { type OrderRequest } from '../exchange/exchange-types';
import { type Logger } from '../log/logger';
import { type MarketCatalog } from '../markets/market-catalog';
import { type GateScope, type RiskGate } from '../risk/risk-gate';
import { type StoreDb } from '../store/open-store';
import { checkBracket, insertBracket } from './bracket-plan';
import { toOrder } from './order-mapper';
import { type JournalOrder, type OrderJournal } from './order-journal';

export interface OrderServiceDeps {
  readonly db: StoreDb;
  readonly journal: OrderJournal;
  readonly exchange: ExchangeService;
  readonly markets: MarketCatalog;
  readonly gate: RiskGate;
  readonly logger: Logger;
  readonly onOrderChanged: (order: JournalOrder) => void;
}

export interface PlaceOptions {
  readonly origin: OrderOrigin;
  readonly deploymentId?: number | null;
  /** Protective exits pass the kill switch only; everything else passes every limit. */
  readonly gateScope?: GateScope;
}

export interface ReplaceInput {
  readonly accountId: number;
  readonly clientOrderId: string;
  readonly price?: string | undefined;
  readonly stopPrice?: string | undefined;
}

/** Binance accepts 1-36 of [A-Za-z0-9-_]; ours are "tw" and 22 random characters. */
export function newClientOrderId(): string {
  return `tw${randomBytes(16).toString('base64url').slice(0, 22)}`;
}

/**
 * Placing, moving and cancelling orders. An order is checked against the symbol's filters and
 * then the risk gate (one that would fail never leaves the app), written to the journal as
 * `pending` and committed, and only then sent. What comes back moves it on: accepted, rejected
 * (nothing placed), or unknown, which the reconciler settles by looking it up.
 */
export function createOrderService({ db, journal, exchange, markets, gate, logger, onOrderChanged }: OrderServiceDeps) {
  const log = logger.child('orders');

  async function place(input: OrderPlaceInput, options: PlaceOptions): Promise<Order> {
    gate.assertNotKilled();
    const connection = await connectToSend(input.accountId);
    const filters = filtersOf(connection.venue, input.symbol);
    const lastPrice = input.type === 'MARKET' ? await connection.gateway.lastPrice(input.symbol) : undefined;
    const checked = checkOrThrow(filters, {
      side: input.side,
      type: input.type,
      ...optional({ quantity: input.quantity, quoteOrderQty: input.quoteOrderQty, price: input.price, stopPrice: input.stopPrice, timeInForce: input.timeInForce }),
    }, lastPrice, journal.countOpen(input.accountId, input.symbol));
    const bracket = input.bracket === undefined ? null : checkBracket(filters, checked, input.bracket, lastPrice);
    await gate.check(input.accountId, { symbol: input.symbol, quoteAsset: filters.quoteAsset, ...checked }, { scope: options.gateScope ?? 'full', lastPrice });
    const request = toRequest(input.symbol, newClientOrderId(), checked);
    const now = Date.now();
    db.transaction((tx) => {
      journal.insertPending({ accountId: input.accountId, request, origin: options.origin, deploymentId: options.deploymentId ?? null }, now);
      if (bracket !== null) insertBracket(tx, { accountId: input.accountId, symbol: input.symbol, entryClientOrderId: request.clientOrderId, ...bracket }, now);
      if (options.origin === 'manual') {
        recordAudit(tx, { actor: 'user', action: 'orders.place', target: `order:${request.clientOrderId}`, details: { accountId: input.accountId, ...request, ...(bracket === null ? {} : { bracket }) } }, now);
      }
    });
    return toOrder(await send(connection, input.accountId, request));
  }

  /**
   * Moves a resting order: the new order is checked (filters and gate) before anything is
   * cancelled, so a move the gate refuses leaves the old order where it was. Then the old one is
   * cancelled and, with whatever of it is still unfilled, the new one is journaled (pointing at
   * the old) and sent. The audit log has one entry for the move.
   */
  async function replace(input: ReplaceInput): Promise<{ cancelled: Order; placed: Order }> {
    const existing = journal.get(input.clientOrderId);
    if (existing?.accountId !== input.accountId) throw new AppError('NOT_FOUND', `There is no order ${input.clientOrderId} on account ${input.accountId}`);
    if (existing.status !== 'NEW' && existing.status !== 'PARTIALLY_FILLED') throw new AppError('CONFLICT', `Order ${input.clientOrderId} is ${existing.status}; only a resting order can be moved`);
    if (!isMovable(existing.type) || existing.quantity === null || existing.price === null) throw new AppError('CONFLICT', `A ${existing.type} order has no price to move`);
    gate.assertNotKilled();
    const connection = await connectToSend(input.accountId);
    const filters = filtersOf(connection.venue, existing.symbol);
    const draftFor = (remaining: string): OrderDraft => ({
      side: existing.side,
      type: existing.type as CheckedOrderType,
      quantity: remaining,
      price: input.price ?? existing.price ?? '',
      ...optional({ stopPrice: input.stopPrice ?? existing.stopPrice ?? undefined, timeInForce: existing.timeInForce ?? undefined }),
    });
    const before = checkOrThrow(filters, draftFor(remainingOf(existing)), undefined, undefined);
    await gate.check(input.accountId, { symbol: existing.symbol, quoteAsset: filters.quoteAsset, ...before }, { isReplacing: true });

    let cancelledRow: JournalOrder;
    try {
      const report = await connection.gateway.cancelOrder(existing.symbol, existing.clientOrderId);
      cancelledRow = journal.apply(input.accountId, report, Date.now()).order;
      onOrderChanged(cancelledRow);
    } catch (error: unknown) {
      await connection.reconcile().catch(() => undefined);
      throw new AppError('EXCHANGE', `The order was not moved: the exchange did not cancel ${existing.clientOrderId}: ${(await describeExchangeError(error)).message}`, { order: toOrder(journal.get(existing.clientOrderId) ?? existing) });
    }
    const remaining = remainingOf(cancelledRow);
    if (!new Decimal(remaining).greaterThan(0)) throw new AppError('CONFLICT', `Order ${existing.clientOrderId} filled before it could be moved; nothing new was placed`, { order: toOrder(cancelledRow) });
    // A fill between the check and the cancel shrinks the rest, which must still pass the filters.
    const checked = remaining === remainingOf(existing) ? before : checkOrThrow(filters, draftFor(remaining), undefined, undefined, `Order ${existing.clientOrderId} was cancelled, but what is left of it cannot be placed again: `);
    const request = toRequest(existing.symbol, newClientOrderId(), checked);
    const now = Date.now();
    db.transaction((tx) => {
      journal.insertPending({ accountId: input.accountId, request, origin: existing.origin, deploymentId: existing.deploymentId, replacesClientOrderId: existing.clientOrderId }, now);
      recordAudit(tx, { actor: 'user', action: 'orders.replace', target: `order:${existing.clientOrderId}`, details: { accountId: input.accountId, cancelled: existing.clientOrderId, placed: request.clientOrderId, from: { price: existing.price, stopPrice: existing.stopPrice }, to: { price: request.price ?? null, stopPrice: request.stopPrice ?? null }, quantity: request.quantity ?? null } }, now);
    });
    const placed = await send(connection, input.accountId, request);
    return { cancelled: toOrder(cancelledRow), placed: toOrder(placed) };
  }

  /** Sends a journaled order and applies the outcome. */
  async function send(connection: AccountConnection, accountId: number, request: OrderRequest): Promise<JournalOrder> {
    journal.markSent(request.clientOrderId, Date.now());
    const outcome = await connection.gateway.placeOrder(request);
    let order: JournalOrder;
    switch (outcome.kind) {
      case 'accepted':
        order = journal.apply(accountId, outcome.order, Date.now()).order;
        log.info(`Order ${request.clientOrderId} accepted: ${request.side} ${request.type} ${request.symbol} (${order.status})`, { clientOrderId: request.clientOrderId });
        break;
      case 'rejected':
        order = journal.markNotPlaced(request.clientOrderId, outcome.message, Date.now());
        log.warn(`Order ${request.clientOrderId} rejected: ${outcome.message}`, { clientOrderId: request.clientOrderId, code: outcome.code });
        break;
      case 'unknown':
        order = journal.markUnknown(request.clientOrderId, outcome.message, Date.now());
        log.warn(`Order ${request.clientOrderId} may or may not be placed (${outcome.message}); looking it up`, { clientOrderId: request.clientOrderId });
        void connection.reconcile().catch(() => undefined);
        break;
    }
    onOrderChanged(order);
    if ((order.status === 'NEW' || order.status === 'PARTIALLY_FILLED') && gate.isKilled()) {
      // The kill switch was thrown while this order was on its way: it must not stay open.
      log.warn(`Order ${request.clientOrderId} arrived after the kill switch was engaged; cancelling it`, { clientOrderId: request.clientOrderId });
      order = await cancelRow(connection, accountId, order).catch(() => order);
    }
    return order;
  }

  async function cancelRow(connection: AccountConnection, accountId: number, existing: JournalOrder): Promise<JournalOrder> {
    const report = await connection.gateway.cancelOrder(existing.symbol, existing.clientOrderId);
    const { order } = journal.apply(accountId, report, Date.now());
    onOrderChanged(order);
    return order;
  }

  async function cancel(accountId: number, clientOrderId: string): Promise<Order> {
    const existing = journal.get(clientOrderId);
    if (existing?.accountId !== accountId) throw new AppError('NOT_FOUND', `There is no order ${clientOrderId} on account ${accountId}`);
    const connection = await exchange.connect(accountId);
    recordAudit(db, { actor: 'user', action: 'orders.cancel', target: `order:${clientOrderId}` });
    try {
      return toOrder(await cancelRow(connection, accountId, existing));
    } catch (error: unknown) {
      // Unknown to the exchange (already done, or never placed): the lookup settles what it is.
      await connection.reconcile().catch(() => undefined);
      const after = journal.get(clientOrderId) ?? existing;
      throw new AppError('EXCHANGE', `The exchange did not cancel ${clientOrderId}: ${(await describeExchangeError(error)).message}`, { order: toOrder(after) });
    }
  }

  async function cancelAll(accountId: number, symbol: string, actor: AuditActor = 'user'): Promise<Order[]> {
    const connection = await exchange.connect(accountId);
    recordAudit(db, { actor, action: 'orders.cancelAll', target: `account:${accountId}`, details: { symbol } });
    let reports: Awaited<ReturnType<typeof connection.gateway.cancelAllOrders>>;
    try {
      reports = await connection.gateway.cancelAllOrders(symbol);
    } catch (error: unknown) {
      // Binance answers -2011 "Unknown order sent." when there was nothing open to cancel.
      if (isUnknownOrder(error)) return [];
      throw new AppError('EXCHANGE', `The exchange did not cancel the orders on ${symbol}: ${(await describeExchangeError(error)).message}`);
    }
    const changed: Order[] = [];
    for (const report of reports) {
      const order = journal.get(report.clientOrderId) === undefined ? journal.adopt(accountId, report, Date.now()) : journal.apply(accountId, report, Date.now()).order;
      onOrderChanged(order);
      changed.push(toOrder(order));
    }
    return changed;
  }

  /** The account's connection, unless a 429 back-off or a 418 ban says nothing may be sent now. */
  async function connectToSend(accountId: number): Promise<AccountConnection> {
    const connection = await exchange.connect(accountId);
    // During a back-off or a ban nothing is sent, so nothing is journaled either.
    const { bannedUntil, backoffUntil } = connection.gateway.health().guard;
    const blockedUntil = bannedUntil ?? backoffUntil;
    if (blockedUntil !== null) {
      const seconds = Math.ceil((blockedUntil - Date.now()) / 1000);
      throw new AppError('RATE_LIMITED', bannedUntil === null ? `Binance asked to slow down; try again in ${seconds} s` : `Binance has banned this IP for ${seconds} s more; nothing is sent until then`, {
        retryAfterMs: blockedUntil - Date.now(),
      });
    }
    return connection;
  }

  function filtersOf(venue: string, symbol: string): SymbolFilters {
    const filters = markets.filters(venue, symbol);
    if (filters === null) throw new AppError('NOT_FOUND', `${symbol} is not traded on this exchange`);
    return filters;
  }

  return { place, replace, cancel, cancelAll };
}

export type OrderService = ReturnType<typeof createOrderService>;

function isUnknownOrder(error: unknown): boolean {
  return error instanceof Error && /"code"\s*:\s*-2011/.test(error.message);
}

/** The symbol's filters must pass the order, or it goes no further. */
function checkOrThrow(filters: SymbolFilters, draft: OrderDraft, lastPrice: string | undefined, openOrders: number | undefined, prefix = ''): ValidOrder {
  const checked = checkOrder(filters, draft, { ...(lastPrice === undefined ? {} : { lastPrice }), ...(openOrders === undefined ? {} : { openOrders }) });
  if (!checked.ok) throw new AppError('BAD_INPUT', prefix + checked.problems.map((problem) => problem.message).join(' '), { problems: checked.problems });
  return checked.order;
}

function isMovable(type: OrderType): boolean {
  return type === 'LIMIT' || type === 'LIMIT_MAKER' || type === 'STOP_LOSS_LIMIT' || type === 'TAKE_PROFIT_LIMIT';
}

/** What of an order is still unfilled. */
function remainingOf(order: JournalOrder): string {
  return new Decimal(order.quantity ?? '0').minus(order.executedQty).toString();
}

function toRequest(symbol: string, clientOrderId: string, order: ValidOrder): OrderRequest {
  return { symbol, clientOrderId, ...order };
}

/** Drops the keys whose value is undefined, as the exact-optional types want. */
function optional<T extends Record<string, unknown>>(values: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as { [K in keyof T]?: Exclude<T[K], undefined> };
}
