import { binanceErrors } from './errors';
import { formatFixed } from './fixed';
import { isAggregatable, isKlineInterval } from './intervals';
import { klineRow, queryKlines } from './klines';
import { bookTickerBody, syntheticBook, ticker24h } from './market-payloads';
import { findSymbol, intParam, limitParam, requireSymbol } from './params';
import { type EmulatorRequest } from './request';
import { type EmulatorState, type PublicContext, type Route } from './route';
import { type SymbolReplay } from './symbol-replay';

/** A symbol without replayed data has no market data: these endpoints treat it as unknown. */
function replayOf(state: EmulatorState, symbol: string): SymbolReplay {
  const replay = state.market.replay(symbol);
  if (replay === undefined) throw binanceErrors.invalidSymbol();
  return replay;
}

/** `symbol`, a JSON `symbols` list, or neither (every replayed symbol). */
function selectReplays(request: EmulatorRequest, state: EmulatorState): { replays: SymbolReplay[]; isSingle: boolean } {
  const one = request.params.get('symbol');
  const many = request.params.get('symbols');
  if (one !== undefined && many !== undefined) throw binanceErrors.badParamCombination();
  if (one !== undefined) return { replays: [replayOf(state, findSymbol(one, state.symbols).symbol)], isSingle: true };
  if (many === undefined) return { replays: state.market.symbols.map((symbol) => replayOf(state, symbol)), isSingle: false };
  let names: unknown;
  try {
    names = JSON.parse(many);
  } catch {
    throw binanceErrors.illegalChars();
  }
  if (!Array.isArray(names) || !names.every((name): name is string => typeof name === 'string')) throw binanceErrors.illegalChars();
  return { replays: names.map((name) => replayOf(state, findSymbol(name, state.symbols).symbol)), isSingle: false };
}

function perSymbol(request: EmulatorRequest, state: EmulatorState, body: (replay: SymbolReplay) => object): object {
  const { replays, isSingle } = selectReplays(request, state);
  return isSingle && replays[0] !== undefined ? body(replays[0]) : replays.map(body);
}

function klines({ request, state }: PublicContext): unknown[] {
  const { symbol } = requireSymbol(request, state.symbols);
  const interval = request.params.get('interval');
  if (interval === undefined || interval === '') throw binanceErrors.mandatoryParam('interval');
  if (!isKlineInterval(interval)) throw binanceErrors.invalidInterval();
  const replay = state.market.replay(symbol);
  if (replay === undefined) return [];
  // Data of one bar length cannot make shorter bars.
  if (!isAggregatable(replay.interval, interval)) throw binanceErrors.invalidInterval();
  const query = { interval, startTime: intParam(request, 'startTime'), endTime: intParam(request, 'endTime'), limit: limitParam(request, 500, 1000) };
  return queryKlines(replay, query).map(klineRow);
}

function depth({ request, state }: PublicContext): object {
  const replay = replayOf(state, requireSymbol(request, state.symbols).symbol);
  const book = syntheticBook(replay, state.liquidity, Math.min(limitParam(request, 100, 5000), state.depthLevels));
  return { lastUpdateId: replay.updateId, ...book };
}

function depthWeight(request: EmulatorRequest): number {
  const limit = Number(request.params.get('limit') ?? 100);
  return limit <= 100 ? 5 : limit <= 500 ? 25 : limit <= 1000 ? 50 : 250;
}

const tickerWeight = (single: number, all: number) => (request: EmulatorRequest) => (request.params.has('symbol') ? single : all);

export const marketDataRoutes: readonly Route[] = [
  { method: 'GET', path: '/api/v3/klines', pool: 'api', weight: 2, security: 'NONE', handle: klines },
  { method: 'GET', path: '/api/v3/depth', pool: 'api', weight: depthWeight, security: 'NONE', handle: depth },
  {
    method: 'GET',
    path: '/api/v3/ticker/price',
    pool: 'api',
    weight: tickerWeight(2, 4),
    security: 'NONE',
    handle: ({ request, state }) => perSymbol(request, state, (replay) => ({ symbol: replay.rules.symbol, price: formatFixed(replay.price) })),
  },
  {
    method: 'GET',
    path: '/api/v3/ticker/bookTicker',
    pool: 'api',
    weight: tickerWeight(2, 4),
    security: 'NONE',
    handle: ({ request, state }) => perSymbol(request, state, (replay) => bookTickerBody(replay, state.liquidity)),
  },
  {
    method: 'GET',
    path: '/api/v3/ticker/24hr',
    pool: 'api',
    weight: tickerWeight(2, 80),
    security: 'NONE',
    handle: ({ request, state }) => perSymbol(request, state, (replay) => ticker24h(replay, state.liquidity)),
  },
  {
    method: 'GET',
    path: '/api/v3/avgPrice',
    pool: 'api',
    weight: 2,
    security: 'NONE',
    // The current price stands in for the five-minute average, as in the NOTIONAL filter.
    handle: ({ request, state }) => {
      const replay = replayOf(state, requireSymbol(request, state.symbols).symbol);
      return { mins: 5, price: formatFixed(replay.price), closeTime: replay.time };
    },
  },
];
