import { type Account, type AccountBook } from './accounts';
import { type ServerClock } from './clock';
import { type EmulatorRequest } from './request';
import { type SymbolSpec } from './types';
import { type WeightPool } from './weights';

/** Everything a handler may read or change. */
export interface EmulatorState {
  readonly clock: ServerClock;
  readonly accounts: AccountBook;
  readonly symbols: readonly SymbolSpec[];
}

export interface PublicContext {
  request: EmulatorRequest;
  state: EmulatorState;
}

/** For routes that need the API key: the account it belongs to. */
export interface AccountContext extends PublicContext {
  account: Account;
}

interface RouteBase {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Exactly as on Binance, e.g. /api/v3/account. */
  path: string;
  pool: WeightPool;
  /** The documented request weight, counted whether or not the request succeeds. */
  weight: number;
}

/**
 * A route's security type decides which checks run before its handler: NONE none, MARKET_DATA
 * the API key, USER_DATA (and later TRADE) the key, the signature and the timing rule.
 */
export type Route =
  | (RouteBase & { security: 'NONE'; handle: (context: PublicContext) => unknown })
  | (RouteBase & { security: 'MARKET_DATA' | 'USER_DATA'; handle: (context: AccountContext) => unknown });
