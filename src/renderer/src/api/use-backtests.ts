import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { type z } from 'zod';
import { type CandleInterval } from '../../../shared/domain/enums';
import { unwrap } from '../../../shared/rpc/unwrap';
import { type BacktestRunInputSchema, type BacktestSummary } from '../../../shared/schemas/backtests';
import { useBridge } from '../bridge/bridge-context';
import { BACKTEST_LIST_LIMIT, withRun, type BacktestList, type ProgressById } from './backtest-cache';
import { queryKeys } from './query-keys';

export type BacktestRunInput = z.input<typeof BacktestRunInputSchema>;

/** The strategies a run can use, with their parameter schemas. */
export function useStrategies() {
  const bridge = useBridge();
  return useQuery({
    queryKey: queryKeys.strategies,
    queryFn: async () => unwrap(await bridge.strategies.list({})),
  });
}

/** Stored runs, newest first; `backtests.progress` events move their status (backtest-events). */
export function useBacktests() {
  const bridge = useBridge();
  return useQuery({
    queryKey: queryKeys.backtestList,
    queryFn: async (): Promise<BacktestList> => unwrap(await bridge.backtests.list({ limit: BACKTEST_LIST_LIMIT })),
  });
}

/** The progress events heard so far, by run id: nothing to fetch, events fill it. */
export function useBacktestProgress(): ProgressById {
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: queryKeys.backtestProgress,
    // A refetch (after a reconnect) keeps what events brought.
    queryFn: (): ProgressById => queryClient.getQueryData<ProgressById>(queryKeys.backtestProgress) ?? {},
  });
  return query.data ?? {};
}

/** One run with its trades and curves; a run still going is fetched again when it stops. */
export function useBacktest(id: number | null) {
  const bridge = useBridge();
  return useQuery({
    queryKey: queryKeys.backtestDetail(id ?? 0),
    enabled: id !== null,
    queryFn: async () => unwrap(await bridge.backtests.get({ id: id ?? 0 })),
  });
}

/** Several runs' details at once, for drawing their equity side by side. */
export function useBacktestDetails(ids: readonly number[]) {
  const bridge = useBridge();
  return useQueries({
    queries: ids.map((id) => ({
      queryKey: queryKeys.backtestDetail(id),
      queryFn: async () => unwrap(await bridge.backtests.get({ id })),
    })),
  });
}

function upsertRun(queryClient: ReturnType<typeof useQueryClient>, run: BacktestSummary): void {
  queryClient.setQueryData<BacktestList>(queryKeys.backtestList, (list) => list && withRun(list, run));
}

export function useRunBacktest() {
  const bridge = useBridge();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: BacktestRunInput) => unwrap(await bridge.backtests.run(input)),
    onSuccess: (run) => upsertRun(queryClient, run),
  });
}

export function useCancelBacktest() {
  const bridge = useBridge();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: number) => unwrap(await bridge.backtests.cancel({ id })),
    onSuccess: (run) => upsertRun(queryClient, run),
  });
}

export interface CandleWindowRequest {
  readonly venue: string;
  readonly symbol: string;
  readonly interval: CandleInterval;
  readonly before: number;
  readonly limit: number;
}

/** Stored candles around a trade, for its price chart; stored bars do not change, so it is kept. */
export function useBacktestCandles(request: CandleWindowRequest | null) {
  const bridge = useBridge();
  return useQuery({
    queryKey: request === null ? queryKeys.backtestCandles('', '', '', 0, 0) : queryKeys.backtestCandles(request.venue, request.symbol, request.interval, request.before, request.limit),
    enabled: request !== null,
    queryFn: async () => unwrap(await bridge.candles.window({ venue: request?.venue ?? '', symbol: request?.symbol ?? '', interval: request?.interval ?? '1h', before: request?.before ?? 0, limit: request?.limit ?? 1 })),
  });
}
