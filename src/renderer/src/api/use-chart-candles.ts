import { useInfiniteQuery } from '@tanstack/react-query';
import { unwrap } from '../../../shared/rpc/unwrap';
import { type CandleWindow } from '../../../shared/schemas/candles';
import { useBridge } from '../bridge/bridge-context';
import { type ChartSeries } from './chart-series';
import { queryKeys } from './query-keys';

/** The first window fills a wide screen and warms the indicators up; pages back are larger. */
export const FIRST_WINDOW_BARS = 1500;
export const OLDER_PAGE_BARS = 2000;

/** The open time of the oldest bar of a page, where the page before it ends; undefined: none. */
export function olderPageParam(page: CandleWindow): number | undefined {
  const oldest = page.candles.time[0];
  return page.hasMore && oldest !== undefined ? oldest : undefined;
}

/**
 * Stored bars of one series, newest window first, then older pages as the chart scrolls back
 * (`fetchNextPage`). A refetch (after `candles.stored`) walks the pages again from the newest,
 * each one starting where the refreshed page before it ends, so bars that arrived in between
 * can neither be skipped nor doubled.
 */
export function useChartCandles(series: ChartSeries | null) {
  const bridge = useBridge();
  return useInfiniteQuery({
    queryKey: queryKeys.chartCandles(series ?? { venue: '', symbol: '', interval: '1h' }),
    enabled: series !== null,
    initialPageParam: undefined as number | undefined,
    queryFn: async ({ pageParam }): Promise<CandleWindow> => {
      if (series === null) throw new Error('No series chosen');
      const limit = pageParam === undefined ? FIRST_WINDOW_BARS : OLDER_PAGE_BARS;
      return unwrap(await bridge.candles.window({ ...series, limit, ...(pageParam === undefined ? {} : { before: pageParam }) }));
    },
    getNextPageParam: olderPageParam,
    // A year of 1-minute bars is a lot to keep for a series nobody looks at any more.
    gcTime: 60_000,
  });
}
