import { useInfiniteQuery } from '@tanstack/react-query';
import { type Bridge } from '../../../shared/rpc/bridge';
import { unwrap } from '../../../shared/rpc/unwrap';
import { useBridge } from '../bridge/bridge-context';
import { type AuditPage } from './audit-cache';
import { fetchNewestPageHearing } from './newest-first';
import { queryKeys } from './query-keys';

export const AUDIT_PAGE_SIZE = 100;

/**
 * The audit log, newest first; `fetchNextPage` loads older entries. Entries written later
 * arrive through `audit.appended` and are prepended by use-events-to-cache.
 */
export function useAuditPages() {
  const bridge = useBridge();
  return useInfiniteQuery({
    queryKey: queryKeys.auditList,
    initialPageParam: null as number | null,
    getNextPageParam: (lastPage: AuditPage) => lastPage.nextBefore,
    queryFn: ({ pageParam }) => (pageParam === null ? fetchNewestPage(bridge) : fetchPage(bridge, pageParam)),
  });
}

async function fetchPage(bridge: Bridge, before: number | null): Promise<AuditPage> {
  return unwrap(await bridge.audit.list({ limit: AUDIT_PAGE_SIZE, ...(before === null ? {} : { before }) }));
}

function fetchNewestPage(bridge: Bridge): Promise<AuditPage> {
  return fetchNewestPageHearing(
    (onEntry) => bridge.on('audit.appended', onEntry),
    () => fetchPage(bridge, null),
  );
}
