import { type CandleFeedListener } from './candle';
import { type ExchangeBalance, type ExchangeOrder, type ExchangeTrade, type OcoRequest, type OrderRequest } from './exchange-types';
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

export interface ExchangeAccount {
  readonly balances: readonly ExchangeBalance[];
  /** Fractions as the exchange writes them: "0.00100000" is 0.1 %. */
  readonly makerRate: string;
  readonly takerRate: string;
}

export interface BookTicker {
  readonly bid: string;
  readonly ask: string;
  readonly time: number;
}

/** Placing an OCO list: both legs come back, or neither was placed, or nobody knows yet. */
export type ListPlaceOutcome =
  | { readonly kind: 'accepted'; readonly orders: readonly ExchangeOrder[] }
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
  /** Balances (zero ones left out) and the account's commission rates, from one account request. */
  fetchAccount(): Promise<ExchangeAccount>;
  lastPrice(symbol: string): Promise<string>;
  /** Best bid and ask now; `time` is when the answer arrived (Binance's REST ticker has none). */
  bookTicker(symbol: string): Promise<BookTicker>;
  placeOrder(request: OrderRequest): Promise<PlaceOutcome>;
  placeOco(request: OcoRequest): Promise<ListPlaceOutcome>;
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
