import { randomBytes } from 'node:crypto';
import { type OrderOrigin } from '../../shared/domain/enums';
import { checkOrder } from '../../shared/exchange/order-check';
import { type ValidOrder } from '../../shared/exchange/order';
import { type Order, type OrderPlaceInput } from '../../shared/schemas/orders';
import { AppError } from '../api/app-error';
import { recordAudit } from '../audit/audit-repo';
import { describeExchangeError } from '../exchange/exchange-error';
import { type ExchangeService } from '../exchange/exchange-service';
import { type OrderRequest } from '../exchange/exchange-types';
import { type Logger } from '../log/logger';
import { type MarketCatalog } from '../markets/market-catalog';
import { type StoreDb } from '../store/open-store';
import { toOrder } from './order-mapper';
import { type JournalOrder, type OrderJournal } from './order-journal';

export interface OrderServiceDeps {
  readonly db: StoreDb;
  readonly journal: OrderJournal;
  readonly exchange: ExchangeService;
  readonly markets: MarketCatalog;
  readonly logger: Logger;
  readonly onOrderChanged: (order: JournalOrder) => void;
}

export interface PlaceOptions {
  readonly origin: OrderOrigin;
  readonly deploymentId?: number | null;
}

/** Binance accepts 1-36 of [A-Za-z0-9-_]; ours are "tw" and 22 random characters. */
export function newClientOrderId(): string {
  return `tw${randomBytes(16).toString('base64url').slice(0, 22)}`;
}

/**
 * Placing and cancelling orders. An order is checked against the symbol's filters first (one
 * that would fail never leaves the app), then written to the journal as `pending` and
 * committed, and only then sent. What comes back moves it on: accepted, rejected (nothing
 * placed), or unknown, which the reconciler settles by looking it up.
 */
export function createOrderService({ db, journal, exchange, markets, logger, onOrderChanged }: OrderServiceDeps) {
  const log = logger.child('orders');

  async function place(input: OrderPlaceInput, options: PlaceOptions): Promise<Order> {
    const connection = await exchange.connect(input.accountId);
    // During a 429 back-off or a 418 ban nothing is sent, so nothing is journaled either.
    const { bannedUntil, backoffUntil } = connection.gateway.health().guard;
    const blockedUntil = bannedUntil ?? backoffUntil;
    if (blockedUntil !== null) {
      const seconds = Math.ceil((blockedUntil - Date.now()) / 1000);
      throw new AppError('RATE_LIMITED', bannedUntil === null ? `Binance asked to slow down; try again in ${seconds} s` : `Binance has banned this IP for ${seconds} s more; nothing is sent until then`, {
        retryAfterMs: blockedUntil - Date.now(),
      });
    }
    const filters = markets.filters(connection.venue, input.symbol);
    if (filters === null) throw new AppError('NOT_FOUND', `${input.symbol} is not traded on this exchange`);
    const lastPrice = input.type === 'MARKET' ? await connection.gateway.lastPrice(input.symbol) : undefined;
    const openOrders = journal.countOpen(input.accountId, input.symbol);
    const checked = checkOrder(
      filters,
      {
        side: input.side,
        type: input.type,
        ...optional({ quantity: input.quantity, quoteOrderQty: input.quoteOrderQty, price: input.price, stopPrice: input.stopPrice, timeInForce: input.timeInForce }),
      },
      { ...(lastPrice === undefined ? {} : { lastPrice }), openOrders },
    );
    if (!checked.ok) {
      throw new AppError('BAD_INPUT', checked.problems.map((problem) => problem.message).join(' '), { problems: checked.problems });
    }
    const request = toRequest(input.symbol, newClientOrderId(), checked.order);
    const now = Date.now();
    db.transaction((tx) => {
      journal.insertPending({ accountId: input.accountId, request, origin: options.origin, deploymentId: options.deploymentId ?? null }, now);
      if (options.origin === 'manual') {
        recordAudit(tx, { actor: 'user', action: 'orders.place', target: `order:${request.clientOrderId}`, details: { accountId: input.accountId, ...request } }, now);
      }
    });
    journal.markSent(request.clientOrderId, Date.now());
    const outcome = await connection.gateway.placeOrder(request);
    let order: JournalOrder;
    switch (outcome.kind) {
      case 'accepted':
        order = journal.apply(input.accountId, outcome.order, Date.now()).order;
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
    return toOrder(order);
  }

  async function cancel(accountId: number, clientOrderId: string): Promise<Order> {
    const existing = journal.get(clientOrderId);
    if (existing?.accountId !== accountId) throw new AppError('NOT_FOUND', `There is no order ${clientOrderId} on account ${accountId}`);
    const connection = await exchange.connect(accountId);
    recordAudit(db, { actor: 'user', action: 'orders.cancel', target: `order:${clientOrderId}` });
    try {
      const report = await connection.gateway.cancelOrder(existing.symbol, clientOrderId);
      const { order } = journal.apply(accountId, report, Date.now());
      onOrderChanged(order);
      return toOrder(order);
    } catch (error: unknown) {
      // Unknown to the exchange (already done, or never placed): the lookup settles what it is.
      await connection.reconcile().catch(() => undefined);
      const after = journal.get(clientOrderId) ?? existing;
      throw new AppError('EXCHANGE', `The exchange did not cancel ${clientOrderId}: ${(await describeExchangeError(error)).message}`, { order: toOrder(after) });
    }
  }

  async function cancelAll(accountId: number, symbol: string): Promise<Order[]> {
    const connection = await exchange.connect(accountId);
    recordAudit(db, { actor: 'user', action: 'orders.cancelAll', target: `account:${accountId}`, details: { symbol } });
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

  return { place, cancel, cancelAll };
}

export type OrderService = ReturnType<typeof createOrderService>;

function isUnknownOrder(error: unknown): boolean {
  return error instanceof Error && /"code"\s*:\s*-2011/.test(error.message);
}

function toRequest(symbol: string, clientOrderId: string, order: ValidOrder): OrderRequest {
  return { symbol, clientOrderId, ...order };
}

/** Drops the keys whose value is undefined, as the exact-optional types want. */
function optional<T extends Record<string, unknown>>(values: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as { [K in keyof T]?: Exclude<T[K], undefined> };
}
