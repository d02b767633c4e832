import { type z } from 'zod';

/** A study a strategy reads each bar, computed by src/shared/indicators (batch in a backtest, streaming live). */
export type IndicatorSpec =
  | { readonly kind: 'sma'; readonly period: number }
  | { readonly kind: 'ema'; readonly period: number }
  | { readonly kind: 'rsi'; readonly period: number }
  | { readonly kind: 'atr'; readonly period: number }
  | { readonly kind: 'macd'; readonly fast: number; readonly slow: number; readonly signal: number; readonly line: 'macd' | 'signal' | 'histogram' }
  | { readonly kind: 'bollinger'; readonly period: number; readonly stdDev: number; readonly line: 'upper' | 'middle' | 'lower' };

/** The closed bar a step sees. */
export interface BarView {
  readonly time: number;
  readonly open: number;
  readonly high: number;
  readonly low: number;
  readonly close: number;
  readonly volume: number;
}

/** The strategy's own position on its symbol (spot: long or flat). */
export interface PositionView {
  readonly isOpen: boolean;
  readonly quantity: number;
  readonly entryPrice: number;
  readonly entryTime: number;
  /** Closed bars since the entry filled. */
  readonly barsHeld: number;
  /** An entry order is resting (a limit not yet filled). */
  readonly isEntryPending: boolean;
}

/**
 * What a step sees: the bar that just closed, each declared indicator's value on it (`ind`)
 * and on the bar before (`prev`), NaN where not defined yet, and the position. The engine
 * reuses one context object and overwrites its fields every bar: read it, do not keep it.
 */
export interface StepContext<K extends string> {
  readonly index: number;
  readonly bar: BarView;
  readonly ind: Readonly<Record<K, number>>;
  readonly prev: Readonly<Record<K, number>>;
  readonly position: PositionView;
}

/** Protective exits, as fractions of the entry price (0.02 = 2 %). */
export interface Protection {
  readonly stopLoss?: number | null;
  readonly takeProfit?: number | null;
  /** The stop follows the highest high since entry at this distance. */
  readonly trailingStop?: number | null;
}

/** How convinced the signal is, 0 (barely) to 1 (fully): journaled with the decision, never traded on. */
interface Strength {
  readonly strength?: number;
}

export type Intent =
  | ({
      readonly action: 'enter';
      /** Market: the next bar's open. Limit: rests at `limitPrice` until it trades or is replaced. */
      readonly orderType: 'market' | 'limit';
      readonly limitPrice?: number;
      /** How much quote currency to spend. */
      readonly quoteAmount: number;
      readonly reason: string;
    } & Protection &
      Strength)
  | ({ readonly action: 'exit'; readonly reason: string } & Strength);

/**
 * A strategy: a name, a zod parameter schema (defaults and bounds; the UI builds its form from
 * it), the indicators it reads, and a step run on every closed candle. The same definition
 * runs in a backtest, on paper and live; only where candles and fills come from changes.
 */
export interface StrategyDefinition<P extends Record<string, unknown> = Record<string, unknown>, K extends string = string> {
  readonly type: string;
  readonly name: string;
  /** Bumped whenever the step's behaviour changes, so old runs say which logic produced them. */
  readonly version: number;
  readonly description: string;
  readonly params: z.ZodType<P, unknown>;
  indicators(params: P): Readonly<Record<K, IndicatorSpec>>;
  step(context: StepContext<K>, params: P): Intent | null;
}
