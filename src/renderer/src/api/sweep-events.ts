import { type QueryClient } from '@tanstack/react-query';
import { type Bridge } from '../../../shared/rpc/bridge';
import { queryKeys } from './query-keys';
import { withSweepProgress, type SweepProgressById } from './sweep-results';

/** The sweeps' share of use-events-to-cache: progress by id; a sweep that stopped is fetched again for its results. */
export function cacheSweepEvents(bridge: Bridge, queryClient: QueryClient): () => void {
  return bridge.on('sweeps.progress', (progress) => {
    queryClient.setQueryData<SweepProgressById>(queryKeys.sweepProgress, (known) => withSweepProgress(known ?? {}, progress));
    if (progress.status !== 'running') void queryClient.invalidateQueries({ queryKey: queryKeys.sweepDetail(progress.id) });
  });
}
