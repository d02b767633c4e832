import { type QueryClient } from '@tanstack/react-query';
import { type Bridge } from '../../../shared/rpc/bridge';
import { reportKeys } from './use-reports';

/** A finished day's report was written: the month lists, the curve and the strategies' figures all moved. */
export function cacheReportEvents(bridge: Bridge, queryClient: QueryClient): () => void {
  return bridge.on('reports.dailyReady', () => void queryClient.invalidateQueries({ queryKey: reportKeys.all }));
}
