import { randomBytes } from 'node:crypto';
import { type Account } from './accounts';
import { binanceErrors } from './errors';
import { checkFilters } from './filters';
import { div, type Fixed, mul, roundToStep } from './fixed';
import { isMarketType, isStopType, type NewOrder, type Order } from './order-model';
import { type OrderStore } from './order-store';
import { type SymbolReplay } from './symbol-replay';

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** Shaped like the ids Binance generates: 22 alphanumerics. */
export function generatedClientOrderId(): string {
  return [...randomBytes(22)].map((byte) => ALPHANUMERIC[byte % ALPHANUMERIC.length]).join('');
}

/**
 * Binance's trigger rules on the last price: a stop-loss sells when the price falls to the stop
 * and buys when it rises to it; a take-profit the other way round.
 */
export function isTriggered(type: Order['type'], side: Order['side'], stopPrice: Fixed, lastPrice: Fixed): boolean {
  const isFalling = (type === 'STOP_LOSS' || type === 'STOP_LOSS_LIMIT') === (side === 'SELL');
  return isFalling ? lastPrice <= stopPrice : lastPrice >= stopPrice;
}

/** The request checks that come before the matching engine, which order/test runs too. */
export function checkRequest(store: OrderStore, account: Account, request: NewOrder, replay: SymbolReplay): void {
  const open = store.open(account.apiKey, request.symbol);
  checkFilters(request, replay.rules, replay.price, { orders: open.length, algoOrders: open.filter((order) => isStopType(order.type)).length });
}

interface Sizing {
  origQty: Fixed;
  lockAsset: string;
  lock: Fixed;
}

/** A quoteOrderQty market order is sized at the current bid/ask, to the lot step. */
function sizeOrder(request: NewOrder, replay: SymbolReplay): Fixed {
  if (request.quantity !== undefined) return request.quantity;
  const price = request.side === 'BUY' ? replay.ask : replay.bid;
  const rules = replay.rules;
  const qty = roundToStep(div(request.quoteOrderQty ?? 0n, price), rules.stepSize);
  if (qty < rules.minQty) throw binanceErrors.filterFailure('LOT_SIZE');
  if (qty > rules.marketMaxQty) throw binanceErrors.filterFailure('MARKET_LOT_SIZE');
  return qty;
}

/** What a priced or stop order of this side and type locks for this quantity (not for a MARKET order). */
export function lockFor(request: Pick<NewOrder, 'side' | 'type' | 'price' | 'stopPrice'>, origQty: Fixed): Fixed {
  if (request.side === 'SELL') return origQty;
  return isMarketType(request.type) ? mul(request.stopPrice ?? 0n, origQty, 'up') : mul(request.price ?? 0n, origQty, 'up');
}

/**
 * What placing locks: a sell its quantity; a priced buy price × quantity; a market buy its
 * quoteOrderQty or its cost at the ask; a stop-market buy quantity × stopPrice.
 */
function sizing(request: NewOrder, replay: SymbolReplay): Sizing {
  const rules = replay.rules;
  const origQty = sizeOrder(request, replay);
  if (request.side === 'SELL') return { origQty, lockAsset: rules.baseAsset, lock: origQty };
  const lock = request.type === 'MARKET' ? (request.quoteOrderQty ?? mul(replay.ask, origQty, 'up')) : lockFor(request, origQty);
  return { origQty, lockAsset: rules.quoteAsset, lock };
}

export function isDuplicateClientOrderId(store: OrderStore, account: Account, symbol: string, clientOrderId: string): boolean {
  return store.open(account.apiKey, symbol).some((order) => order.clientOrderId === clientOrderId);
}

/** The matching engine's own rejections, all -2010, then the new order with its funds locked. */
export function createOrder(store: OrderStore, account: Account, request: NewOrder, replay: SymbolReplay, now: number): Order {
  const clientOrderId = request.newClientOrderId ?? generatedClientOrderId();
  if (isDuplicateClientOrderId(store, account, request.symbol, clientOrderId)) throw binanceErrors.duplicateOrder();
  const isStop = isStopType(request.type);
  if (isStop && isTriggered(request.type, request.side, request.stopPrice ?? 0n, replay.price)) throw binanceErrors.stopWouldTrigger();
  if (request.type === 'LIMIT_MAKER') {
    const limit = request.price ?? 0n;
    if (request.side === 'BUY' ? replay.ask <= limit : replay.bid >= limit) throw binanceErrors.wouldMatchAndTake();
  }
  const { origQty, lockAsset, lock } = sizing(request, replay);
  if (account.ledger.free(lockAsset) < lock) throw binanceErrors.insufficientBalance();
  account.ledger.lock(lockAsset, lock);
  return addOrder(store, account, request, replay, now, { clientOrderId, origQty, lock, lockAsset, orderListId: -1 });
}

export interface OrderFields {
  clientOrderId: string;
  origQty: Fixed;
  /** What the order itself holds locked (0 for a leg of a list, whose list holds the lock). */
  lock: Fixed;
  lockAsset: string;
  orderListId: number;
}

/** Records an accepted order: NEW, working unless it is a stop order. */
export function addOrder(store: OrderStore, account: Account, request: NewOrder, replay: SymbolReplay, now: number, fields: OrderFields): Order {
  const isStop = isStopType(request.type);
  const order: Order = {
    account,
    rules: replay.rules,
    symbol: request.symbol,
    orderId: store.newOrderId(request.symbol),
    orderListId: fields.orderListId,
    clientOrderId: fields.clientOrderId,
    side: request.side,
    type: request.type,
    timeInForce: request.timeInForce ?? 'GTC',
    price: request.price ?? 0n,
    origQty: fields.origQty,
    origQuoteOrderQty: request.quoteOrderQty ?? 0n,
    stopPrice: request.stopPrice ?? 0n,
    selfTradePreventionMode: request.selfTradePreventionMode,
    time: now,
    executedQty: 0n,
    cummulativeQuoteQty: 0n,
    status: 'NEW',
    isWorking: !isStop,
    workingTime: isStop ? -1 : now,
    updateTime: now,
    locked: fields.lock,
    lockAsset: fields.lockAsset,
    fills: [],
  };
  store.add(order);
  return order;
}
