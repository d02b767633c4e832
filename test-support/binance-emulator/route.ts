import { type Account, type AccountBook } from './accounts';
import { type ServerClock } from './clock';
import { type Engine } from './engine';
import { type Liquidity } from './liquidity';
import { type OrderRate } from './order-rate';
import { type ReplayMarket } from './replay-market';
import { type EmulatorRequest } from './request';
import { type SymbolSpec } from './types';
import { type WeightPool } from './weights';

/** Everything a handler may read or change. */
export interface EmulatorState {
  readonly clock: ServerClock;
  readonly accounts: AccountBook;
  readonly symbols: readonly SymbolSpec[];
  readonly market: ReplayMarket;
  readonly engine: Engine;
  readonly liquidity: Liquidity;
  readonly orderRate: OrderRate;
  readonly depthLevels: number;
}

export interface PublicContext {
  request: EmulatorRequest;
  state: EmulatorState;
}

/** For routes that need the API key: the account it belongs to. */
export interface AccountContext extends PublicContext {
  account: Account;
}

/** A handler's JSON with extra response headers (the order-count headers of order replies). */
export class RouteReply {
  constructor(
    readonly json: unknown,
    readonly headers: Readonly<Record<string, string>>,
  ) {}
}

interface RouteBase {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Exactly as on Binance, e.g. /api/v3/account. */
  path: string;
  pool: WeightPool;
  /** The documented request weight, counted whether or not the request succeeds. */
  weight: number | ((request: EmulatorRequest) => number);
}

/**
 * A route's security type decides which checks run before its handler: NONE none, MARKET_DATA
 * the API key, USER_DATA the key, the signature and the timing rule, TRADE those and a key that
 * may trade.
 */
export type Route =
  | (RouteBase & { security: 'NONE'; handle: (context: PublicContext) => unknown })
  | (RouteBase & { security: 'MARKET_DATA' | 'USER_DATA' | 'TRADE'; handle: (context: AccountContext) => unknown });

export function routeWeight(route: Route, request: EmulatorRequest): number {
  return typeof route.weight === 'number' ? route.weight : route.weight(request);
}
