import { type InfiniteData, type QueryClient, type QueryKey } from '@tanstack/react-query';
import { venueOf } from '../../../shared/market/venue';
import { type Bridge } from '../../../shared/rpc/bridge';
import { type CandleWindow } from '../../../shared/schemas/candles';
import { windowsToRefresh, withOpenOrder, type CachedWindow, type LiveSeries } from './chart-cache';
import { coalesce } from './download-coalesce';
import { type OrderList } from './order-cache';
import { queryKeys } from './query-keys';
import { type AccountList } from './use-accounts';

/** Bars stored in a burst (a download streams pages) reload a chart at most this often. */
const WINDOW_REFRESH_MS = 750;
/** A fill changes an order several times in a row; the markers are asked for once. */
const FILLS_REFRESH_MS = 500;

/** Invalidates a set of queries once per window, however many times each was asked for. */
export function coalescedInvalidation(queryClient: QueryClient, waitMs: number) {
  const keys = new Map<string, QueryKey>();
  const run = coalesce(() => {
    const batch = [...keys.values()];
    keys.clear();
    for (const queryKey of batch) void queryClient.invalidateQueries({ queryKey });
  }, waitMs);
  return {
    request: (queryKey: QueryKey) => {
      keys.set(JSON.stringify(queryKey), queryKey);
      run.request();
    },
    cancel: () => run.cancel(),
  };
}

function cachedWindows(queryClient: QueryClient): CachedWindow[] {
  return queryClient.getQueryCache().findAll({ queryKey: queryKeys.chartCandleWindows }).map((query) => {
    const [, , venue, symbol, interval] = query.queryKey;
    const data = query.state.data as InfiniteData<CandleWindow> | undefined;
    return { key: query.queryKey, venue: String(venue), symbol: String(symbol), interval: String(interval), source: data?.pages[0]?.source ?? null };
  });
}

/** Series streamed live right now, by the venue of the account that streams them. */
function liveSeries(queryClient: QueryClient): LiveSeries[] {
  const accounts = queryClient.getQueryData<AccountList>(queryKeys.accounts)?.accounts ?? [];
  return queryClient.getQueryCache().findAll({ queryKey: queryKeys.chartFeeds }).flatMap((query): LiveSeries[] => {
    const [, , accountId, symbol, interval] = query.queryKey;
    const account = accounts.find((candidate) => candidate.id === accountId);
    const isObserved = query.getObserversCount() > 0;
    return account === undefined || !isObserved ? [] : [{ venue: venueOf(account), symbol: String(symbol), interval: String(interval) }];
  });
}

/**
 * The chart's share of use-events-to-cache: feed states go into the cache; stored bars reload
 * the windows of that series (coalesced, and not for the bar a live feed just closed); an order
 * change updates the open-order lines at once and asks for the fill markers again.
 */
export function cacheChartEvents(bridge: Bridge, queryClient: QueryClient): () => void {
  const windows = coalescedInvalidation(queryClient, WINDOW_REFRESH_MS);
  const fills = coalescedInvalidation(queryClient, FILLS_REFRESH_MS);
  const stops = [
    bridge.on('market.feed', (status) => {
      queryClient.setQueryData(queryKeys.chartFeed(status.accountId, status.symbol, status.interval), status);
    }),
    bridge.on('candles.stored', (event) => {
      for (const key of windowsToRefresh(event, cachedWindows(queryClient), liveSeries(queryClient))) windows.request(key);
    }),
    bridge.on('orders.updated', (order) => {
      queryClient.setQueryData<OrderList>(queryKeys.chartOpenOrders(order.accountId, order.symbol), (list) => list && withOpenOrder(list, order));
      // Only an order that executed something can have brought a new fill.
      if (Number(order.executedQty) > 0) fills.request(queryKeys.chartFillsOf(order.accountId, order.symbol));
    }),
  ];
  return () => {
    windows.cancel();
    fills.cancel();
    for (const stop of stops) stop();
  };
}
