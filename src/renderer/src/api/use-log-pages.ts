import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { type Bridge } from '../../../shared/rpc/bridge';
import { unwrap } from '../../../shared/rpc/unwrap';
import { type LogEntry, type LogListOutput } from '../../../shared/schemas/log';
import { useBridge } from '../bridge/bridge-context';
import { logListInput, matchesLogFilter, type LogFilter } from './log-filter';
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

/**
 * A line written after the core read the page but before its reply reached us is pushed as an
 * event while the cache has nothing to prepend to; listening for the duration of the call and
 * merging closes that gap.
 */
async function fetchNewestPage(bridge: Bridge, filter: LogFilter): Promise<LogListOutput> {
  const heard: LogEntry[] = [];
  const stopListening = bridge.on('log.appended', (entry) => {
    if (matchesLogFilter(entry, filter)) heard.push(entry);
  });
  try {
    const page = await fetchPage(bridge, filter, null);
    const newestKnown = page.entries[0]?.id ?? 0;
    const missed = heard.filter((entry) => entry.id > newestKnown).reverse();
    return missed.length === 0 ? page : { ...page, entries: [...missed, ...page.entries] };
  } finally {
    stopListening();
  }
}
