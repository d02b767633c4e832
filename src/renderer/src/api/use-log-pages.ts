import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { type Bridge } from '../../../shared/rpc/bridge';
import { unwrap } from '../../../shared/rpc/unwrap';
import { type LogListOutput } from '../../../shared/schemas/log';
import { useBridge } from '../bridge/bridge-context';
import { logListInput, matchesLogFilter, type LogFilter } from './log-filter';
import { fetchNewestPageHearing } from './newest-first';
import { queryKeys } from './query-keys';

export const LOG_PAGE_SIZE = 200;

/**
 * The system log for one filter, newest first; `fetchNextPage` loads older lines. Lines
 * written later arrive through `log.appended` and are prepended by use-events-to-cache.
 */
export function useLogPages(filter: LogFilter) {
  const bridge = useBridge();
  return useInfiniteQuery({
    queryKey: queryKeys.logList(filter),
    enabled: filter.levels.length > 0,
    initialPageParam: null as number | null,
    getNextPageParam: (lastPage: LogListOutput) => lastPage.nextBefore,
    queryFn: ({ pageParam }) =>
      pageParam === null ? fetchNewestPage(bridge, filter) : fetchPage(bridge, filter, pageParam),
    placeholderData: keepPreviousData,
  });
}

async function fetchPage(bridge: Bridge, filter: LogFilter, before: number | null): Promise<LogListOutput> {
  return unwrap(await bridge.log.list(logListInput(filter, LOG_PAGE_SIZE, before)));
}

/** Lines outside this filter are not this listing's to merge. */
function fetchNewestPage(bridge: Bridge, filter: LogFilter): Promise<LogListOutput> {
  return fetchNewestPageHearing(
    (onEntry) =>
      bridge.on('log.appended', (entry) => {
        if (matchesLogFilter(entry, filter)) onEntry(entry);
      }),
    () => fetchPage(bridge, filter, null),
  );
}
