import { type CandleFeedListener } from './candle';
import { type ExchangeBalance, type ExchangeOrder, type ExchangeTrade, type OrderRequest } from './exchange-types';
import { type GuardState } from './request-guard';

/**
 * What sending an order can come to. Only `accepted` and `rejected` are certain; `unknown`
 * (a 5xx, a timeout, a dropped connection) means the exchange may have placed it, so the
 * journal keeps it as unknown until a lookup by clientOrderId settles it.
 */
export type PlaceOutcome =
  | { readonly kind: 'accepted'; readonly order: ExchangeOrder }
  | { readonly kind: 'rejected'; readonly code: number | null; readonly message: string }
  | { readonly kind: 'unknown'; readonly message: string };

export type StreamState = 'off' | 'connecting' | 'live' | 'reconnecting';

export interface GatewayHealth {
  readonly guard: GuardState;
  /** Local clock minus exchange clock, as last measured (ms). */
  readonly timeOffsetMs: number | null;
  readonly stream: StreamState;
  readonly lastError: string | null;
}

export interface AccountStreamListener {
  onOrder(order: ExchangeOrder): void;
  /** The stream came back after a drop: anything could have happened meanwhile. */
  onReconnected(): void;
  onStateChange(state: StreamState): void;
}

/**
 * One account's connection to a Binance-compatible exchange. The product talks to this, never
 * to ccxt directly, so a paper broker can stand in for it later.
 */
export interface ExchangeGateway {
  /** Raw exchangeInfo symbol objects, spot only. */
  fetchSymbols(): Promise<readonly unknown[]>;
  fetchBalances(): Promise<readonly ExchangeBalance[]>;
  lastPrice(symbol: string): Promise<string>;
  placeOrder(request: OrderRequest): Promise<PlaceOutcome>;
  /** Null when the exchange does not know an order with this clientOrderId. */
  fetchOrder(symbol: string, clientOrderId: string): Promise<ExchangeOrder | null>;
  cancelOrder(symbol: string, clientOrderId: string): Promise<ExchangeOrder>;
  cancelAllOrders(symbol: string): Promise<readonly ExchangeOrder[]>;
  fetchOpenOrders(): Promise<readonly ExchangeOrder[]>;
  fetchOrderTrades(symbol: string, exchangeOrderId: string): Promise<readonly ExchangeTrade[]>;
  /** Measures the offset to the exchange clock and signs with it from then on. */
  syncClock(): Promise<number>;
  watchAccount(listener: AccountStreamListener): () => void;
  /** Live candles: the kline stream, with REST polling while the stream is down. */
  watchCandles(symbol: string, interval: string, listener: CandleFeedListener): () => void;
  health(): GatewayHealth;
  close(): Promise<void>;
}
