import { type BarView, type PositionView } from '../../shared/strategy/types';
import { type LiveStepResult } from './live-stepper';

/*
 * The messages between an IsolatedStepper (main thread) and its strategy worker. Kept apart
 * from strategy-worker.ts, whose top level starts the worker's side, so importing these types
 * never runs it (verbatimModuleSyntax keeps side-effect imports).
 */

/**
 * Which strategy the worker runs: a built-in by type, or a module's named export. A module
 * path is a code-loading hook for the main process itself (tests, later user strategies); it
 * must never be taken from a renderer or web request.
 */
export type StrategySource = { readonly type: string } | { readonly module: string; readonly exportName: string };

export interface StrategyWorkerData {
  readonly source: StrategySource;
  /** Raw parameters: the worker validates them with the strategy's schema. */
  readonly params: unknown;
}

/** One closed bar, with the position the strategy is to see on it. */
export interface StepRequest {
  readonly id: number;
  readonly bar: BarView;
  readonly position: PositionView;
}

export type WorkerReply =
  | { readonly kind: 'ready' }
  | { readonly kind: 'start-failed'; readonly message: string }
  | { readonly kind: 'stepped'; readonly id: number; readonly result: LiveStepResult }
  | { readonly kind: 'step-failed'; readonly id: number; readonly message: string };

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
