import { binanceErrors } from './errors';
import { type EmulatorRequest } from './request';
import { type Route } from './route';
import { type SymbolSpec } from './types';

/**
 * ccxt's loadMarkets asks for the margin pair lists whenever it holds an API key
 * (options.fetchMargins defaults to true), so Binance-faithful means serving them.
 */
function marginPairs(request: EmulatorRequest, specs: readonly SymbolSpec[]): SymbolSpec[] {
  const symbol = request.params.get('symbol');
  const pairs = specs.filter((spec) => spec.isMarginTradingAllowed ?? true);
  if (symbol === undefined) return pairs;
  const match = pairs.filter((spec) => spec.symbol === symbol);
  if (match.length === 0) throw binanceErrors.invalidSymbol();
  return match;
}

function pairFields(spec: SymbolSpec): object {
  return { symbol: spec.symbol, base: spec.baseAsset, quote: spec.quoteAsset, isMarginTrade: true, isBuyAllowed: true, isSellAllowed: true };
}

export const marginRoutes: readonly Route[] = [
  {
    method: 'GET',
    path: '/sapi/v1/margin/allPairs',
    pool: 'sapi',
    weight: 1,
    security: 'MARKET_DATA',
    handle: ({ request, state }) =>
      marginPairs(request, state.symbols).map((spec) => ({ id: state.symbols.indexOf(spec) + 1, ...pairFields(spec) })),
  },
  {
    method: 'GET',
    path: '/sapi/v1/margin/isolated/allPairs',
    pool: 'sapi',
    weight: 10,
    security: 'MARKET_DATA',
    handle: ({ request, state }) => marginPairs(request, state.symbols).map(pairFields),
  },
];
