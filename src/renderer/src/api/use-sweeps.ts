import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type z } from 'zod';
import { unwrap } from '../../../shared/rpc/unwrap';
import { type SweepProgress, type SweepRunInputSchema } from '../../../shared/schemas/backtests';
import { useBridge } from '../bridge/bridge-context';
import { queryKeys } from './query-keys';
import { withSweepProgress, type SweepProgressById } from './sweep-results';

export type SweepRunInput = z.input<typeof SweepRunInputSchema>;

/** How often a running sweep is asked about, in case a progress event was missed. */
const RUNNING_POLL_MS = 3000;

function storeProgress(queryClient: ReturnType<typeof useQueryClient>, progress: SweepProgress): void {
  queryClient.setQueryData<SweepProgressById>(queryKeys.sweepProgress, (known) => withSweepProgress(known ?? {}, progress));
}

/** The sweeps' progress events heard so far, by id: nothing to fetch, events fill it. */
export function useSweepProgress(): SweepProgressById {
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: queryKeys.sweepProgress,
    queryFn: (): SweepProgressById => queryClient.getQueryData<SweepProgressById>(queryKeys.sweepProgress) ?? {},
  });
  return query.data ?? {};
}

/** A sweep with its results once it ends; fetched again when a stop event comes, and now and then while it runs. */
export function useSweep(id: number | null) {
  const bridge = useBridge();
  return useQuery({
    queryKey: queryKeys.sweepDetail(id ?? 0),
    enabled: id !== null,
    queryFn: async () => unwrap(await bridge.sweeps.get({ id: id ?? 0 })),
    refetchInterval: (query) => (query.state.data === undefined || query.state.data.progress.status === 'running' ? RUNNING_POLL_MS : false),
  });
}

export function useRunSweep() {
  const bridge = useBridge();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: SweepRunInput) => unwrap(await bridge.sweeps.run(input)),
    onSuccess: (progress) => storeProgress(queryClient, progress),
  });
}

export function useCancelSweep() {
  const bridge = useBridge();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: number) => unwrap(await bridge.sweeps.cancel({ id })),
    onSuccess: (progress) => {
      storeProgress(queryClient, progress);
      void queryClient.invalidateQueries({ queryKey: queryKeys.sweepDetail(progress.id) });
    },
  });
}
