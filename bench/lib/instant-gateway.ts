import Decimal from 'decimal.js';
import { type ExchangeOrder, type OrderRequest } from '../../src/main/exchange/exchange-types';
import { type ExchangeGateway, type GatewayHealth } from '../../src/main/exchange/gateway';

export interface InstantExchange {
  /** exchangeInfo `symbols[]` entries, as Binance sends them. */
  readonly symbols: readonly unknown[];
  readonly lastPrice: string;
  /** Called as each order arrives, before the reply: where the network would begin. */
  readonly onOrder?: () => void;
}

const HEALTHY: GatewayHealth = {
  guard: { usedWeight1m: 1, backoffUntil: null, bannedUntil: null },
  timeOffsetMs: 0,
  stream: 'live',
  lastError: null,
};

/**
 * An exchange in memory that answers at once. Every order fills in full at its limit price in
 * one trade, as a FULL reply reports it; filling keeps the open-order count the order check
 * reads the same however many orders a benchmark sends.
 */
export function createInstantGateway(exchange: InstantExchange): ExchangeGateway {
  let nextId = 1;
  const fill = (request: OrderRequest): ExchangeOrder => {
    const id = String(nextId++);
    const price = request.price ?? exchange.lastPrice;
    const qty = request.quantity ?? '0';
    const quoteQty = new Decimal(price).times(qty).toString();
    return {
      symbol: request.symbol,
      clientOrderId: request.clientOrderId,
      exchangeOrderId: id,
      side: request.side,
      type: request.type,
      timeInForce: request.timeInForce ?? null,
      price: request.price ?? null,
      stopPrice: request.stopPrice ?? null,
      quantity: request.quantity ?? null,
      quoteOrderQty: request.quoteOrderQty ?? null,
      status: 'FILLED',
      executedQty: qty,
      cumulativeQuoteQty: quoteQty,
      updateTime: Date.now(),
      trades: [{ symbol: request.symbol, tradeId: id, exchangeOrderId: id, price, qty, quoteQty, commission: '0', commissionAsset: 'BNB', isMaker: false, time: Date.now() }],
    };
  };
  return {
    fetchSymbols: () => Promise.resolve(exchange.symbols),
    fetchAccount: () => Promise.resolve({ balances: [], makerRate: '0', takerRate: '0' }),
    lastPrice: () => Promise.resolve(exchange.lastPrice),
    bookTicker: () => Promise.resolve({ bid: exchange.lastPrice, ask: exchange.lastPrice, time: Date.now() }),
    placeOrder: (request) => {
      exchange.onOrder?.();
      return Promise.resolve({ kind: 'accepted', order: fill(request) });
    },
    placeOco: () => Promise.resolve({ kind: 'rejected', code: null, message: 'The instant exchange has no order lists' }),
    fetchOrder: () => Promise.resolve(null),
    cancelOrder: (_symbol, clientOrderId) => Promise.reject(new Error(`${clientOrderId} is already filled`)),
    cancelAllOrders: () => Promise.resolve([]),
    fetchOpenOrders: () => Promise.resolve([]),
    fetchOrderTrades: () => Promise.resolve([]),
    syncClock: () => Promise.resolve(0),
    watchAccount: () => () => undefined,
    watchCandles: () => () => undefined,
    health: () => HEALTHY,
    close: () => Promise.resolve(),
  };
}
