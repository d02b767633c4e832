import { accountRoutes } from './account-routes';
import { authenticateKey, authenticateSigned } from './auth';
import { binanceErrors } from './errors';
import { marginRoutes } from './margin-routes';
import { marketDataRoutes } from './market-data-routes';
import { marketRoutes } from './market-routes';
import { orderRoutes } from './order-routes';
import { type EmulatorRequest } from './request';
import { type EmulatorState, type Route } from './route';
import { tradeRoutes } from './trade-routes';

const ROUTES: readonly Route[] = [...marketRoutes, ...marketDataRoutes, ...accountRoutes, ...orderRoutes, ...tradeRoutes, ...marginRoutes];

/** Finds the route for a request; undefined means Binance would answer 404. */
export function findRoute(method: string, path: string, hasSapi: boolean): Route | undefined {
  // The Spot Testnet serves no /sapi at all.
  if (!hasSapi && path.startsWith('/sapi/')) return undefined;
  return ROUTES.find((route) => route.method === method && route.path === path);
}

/** Runs the checks the route's security type demands, then its handler. */
export function dispatch(route: Route, request: EmulatorRequest, state: EmulatorState): unknown {
  switch (route.security) {
    case 'NONE':
      return route.handle({ request, state });
    case 'MARKET_DATA':
      return route.handle({ request, state, account: authenticateKey(request, state.accounts) });
    case 'USER_DATA': {
      const account = authenticateSigned(request, state.accounts, state.clock.now());
      return route.handle({ request, state, account });
    }
    case 'TRADE': {
      const account = authenticateSigned(request, state.accounts, state.clock.now());
      // A key without the trading permission is refused like an unknown one.
      if (!account.canTrade) throw binanceErrors.rejectedApiKey();
      return route.handle({ request, state, account });
    }
  }
}
