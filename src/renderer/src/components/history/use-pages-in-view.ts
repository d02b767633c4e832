import { useEffect, useState } from 'react';
import { type HistoryRows } from '../../api/history-pages';

interface PagedQuery {
  readonly hasNextPage: boolean;
  readonly isFetchingNextPage: boolean;
  readonly isFetchNextPageError: boolean;
  readonly fetchNextPage: () => Promise<unknown>;
}

/**
 * Loads the next page, then the next, for as long as the view reaches past the rows loaded:
 * a jump to the end walks the cursor there (pages can only be asked for in order). A failed
 * page stops the walk; the panel offers to retry it.
 */
export function usePagesInView<T>(query: PagedQuery, rows: HistoryRows<T>): (lastIndexInView: number) => void {
  const [viewEnd, setViewEnd] = useState(-1);
  const { hasNextPage, isFetchingNextPage, isFetchNextPageError, fetchNextPage } = query;
  useEffect(() => {
    if (viewEnd < rows.loaded || !hasNextPage || isFetchingNextPage || isFetchNextPageError) return;
    void fetchNextPage();
  }, [viewEnd, rows.loaded, hasNextPage, isFetchingNextPage, isFetchNextPageError, fetchNextPage]);
  return setViewEnd;
}
