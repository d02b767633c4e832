import { type QueryClient } from '@tanstack/react-query';
import { type Bridge } from '../../../shared/rpc/bridge';
import { hasStopped, withDownload, type DownloadList } from './download-cache';
import { coalesce } from './download-coalesce';
import { downloadRates } from './download-rates';
import { queryKeys } from './query-keys';

/** How often, at most, stored bars make the coverage be asked for again. */
const COVERAGE_REFRESH_MS = 2000;

/**
 * The data panel's share of use-events-to-cache: download progress goes straight into the
 * cached list, and into the rate samples stamped with its arrival. Stored bars make the
 * coverage stale: it is asked again at most every two seconds while a download streams pages
 * in, and at once when a download stops.
 */
export function cacheCandleDataEvents(bridge: Bridge, queryClient: QueryClient): () => void {
  const refreshCoverage = coalesce(() => void queryClient.invalidateQueries({ queryKey: queryKeys.candleCoverage }), COVERAGE_REFRESH_MS);
  const stops = [
    bridge.on('candles.download', (download) => {
      downloadRates.record(download, Date.now());
      queryClient.setQueryData<DownloadList>(queryKeys.candleDownloads, (list) => list && withDownload(list, download));
      if (hasStopped(download)) refreshCoverage.flush();
    }),
    bridge.on('candles.stored', () => refreshCoverage.request()),
  ];
  return () => {
    refreshCoverage.cancel();
    for (const stop of stops) stop();
  };
}
