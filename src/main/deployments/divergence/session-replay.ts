import { batchOfRows } from '../../../shared/market/candle-batch';
import { type DivergenceTrade } from '../../../shared/schemas/divergence';
import { type EntryLimitSettings } from '../../../shared/risk/entry-limits';
import { type BarView, type StrategyDefinition } from '../../../shared/strategy/types';
import { runEngine } from '../../backtest/engine';
import { DEFAULT_COSTS } from '../../backtest/engine-types';
import { type SymbolRules } from '../../backtest/symbol-rules';
import { parseParams } from '../../strategy-runner/live-stepper';

export interface SessionReplayInput {
  readonly strategy: StrategyDefinition;
  readonly params: Readonly<Record<string, unknown>>;
  /** The warm-up bars and then the session's own, oldest first. */
  readonly bars: readonly BarView[];
  /** Open time of the session's first traded bar: bars before it only warm the strategy up. */
  readonly fromBar: number;
  readonly capital: number;
  readonly rules: SymbolRules;
  readonly limits: EntryLimitSettings;
}

/**
 * The backtester over a session's own candles, warmed up on the bars before them as the
 * deployment was, with the costs paper trading uses: what the session would have traded had
 * every fill been the simulated one.
 */
export function replaySession(input: SessionReplayInput): DivergenceTrade[] {
  const tradeFromIndex = input.bars.findIndex((bar) => bar.time >= input.fromBar);
  if (tradeFromIndex < 0) return [];
  const output = runEngine({
    strategy: input.strategy,
    params: parseParams(input.strategy, input.params),
    candles: batchOfRows(input.bars.map((bar) => [bar.time, bar.open, bar.high, bar.low, bar.close, bar.volume])),
    initialCapital: input.capital,
    costs: DEFAULT_COSTS,
    rules: input.rules,
    limits: input.limits,
    tradeFromIndex,
  });
  return output.trades.map((trade) => ({
    entryBar: trade.entryTime,
    entryPrice: trade.entryPrice,
    exitBar: trade.exitTime,
    exitPrice: trade.exitPrice,
    quantity: trade.quantity,
    fees: trade.fees,
    pnl: trade.exitTime === null ? null : trade.pnl,
    exitReason: trade.exitReason,
  }));
}
