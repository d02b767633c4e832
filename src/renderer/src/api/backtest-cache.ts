import { type z } from 'zod';
import { type BacktestProgressSchema, type BacktestSummary } from '../../../shared/schemas/backtests';

export type BacktestProgress = z.infer<typeof BacktestProgressSchema>;
export interface BacktestList {
  readonly runs: readonly BacktestSummary[];
}
/** The latest progress event of each run this page has heard about, by run id. */
export type ProgressById = Readonly<Record<number, BacktestProgress>>;

/** How many runs the list asks for. */
export const BACKTEST_LIST_LIMIT = 200;

/** A run the core answered with (started, cancelled) goes in the list, newest first, replacing its older self. */
export function withRun(list: BacktestList, run: BacktestSummary): BacktestList {
  const others = list.runs.filter((known) => known.id !== run.id);
  return { runs: [run, ...others].sort((a, b) => b.id - a.id) };
}

/** A progress event moves its run's status; metrics come with the next fetch, once it has stopped. */
export function withProgress(list: BacktestList, progress: BacktestProgress): BacktestList {
  if (!list.runs.some((run) => run.id === progress.id && run.status !== progress.status)) return list;
  return { runs: list.runs.map((run) => (run.id === progress.id ? { ...run, status: progress.status } : run)) };
}

/** The latest progress of a run; a late "running" event never undoes a stop. */
export function withProgressEvent(known: ProgressById, progress: BacktestProgress): ProgressById {
  const previous = known[progress.id];
  if (previous !== undefined && previous.status !== 'running' && progress.status === 'running') return known;
  return { ...known, [progress.id]: progress };
}

export const hasStopped = (progress: BacktestProgress): boolean => progress.status !== 'running';
