import { type CandleInterval } from '../../shared/domain/enums';
import { type EntryLimitSettings, type EntryRefusal } from '../../shared/risk/entry-limits';
import { intervalMs } from '../../shared/market/intervals';
import { strategyOfType } from '../../shared/strategy/registry';
import { type StrategyDefinition } from '../../shared/strategy/types';
import { AppError } from '../api/app-error';
import { type CandleStore } from '../market/candle-store';
import { type MarketCatalog } from '../markets/market-catalog';
import { backtestCandles } from './backtest-candles';
import { rulesFrom } from './backtest-rules';
import { runEngine, type EngineInput, type EngineOutput } from './engine';
import { type BacktestTrade, type BrokerCosts } from './engine-types';
import { parameterHash, tradesFingerprint } from './fingerprint';
import { computeMetrics, type BacktestMetrics } from './metrics';

export interface BacktestRequest {
  readonly strategy: string;
  readonly params: Readonly<Record<string, unknown>>;
  readonly venue: string;
  readonly symbol: string;
  readonly interval: CandleInterval;
  readonly from: number;
  readonly to: number;
  readonly initialCapital: number;
  readonly costs: BrokerCosts;
  /** Live risk limits to apply to entries; none when absent. */
  readonly limits?: EntryLimitSettings;
}

export interface BacktestResult {
  readonly request: BacktestRequest;
  readonly strategyVersion: number;
  /** The parameters as run: the request's, with the schema's defaults filled in. */
  readonly params: Readonly<Record<string, unknown>>;
  readonly parameterHash: string;
  readonly bars: number;
  readonly firstBar: number;
  readonly lastBar: number;
  readonly candleSource: 'stored' | 'derived';
  readonly rulesSource: 'exchange' | 'default';
  readonly trades: readonly BacktestTrade[];
  readonly times: Float64Array;
  readonly equity: Float64Array;
  readonly metrics: BacktestMetrics;
  readonly refused: number;
  readonly blocked: Readonly<Record<EntryRefusal, number>>;
  readonly fingerprint: string;
  readonly isCancelled: boolean;
  readonly elapsedMs: number;
}

/** Checks the strategy and parameters a request names, with a clear error for each problem. */
export function resolveStrategy(type: string, params: Readonly<Record<string, unknown>>): { strategy: StrategyDefinition; params: Record<string, unknown> } {
  const strategy = strategyOfType(type);
  if (strategy === undefined) throw new AppError('BAD_INPUT', `Unknown strategy "${type}"; built in: rsi-reversal, ma-crossover, combined`);
  const parsed = strategy.params.safeParse(params);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError('BAD_INPUT', `${strategy.name}: ${issue ? `${issue.path.join('.') || 'params'}: ${issue.message}` : 'bad parameters'}`);
  }
  return { strategy, params: parsed.data };
}

/** Everything a run needs before its first bar: the strategy, the bars and the symbol's rules. */
export interface PreparedBacktest {
  readonly request: BacktestRequest;
  readonly started: number;
  readonly engine: EngineInput<Record<string, unknown>>;
  readonly strategyVersion: number;
  readonly candleSource: 'stored' | 'derived';
  readonly rulesSource: 'exchange' | 'default';
}

export function prepareBacktest(deps: { candles: CandleStore; markets: MarketCatalog | null }, request: BacktestRequest): PreparedBacktest {
  const started = performance.now();
  const { strategy, params } = resolveStrategy(request.strategy, request.params);
  const { candles, source } = backtestCandles(deps.candles, request, request.from, request.to);
  const { rules, source: rulesSource } = rulesFrom(deps.markets?.filters(request.venue, request.symbol) ?? null);
  const engine: EngineInput<Record<string, unknown>> = { strategy, params, candles, initialCapital: request.initialCapital, costs: request.costs, rules, ...(request.limits ? { limits: request.limits } : {}) };
  return { request, started, engine, strategyVersion: strategy.version, candleSource: source, rulesSource };
}

/** The metrics, fingerprint and the rest of a result, from the engine's output. */
export function finishBacktest(prepared: PreparedBacktest, output: EngineOutput): BacktestResult {
  const { request, engine } = prepared;
  const { candles, params } = engine;
  const metrics = computeMetrics({
    initialCapital: request.initialCapital,
    times: candles.openTime,
    equity: output.equity,
    trades: output.trades,
    barsInPosition: output.barsInPosition,
    feesPaid: output.feesPaid,
    firstOpen: candles.open[0] ?? 0,
    lastClose: candles.close[candles.length - 1] ?? 0,
    barMs: intervalMs(request.interval),
  });
  return {
    request,
    strategyVersion: prepared.strategyVersion,
    params,
    parameterHash: parameterHash(params),
    bars: candles.length,
    firstBar: candles.openTime[0] ?? request.from,
    lastBar: candles.openTime[candles.length - 1] ?? request.to,
    candleSource: prepared.candleSource,
    rulesSource: prepared.rulesSource,
    trades: output.trades,
    times: candles.openTime,
    equity: output.equity,
    metrics,
    refused: output.refused,
    blocked: output.blocked,
    fingerprint: tradesFingerprint(output.trades),
    isCancelled: output.isCancelled,
    elapsedMs: performance.now() - prepared.started,
  };
}

/**
 * One backtest, start to finish: the bars from the store, the symbol's filters, the engine,
 * the metrics and the fingerprint. The CLI, the UI and the sweep all run this same engine.
 */
export function runBacktest(deps: { candles: CandleStore; markets: MarketCatalog | null }, request: BacktestRequest): BacktestResult {
  const prepared = prepareBacktest(deps, request);
  return finishBacktest(prepared, runEngine(prepared.engine));
}
