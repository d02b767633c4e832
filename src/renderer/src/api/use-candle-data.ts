import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { type z } from 'zod';
import { unwrap } from '../../../shared/rpc/unwrap';
import {
  type CandleDeriveInputSchema,
  type CandleDownloadInputSchema,
  type CandleImportInputSchema,
  type Download,
} from '../../../shared/schemas/candles';
import { useBridge } from '../bridge/bridge-context';
import { sortedDownloads, withReply, type DownloadList } from './download-cache';
import { queryKeys } from './query-keys';

export type DownloadInput = z.input<typeof CandleDownloadInputSchema>;
export type DeriveInput = z.input<typeof CandleDeriveInputSchema>;
export type ImportInput = z.input<typeof CandleImportInputSchema>;

/** Every stored series with its ranges and gaps; stored bars make it refetch (download-events). */
export function useCoverage() {
  const bridge = useBridge();
  return useQuery({
    queryKey: queryKeys.candleCoverage,
    queryFn: async () => unwrap(await bridge.candles.coverage({})),
  });
}

/** Recent downloads, running first; `candles.download` events keep their progress current. */
export function useDownloads() {
  const bridge = useBridge();
  return useQuery({
    queryKey: queryKeys.candleDownloads,
    queryFn: async (): Promise<DownloadList> => sortedDownloads(unwrap(await bridge.candles.downloads({}))),
  });
}

function upsertDownload(queryClient: QueryClient, download: Download): void {
  queryClient.setQueryData<DownloadList>(queryKeys.candleDownloads, (list) => list && withReply(list, download));
}

/** Starts a background download of the bars a range lacks; progress arrives as events. */
export function useStartDownload() {
  const bridge = useBridge();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: DownloadInput) => unwrap(await bridge.candles.download(input)),
    onSuccess: (download) => upsertDownload(queryClient, download),
  });
}

export function useCancelDownload() {
  const bridge = useBridge();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: number) => unwrap(await bridge.candles.cancelDownload({ id })),
    onSuccess: (download) => upsertDownload(queryClient, download),
  });
}

export function useResumeDownload() {
  const bridge = useBridge();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: number) => unwrap(await bridge.candles.resumeDownload({ id })),
    onSuccess: (download) => upsertDownload(queryClient, download),
  });
}

/** Builds a higher timeframe from stored 1-minute bars; only complete bars are written. */
export function useDeriveCandles() {
  const bridge = useBridge();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: DeriveInput) => unwrap(await bridge.candles.derive(input)),
    // A derivation that added nothing sends no `candles.stored`; ask anyway, it is one call.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.candleCoverage }),
  });
}

/** Imports a Binance kline CSV that is on the machine running the core: all rows or none. */
export function useImportCandles() {
  const bridge = useBridge();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: ImportInput) => unwrap(await bridge.candles.import(input)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.candleCoverage }),
  });
}
