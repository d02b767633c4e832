/** Public types of the replayed market, the order engine, the faults and the inspection API. */

/** One bar as in the data files: open time in ms, then decimal strings. */
export type KlineRow = readonly [openTime: number, open: string, high: string, low: string, close: string, volume: string];

export interface MarketSource {
  /** A file name in the shared data folder (e.g. 'BTCUSDT-1m-2024.csv.gz') or an absolute path. */
  file?: string;
  /** Bars given inline, for tests; used instead of `file`. */
  rows?: readonly KlineRow[];
  /** The bar length of the data, e.g. '1m'. */
  interval: string;
}

/** bid = price − spread/2 rounded down to the tick, ask = price + spread/2 rounded up. */
export type SpreadSpec = { ticks: number } | { bps: number };

export interface ReplayOptions {
  /** Market time to start at (ms or ISO); default the first bar of the data. */
  start?: number | string;
  /** 1 = real time, 60 = a minute per second, 0 (the default) = manual: only advance* moves it. */
  speed?: number;
  /** Sub-steps per leg of a bar's open→extreme→extreme→close walk; default 1, i.e. four prices per bar. */
  stepsPerLeg?: number;
  /** Default two ticks: one tick either side of the walking price. */
  spread?: SpreadSpec;
  /** At most this much base quantity trades per side and sub-step, shared by every order. */
  maxFillQtyPerStep?: string;
  /** Or this fraction of the sub-step's share of the bar volume. Unset (and no max): unlimited. */
  volumeFractionPerStep?: number;
  /** Synthetic depth levels per side for /depth and the depth streams; default 20. */
  depthLevels?: number;
}

export type Side = 'BUY' | 'SELL';
export type OrderType = 'LIMIT' | 'MARKET' | 'STOP_LOSS' | 'STOP_LOSS_LIMIT' | 'TAKE_PROFIT' | 'TAKE_PROFIT_LIMIT' | 'LIMIT_MAKER';
export type TimeInForce = 'GTC' | 'IOC' | 'FOK';
export type OrderStatus = 'NEW' | 'PARTIALLY_FILLED' | 'FILLED' | 'CANCELED' | 'REJECTED' | 'EXPIRED';

export interface TradeSnapshot {
  apiKey: string;
  symbol: string;
  id: number;
  orderId: number;
  price: string;
  qty: string;
  quoteQty: string;
  commission: string;
  commissionAsset: string;
  time: number;
  isBuyer: boolean;
  isMaker: boolean;
}

export interface OrderSnapshot {
  apiKey: string;
  symbol: string;
  orderId: number;
  /** -1 unless the order is a leg of an order list. */
  orderListId: number;
  clientOrderId: string;
  side: Side;
  type: OrderType;
  timeInForce: TimeInForce;
  price: string;
  origQty: string;
  origQuoteOrderQty: string;
  stopPrice: string;
  executedQty: string;
  cummulativeQuoteQty: string;
  status: OrderStatus;
  isWorking: boolean;
  time: number;
  updateTime: number;
  fills: TradeSnapshot[];
}

/** An OCO order list as the emulator holds it (a test helper's view, not a Binance payload). */
export interface OrderListSnapshot {
  apiKey: string;
  symbol: string;
  orderListId: number;
  listClientOrderId: string;
  contingencyType: 'OCO';
  listStatusType: 'EXEC_STARTED' | 'ALL_DONE';
  listOrderStatus: 'EXECUTING' | 'ALL_DONE';
  transactionTime: number;
  /** What the list itself still holds locked (0 once a leg took the lock over or it ended). */
  locked: string;
  lockAsset: string;
  /** The legs: the stop-loss leg first, as Binance lists them. */
  orders: OrderSnapshot[];
}

/** The walking price of one symbol at the clock's current sub-step. */
export interface MarketQuote {
  symbol: string;
  /** Market (replay) time of the sub-step. */
  time: number;
  barOpenTime: number;
  /** 0 = the bar's open … steps − 1 = its close. */
  step: number;
  price: string;
  bid: string;
  ask: string;
}

export interface MarketClockControl {
  /** Market (replay) time; it is not the server time that signed requests are judged by. */
  readonly now: number;
  /** 0 stops the real-time driver; any other value restarts it from the current market time. */
  speed: number;
  /** Walks to the next n sub-steps (all symbols that share a step time move together). */
  advanceSteps(steps?: number): void;
  /** Walks n bars of `symbol` (default: the first replayed symbol), ending on the same sub-step. */
  advanceBars(bars?: number, symbol?: string): void;
  /** Walks every sub-step up to market time `ms`. */
  advanceTo(ms: number): void;
}

export interface MarketControl {
  readonly clock: MarketClockControl;
  quote(symbol: string): MarketQuote;
}

export interface FailureSpec {
  status: number;
  /** Default `{"code":-1000,"msg":"An unknown error occurred while processing the request."}`. */
  body?: { code: number; msg: string };
}

export interface FaultControls {
  /** Every REST reply and WS API reply is delayed this long. */
  latencyMs: number;
  /** The next n requests get HTTP 429 (-1003) with Retry-After. */
  rateLimit429Next(count: number, retryAfterSec?: number): void;
  /** Every request gets HTTP 418 with Retry-After until the ban ends (server time). */
  ban418(seconds: number): void;
  /** The next n accepted orders are placed, but the reply is HTTP 503 (default) or 500. */
  acceptOrderThen5xx(count: number, failure?: FailureSpec): void;
  /** The next n accepted orders are placed, then the socket is destroyed with no reply. */
  acceptOrderThenDropReply(count: number): void;
  /** The next request to `path` gets `failure` without being processed. */
  failNext(path: string, failure: FailureSpec): void;
  /** Terminates every market-stream and WS API connection. */
  dropWebSockets(): void;
  /** The emulator's clock minus the local clock. */
  clockSkewMs: number;
  /** Ends every pending fault. */
  clear(): void;
}

/** A WebSocket connection the emulator accepted. */
export interface ConnectionRecord {
  path: string;
  remoteAddress: string;
}
