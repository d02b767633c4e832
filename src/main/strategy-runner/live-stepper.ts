import { AtrStream, BollingerStream, EmaStream, MacdStream, RsiStream, SmaStream } from '../../shared/indicators';
import { strategyOfType } from '../../shared/strategy/registry';
import { type BarView, type IndicatorSpec, type Intent, type PositionView, type StepContext, type StrategyDefinition } from '../../shared/strategy/types';

/** Flat, nothing pending: what a strategy sees until the broker says otherwise. */
export const FLAT: PositionView = { isOpen: false, quantity: 0, entryPrice: 0, entryTime: 0, barsHeld: 0, isEntryPending: false };

/** What one closed bar produced: the intent and what the strategy read to decide it (for the decision journal). */
export interface LiveStepResult {
  /** 0 for the first bar this stepper saw, as `StepContext.index`. */
  readonly index: number;
  readonly time: number;
  readonly intent: Intent | null;
  /** Each declared indicator on this bar, by the strategy's name for it; NaN during the warm-up. */
  readonly inputs: Readonly<Record<string, number>>;
  /** The same on the bar before (NaN on the first bar). */
  readonly previous: Readonly<Record<string, number>>;
}

/** One indicator kept bar by bar: takes the closed bar, returns the value the strategy reads. */
type IndicatorFeed = (bar: BarView) => number;

/**
 * The streaming counterpart of the backtest's `indicatorColumns`: the stream classes give the
 * same doubles as the batch functions the engine reads, bar for bar.
 */
export function indicatorFeed(spec: IndicatorSpec): IndicatorFeed {
  switch (spec.kind) {
    case 'sma': {
      const stream = new SmaStream(spec.period);
      return (bar) => stream.push(bar.close);
    }
    case 'ema': {
      const stream = new EmaStream(spec.period);
      return (bar) => stream.push(bar.close);
    }
    case 'rsi': {
      const stream = new RsiStream(spec.period);
      return (bar) => stream.push(bar.close);
    }
    case 'macd': {
      const stream = new MacdStream(spec.fast, spec.slow, spec.signal);
      const line = spec.line;
      return (bar) => {
        stream.push(bar.close);
        return stream[line];
      };
    }
    case 'bollinger': {
      const stream = new BollingerStream(spec.period, spec.stdDev);
      const line = spec.line;
      return (bar) => {
        stream.push(bar.close);
        return stream[line];
      };
    }
    case 'atr': {
      const stream = new AtrStream(spec.period);
      return (bar) => stream.push(bar.high, bar.low, bar.close);
    }
  }
}

/** Parses raw parameters with the strategy's zod schema (defaults filled in); throws a readable Error when they do not fit. */
export function parseParams<P extends Record<string, unknown>>(strategy: StrategyDefinition<P>, raw: unknown): P {
  const parsed = strategy.params.safeParse(raw);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => (issue.path.length === 0 ? issue.message : `${issue.path.join('.')}: ${issue.message}`));
  throw new Error(`Invalid parameters for ${strategy.type}: ${problems.join('; ')}`);
}

/**
 * A strategy fed closed bars one at a time, as they arrive from the exchange: the live and paper
 * form of what the backtest engine does over stored bars. It keeps the declared indicators as
 * streams and shows the strategy the same context the engine does (`ind` on this bar, `prev`
 * on the bar before, the position), so on the same bars it decides exactly as the backtest.
 *
 * Fills happen elsewhere (a broker), so the position is set from outside with `setPosition`
 * before the step of the bar it belongs to, as the engine settles the broker before the step.
 * A bar is consumed even when the strategy throws: the indicators have taken it, and the next
 * bar sees it as `prev`, as if the step had answered nothing.
 */
export class LiveStepper<P extends Record<string, unknown> = Record<string, unknown>> {
  readonly #keys: readonly string[];
  readonly #feeds: readonly IndicatorFeed[];
  #previous: Record<string, number>;
  #position: PositionView = FLAT;
  #index = 0;
  #lastTime = -Infinity;

  constructor(
    readonly strategy: StrategyDefinition<P>,
    /** Already parsed by the strategy's schema; see `LiveStepper.forType` for raw parameters. */
    readonly params: P,
  ) {
    const specs = strategy.indicators(params);
    this.#keys = Object.keys(specs);
    this.#feeds = this.#keys.map((key) => indicatorFeed(specs[key] as IndicatorSpec));
    this.#previous = Object.fromEntries(this.#keys.map((key) => [key, NaN]));
  }

  /** A stepper for a built-in strategy, its raw parameters validated by the strategy's schema. */
  static forType(type: string, rawParams: unknown): LiveStepper {
    const strategy = strategyOfType(type);
    if (strategy === undefined) throw new Error(`Unknown strategy type "${type}"`);
    return new LiveStepper(strategy, parseParams(strategy, rawParams));
  }

  /** Bars stepped so far. */
  get barCount(): number {
    return this.#index;
  }

  get position(): PositionView {
    return this.#position;
  }

  /** The position the next step shows the strategy (copied: later changes to `view` do not leak in). */
  setPosition(view: PositionView): void {
    this.#position = {
      isOpen: view.isOpen,
      quantity: view.quantity,
      entryPrice: view.entryPrice,
      entryTime: view.entryTime,
      barsHeld: view.barsHeld,
      isEntryPending: view.isEntryPending,
    };
  }

  /**
   * Takes the next closed bar (finite numbers, time after the previous bar's) and returns the
   * strategy's intent on it with the indicator values it read. A bad bar throws a RangeError and
   * changes nothing; an error thrown by the strategy propagates after the bar is consumed.
   */
  step(bar: BarView): LiveStepResult {
    const { time, open, high, low, close, volume } = bar;
    for (const [name, value] of [['time', time], ['open', open], ['high', high], ['low', low], ['close', close], ['volume', volume]] as const) {
      if (!Number.isFinite(value)) throw new RangeError(`The bar's ${name} must be a finite number, got ${String(value)}`);
    }
    if (time <= this.#lastTime) throw new RangeError(`Bars must arrive in time order: ${time} does not follow ${this.#lastTime}`);
    const view: BarView = { time, open, high, low, close, volume };
    const inputs: Record<string, number> = {};
    this.#keys.forEach((key, k) => {
      inputs[key] = (this.#feeds[k] as IndicatorFeed)(view);
    });
    const previous = this.#previous;
    const index = this.#index;
    this.#previous = inputs;
    this.#index += 1;
    this.#lastTime = time;
    const context: StepContext<string> = { index, bar: view, ind: { ...inputs }, prev: { ...previous }, position: this.#position };
    const intent = this.strategy.step(context, this.params);
    return { index, time, intent, inputs: { ...inputs }, previous: { ...previous } };
  }
}
