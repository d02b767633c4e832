/** The emulator's public types: what a test passes in and what it can inspect. */
import {
  type ConnectionRecord,
  type FaultControls,
  type MarketControl,
  type MarketSource,
  type OrderListSnapshot,
  type OrderSnapshot,
  type ReplayOptions,
  type TradeSnapshot,
} from './market-types';

export type * from './market-types';

export interface Balance {
  asset: string;
  /** Decimal strings, as Binance sends them. */
  free: string;
  locked: string;
}

/** The body of GET /sapi/v1/account/apiRestrictions. */
export interface ApiRestrictions {
  ipRestrict: boolean;
  createTime: number;
  enableReading: boolean;
  enableSpotAndMarginTrading: boolean;
  enableWithdrawals: boolean;
  enableInternalTransfer: boolean;
  enableMargin: boolean;
  enableFutures: boolean;
  permitsUniversalTransfer: boolean;
  enableVanillaOptions: boolean;
  enableFixApiTrade: boolean;
  enableFixReadBytes: boolean;
  enablePortfolioMarginTrading: boolean;
  /** Binance sends it only for keys whose trading permission expires. */
  tradingAuthorityExpirationTime?: number;
}

export interface KeyPermissions {
  /** The flags of GET /api/v3/account. */
  canTrade?: boolean;
  canWithdraw?: boolean;
  canDeposit?: boolean;
  /** `permissions` of GET /api/v3/account, e.g. ['SPOT']. */
  accountPermissions?: string[];
  /**
   * Unset fields default to a plain reading key; `enableSpotAndMarginTrading` and
   * `enableWithdrawals` default to `canTrade` and `canWithdraw`, so the two views agree.
   */
  apiRestrictions?: Partial<ApiRestrictions>;
}

export interface EmulatorKey {
  apiKey: string;
  secretKey: string;
  permissions?: KeyPermissions;
  balances?: Balance[];
  /** Rates as decimals; both default to Binance's 0.001 (0.1%). */
  commission?: { maker?: string; taker?: string };
}

/** One exchangeInfo symbol; filter values are decimal strings. */
export interface SymbolSpec {
  symbol: string;
  baseAsset: string;
  quoteAsset: string;
  status?: 'TRADING' | 'HALT' | 'BREAK' | 'END_OF_DAY' | 'PRE_TRADING' | 'POST_TRADING' | 'AUCTION_MATCH';
  baseAssetPrecision?: number;
  quoteAssetPrecision?: number;
  tickSize: string;
  minPrice: string;
  maxPrice: string;
  stepSize: string;
  minQty: string;
  maxQty: string;
  /** MARKET_LOT_SIZE maxQty; Binance derives it from recent volume. */
  marketMaxQty: string;
  minNotional: string;
  maxNotional: string;
  maxNumOrders?: number;
  isMarginTradingAllowed?: boolean;
}

export interface EmulatorOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  keys?: EmulatorKey[];
  /** false behaves like the Spot Testnet, which answers 404 for every /sapi path. */
  hasSapi?: boolean;
  symbols?: SymbolSpec[];
  /** The clock server time is based on (Date.now by default); a fixed one pins timing edges. */
  now?: () => number;
  /** Replayed market data per symbol (each must be among `symbols`), loaded on first use. */
  market?: Readonly<Record<string, MarketSource>>;
  /** The market clock, spread and liquidity of the replay. */
  replay?: ReplayOptions;
}

export interface RequestRecord {
  method: string;
  path: string;
  /** The raw query string, without the leading '?'. */
  query: string;
  status: number;
  /** The X-MBX-APIKEY header, when one was sent. */
  apiKey?: string;
  remoteAddress: string;
  /** The faults that shaped the reply, e.g. 'rate-limit-429' or 'latency-50ms,accept-then-drop'. */
  fault?: string;
}

export interface UsedWeight {
  /** X-MBX-USED-WEIGHT-1M: the /api pool. */
  api: number;
  /** X-SAPI-USED-IP-WEIGHT-1M: /sapi has its own pool. */
  sapi: number;
}

export interface BinanceEmulator {
  /** e.g. http://127.0.0.1:54321, no trailing slash. */
  readonly url: string;
  /** Every request received, in order, with the status it got. */
  readonly requests: readonly RequestRecord[];
  /** The emulator's clock minus the local clock; signed requests are judged by it. */
  setClockSkewMs(skewMs: number): void;
  serverTime(): number;
  usedWeight(): UsedWeight;
  /** Replaces the account balances behind a key (no user data event). */
  setBalances(apiKey: string, balances: Balance[]): void;
  /** A deposit (positive) or withdrawal (negative): balanceUpdate and outboundAccountPosition follow. */
  adjustBalance(apiKey: string, asset: string, delta: string): void;
  readonly market: MarketControl;
  readonly faults: FaultControls;
  /** Every WebSocket connection accepted, in order. */
  readonly connections: readonly ConnectionRecord[];
  /** Every order ever accepted, optionally of one key. */
  orders(apiKey?: string): OrderSnapshot[];
  /** Every OCO order list ever accepted, optionally of one key, oldest first, with its legs. */
  orderLists(apiKey?: string): OrderListSnapshot[];
  trades(apiKey?: string): TradeSnapshot[];
  balances(apiKey: string): Balance[];
  /** How many accepted orders carried this clientOrderId. */
  placeCount(clientOrderId: string): number;
  /**
   * Places an order "from elsewhere" (the website, another program): Binance parameters as
   * strings, the same checks and events as POST /api/v3/order. Throws the BinanceError it would reply.
   */
  placeOrder(apiKey: string, params: Readonly<Record<string, string>>): OrderSnapshot;
  /** Resolves once a market-stream connection subscribes to `stream` (e.g. 'btcusdt@trade'). */
  waitForStream(stream: string): Promise<void>;
  /** Resolves once the key has a user data stream subscription on the WebSocket API. */
  waitForUserDataStream(apiKey: string): Promise<void>;
  /**
   * Every user data event of a key as the stream sends it (unwrapped), from now on, whether or not
   * a client subscribed; it is not a subscription (waitForUserDataStream ignores it). Returns an unsubscribe.
   */
  onUserEvent(apiKey: string, listener: (event: object) => void): () => void;
  close(): Promise<void>;
}
