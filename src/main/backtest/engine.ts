import { type CandleBatch } from '../../shared/market/candle-batch';
import { EntryLimits, NO_LIMITS, type EntryLimitSettings, type EntryRefusal } from '../../shared/risk/entry-limits';
import { type BarView, type PositionView, type StepContext, type StrategyDefinition } from '../../shared/strategy/types';
import { type BacktestTrade, type BrokerCosts } from './engine-types';
import { indicatorColumns } from './indicator-columns';
import { SimulatedBroker } from './simulated-broker';
import { RuleRounder, type SymbolRules } from './symbol-rules';

export interface EngineInput<P extends Record<string, unknown>> {
  readonly strategy: StrategyDefinition<P>;
  /** Already parsed by the strategy's schema (defaults filled in). */
  readonly params: P;
  readonly candles: CandleBatch;
  readonly initialCapital: number;
  readonly costs: BrokerCosts;
  readonly rules: SymbolRules;
  /** The live risk limits on entries, switched on for this run; none by default. */
  readonly limits?: EntryLimitSettings;
  /**
   * Bars before this index only warm the indicators and the strategy up: their intents are
   * ignored, so trading starts here (a walk-forward test window after its warm-up).
   */
  readonly tradeFromIndex?: number;
  /** How many bars `runEngineSteps` runs between two yields. */
  readonly progressEvery?: number;
}

export interface EngineOutput {
  readonly trades: BacktestTrade[];
  /** Equity (cash plus the position at the close) after each bar, aligned with the candles. */
  readonly equity: Float64Array;
  /** Bars during which a position was held, for exposure. */
  readonly barsInPosition: number;
  readonly feesPaid: number;
  /** Entries the exchange filters would have refused (below the minimum quantity or notional). */
  readonly refused: number;
  /** Entries a risk limit stopped, by limit. */
  readonly blocked: Readonly<Record<EntryRefusal, number>>;
  readonly isCancelled: boolean;
}

/**
 * The event loop of a backtest: bar by bar, the broker settles what the previous close asked
 * for, the equity is marked at the close, then the strategy sees the closed bar and answers
 * with an intent. Indicators are computed over the whole series up front; one context object
 * is reused, so the loop allocates nothing unless a signal fires.
 */
export function runEngine<P extends Record<string, unknown>>(input: EngineInput<P>): EngineOutput {
  const steps = runEngineSteps(input);
  for (;;) {
    const step = steps.next(false);
    if (step.done === true) return step.value;
  }
}

/**
 * The same run in slices: yields the share of bars done every `progressEvery` bars, so a
 * caller can report progress and let other work run between slices. Passing true to `next()`
 * stops the run there; the output then says `isCancelled`.
 */
export function* runEngineSteps<P extends Record<string, unknown>>(input: EngineInput<P>): Generator<number, EngineOutput, boolean | undefined> {
  const { strategy, params, candles } = input;
  const count = candles.length;
  const columns = indicatorColumns(strategy.indicators(params), candles);
  const keys = [...columns.keys()];
  const values = keys.map((key) => columns.get(key) as Float64Array);
  const limits = new EntryLimits(input.limits ?? NO_LIMITS);
  const watchesDrawdown = limits.settings.maxDrawdownPct !== null;
  const broker = new SimulatedBroker(input.initialCapital, input.costs, new RuleRounder(input.rules), limits);
  const equity = new Float64Array(count);

  const { openTime, open, high, low, close, volume } = candles;
  let index = 0;
  const bar: BarView = {
    get time() {
      return openTime[index] as number;
    },
    get open() {
      return open[index] as number;
    },
    get high() {
      return high[index] as number;
    },
    get low() {
      return low[index] as number;
    },
    get close() {
      return close[index] as number;
    },
    get volume() {
      return volume[index] as number;
    },
  };
  // Each indicator is read straight from its column at the current bar: nothing is copied
  // per bar, and a strategy pays only for the values it looks at.
  const ind: Record<string, number> = {};
  const prev: Record<string, number> = {};
  keys.forEach((key, k) => {
    const column = values[k] as Float64Array;
    Object.defineProperty(ind, key, { enumerable: true, get: () => column[index] as number });
    Object.defineProperty(prev, key, { enumerable: true, get: () => (index > 0 ? (column[index - 1] as number) : NaN) });
  });
  const position = {
    get isOpen() {
      return broker.isOpen;
    },
    get quantity() {
      return broker.quantity;
    },
    get entryPrice() {
      return broker.entryPrice;
    },
    get entryTime() {
      return broker.entryTime;
    },
    get barsHeld() {
      return broker.barsHeld;
    },
    get isEntryPending() {
      return broker.isEntryPending;
    },
  } satisfies PositionView;
  const context = { index: 0, bar, ind, prev, position } as StepContext<string>;
  const writable = context as { index: number };
  const every = input.progressEvery ?? 65_536;
  const tradeFrom = input.tradeFromIndex ?? 0;
  let barsInPosition = 0;
  let isCancelled = false;

  for (let i = 0; i < count; i++) {
    const time = openTime[i] as number;
    const barClose = close[i] as number;
    broker.settleBar(time, open[i] as number, high[i] as number, low[i] as number);
    if (broker.quantity > 0) barsInPosition += 1;
    const value = broker.cash + broker.quantity * barClose;
    equity[i] = value;
    if (watchesDrawdown) limits.onEquity(value);

    index = i;
    writable.index = i;
    const intent = strategy.step(context, params);
    if (intent !== null && i >= tradeFrom) broker.submit(intent);

    if (i % every === every - 1 && (yield (i + 1) / count) === true) {
      isCancelled = true;
      break;
    }
  }
  if (count > 0) broker.finish(close[count - 1] as number);
  return { trades: broker.trades, equity, barsInPosition, feesPaid: broker.feesPaid, refused: broker.refused, blocked: broker.blocked, isCancelled };
}
