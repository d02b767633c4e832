import { binanceErrors } from './errors';
import { SYMBOL_FORMAT, SYMBOL_RANGE } from './params';
import { type EmulatorRequest } from './request';
import { type Route } from './route';
import { toExchangeInfoSymbol } from './symbols';
import { type SymbolSpec } from './types';

const RATE_LIMITS = [
  { rateLimitType: 'REQUEST_WEIGHT', interval: 'MINUTE', intervalNum: 1, limit: 6000 },
  { rateLimitType: 'ORDERS', interval: 'SECOND', intervalNum: 10, limit: 100 },
  { rateLimitType: 'ORDERS', interval: 'DAY', intervalNum: 1, limit: 200000 },
  { rateLimitType: 'RAW_REQUESTS', interval: 'MINUTE', intervalNum: 5, limit: 61000 },
];

function parseSymbolList(raw: string): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw binanceErrors.illegalChars();
  }
  if (!Array.isArray(parsed) || !parsed.every((name): name is string => typeof name === 'string' && SYMBOL_FORMAT.test(name))) {
    throw binanceErrors.illegalChars();
  }
  return parsed;
}

function selectSymbols(request: EmulatorRequest, specs: readonly SymbolSpec[]): readonly SymbolSpec[] {
  const one = request.params.get('symbol');
  const many = request.params.get('symbols');
  if (one !== undefined && many !== undefined) throw binanceErrors.badParamCombination();
  if (one === undefined && many === undefined) return specs;
  if (one !== undefined && !SYMBOL_FORMAT.test(one)) throw binanceErrors.illegalCharsIn('symbol', SYMBOL_RANGE);
  const names = one !== undefined ? [one] : parseSymbolList(many ?? '');
  if (new Set(names).size !== names.length) throw binanceErrors.duplicateSymbol();
  return names.map((name) => {
    const spec = specs.find((candidate) => candidate.symbol === name);
    if (spec === undefined) throw binanceErrors.invalidSymbol();
    return spec;
  });
}

export const marketRoutes: readonly Route[] = [
  { method: 'GET', path: '/api/v3/ping', pool: 'api', weight: 1, security: 'NONE', handle: () => ({}) },
  {
    method: 'GET',
    path: '/api/v3/time',
    pool: 'api',
    weight: 1,
    security: 'NONE',
    handle: ({ state }) => ({ serverTime: state.clock.now() }),
  },
  {
    method: 'GET',
    path: '/api/v3/exchangeInfo',
    pool: 'api',
    weight: 20,
    security: 'NONE',
    handle: ({ request, state }) => ({
      timezone: 'UTC',
      serverTime: state.clock.now(),
      rateLimits: RATE_LIMITS,
      exchangeFilters: [],
      symbols: selectSymbols(request, state.symbols).map(toExchangeInfoSymbol),
    }),
  },
];
