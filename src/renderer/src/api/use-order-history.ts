import { useQueries, useQuery, type QueryKey, type UseQueryResult } from '@tanstack/react-query';
import { type FillRow, type Order } from '../../../shared/schemas/orders';
import { useBridge } from '../bridge/bridge-context';
import { fetchFillHistoryPage, fetchOrderHistoryPage } from './history-fetch';
import { type FillHistoryFilter, type OrderHistoryFilter } from './history-filter';
import { historyPageKey, HistoryRows, pagesToAsk, type HistoryPage } from './history-pages';
import { queryKeys } from './query-keys';

const NO_ACCOUNT = 0;

/** The pages of the first and last rows in view (see usePagesInView). */
export interface PagesInView {
  readonly first: number;
  readonly last: number;
}

/** A history read by pages: the rows held, the first page's query, and how the pages in view are doing. */
export interface PagedHistory<T> {
  readonly rows: HistoryRows<T>;
  /** The first page: the count, and whether the history could be read at all. */
  readonly first: UseQueryResult<HistoryPage<T>>;
  readonly isFetching: boolean;
  /** A page below the first did not load. */
  readonly isPageError: boolean;
  readonly retryPages: () => Promise<unknown>;
}

/**
 * One query per page, each asked for by offset: the first page always (it counts the rows, so
 * the list is as tall as all of them before they load), and the pages in view, whichever they
 * are, so a jump to the end asks for the last page only. `orders.updated` events keep the pages
 * current (history-events.ts).
 */
function usePagedHistory<T>(historyKey: QueryKey, isEnabled: boolean, view: PagesInView, fetchPage: (page: number) => Promise<HistoryPage<T>>): PagedHistory<T> {
  const options = (page: number) => ({
    queryKey: historyPageKey(historyKey, page),
    enabled: isEnabled,
    // Pages are replaced, never changed in place: comparing their rows deeply costs more than it saves.
    structuralSharing: false,
    queryFn: () => fetchPage(page),
  });
  const first = useQuery(options(0));
  const below = pagesToAsk(view, first.data?.total ?? null).slice(1);
  const pages = useQueries({ queries: below.map(options) });
  const held = new Map<number, HistoryPage<T>>();
  if (first.data !== undefined) held.set(0, first.data);
  below.forEach((page, index) => {
    const data = pages[index]?.data;
    if (data !== undefined) held.set(page, data);
  });
  const failed = pages.filter((page) => page.isError);
  return {
    rows: new HistoryRows(held),
    first,
    isFetching: first.isFetching || pages.some((page) => page.isFetching),
    isPageError: failed.length > 0,
    retryPages: () => Promise.all(failed.map((page) => page.refetch())),
  };
}

/** An account's order history, newest first, filtered, by pages of PAGE_SIZE. */
export function useOrderHistory(filter: OrderHistoryFilter | null, view: PagesInView): PagedHistory<Order> {
  const bridge = useBridge();
  const key = queryKeys.orderHistory(filter ?? { accountId: NO_ACCOUNT, symbol: null, side: null, origin: 'all', state: 'all', from: null, to: null });
  return usePagedHistory(key, filter !== null, view, (page) => (filter === null ? Promise.reject(new Error('no account')) : fetchOrderHistoryPage(bridge, filter, page)));
}

/** An account's fills with their order's side and origin, newest first, paged like the order history. */
export function useFillHistory(filter: FillHistoryFilter | null, view: PagesInView): PagedHistory<FillRow> {
  const bridge = useBridge();
  const key = queryKeys.fillHistory(filter ?? { accountId: NO_ACCOUNT, symbol: null, side: null, origin: 'all', from: null, to: null });
  return usePagedHistory(key, filter !== null, view, (page) => (filter === null ? Promise.reject(new Error('no account')) : fetchFillHistoryPage(bridge, filter, page)));
}
