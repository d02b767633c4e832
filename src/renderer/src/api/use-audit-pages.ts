import { useInfiniteQuery } from '@tanstack/react-query';
import { type Bridge } from '../../../shared/rpc/bridge';
import { unwrap } from '../../../shared/rpc/unwrap';
import { type AuditEntry } from '../../../shared/schemas/audit';
import { useBridge } from '../bridge/bridge-context';
import { type AuditPage } from './audit-cache';
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

/** An entry appended while the first page is on its way would be missed; listening closes that gap. */
async function fetchNewestPage(bridge: Bridge): Promise<AuditPage> {
  const heard: AuditEntry[] = [];
  const stopListening = bridge.on('audit.appended', (entry) => heard.push(entry));
  try {
    const page = await fetchPage(bridge, null);
    const newestKnown = page.entries[0]?.id ?? 0;
    const missed = heard.filter((entry) => entry.id > newestKnown).sort((a, b) => b.id - a.id);
    return missed.length === 0 ? page : { ...page, entries: [...missed, ...page.entries] };
  } finally {
    stopListening();
  }
}
