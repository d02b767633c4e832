import { type QueryClient } from '@tanstack/react-query';
import { type Bridge } from '../../../shared/rpc/bridge';
import { hasStopped, withProgress, withProgressEvent, type BacktestList, type ProgressById } from './backtest-cache';
import { queryKeys } from './query-keys';

/**
 * The backtest viewer's share of use-events-to-cache: progress goes into its own cache entry
 * (the progress bar) and moves the run's status in the list; a run that stopped is fetched
 * again, list and detail, for its metrics.
 */
export function cacheBacktestEvents(bridge: Bridge, queryClient: QueryClient): () => void {
  return bridge.on('backtests.progress', (progress) => {
    queryClient.setQueryData<ProgressById>(queryKeys.backtestProgress, (known) => withProgressEvent(known ?? {}, progress));
    queryClient.setQueryData<BacktestList>(queryKeys.backtestList, (list) => list && withProgress(list, progress));
    if (hasStopped(progress)) {
      void queryClient.invalidateQueries({ queryKey: queryKeys.backtestList });
      void queryClient.invalidateQueries({ queryKey: queryKeys.backtestDetail(progress.id) });
    }
  });
}
