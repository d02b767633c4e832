import { type InfiniteData } from '@tanstack/react-query';
import { type z } from 'zod';
import { type AuditEntry, type AuditListOutputSchema } from '../../../shared/schemas/audit';
import { newerEntries } from './newest-first';

export type AuditPage = z.output<typeof AuditListOutputSchema>;
/** The cached audit listing: pages newest first, each page newest first. */
export type AuditPages = InfiniteData<AuditPage, number | null>;

/** Live appends beyond this are trimmed; older entries stay one "Load older" away. */
export const MAX_CACHED_AUDIT_ENTRIES = 1000;

/**
 * Puts entries that arrived live on top of the newest page. An entry the listing already has
 * (seen in a page and as an event) is skipped, so the order of arrival does not matter.
 */
export function withNewAuditEntries(data: AuditPages, incoming: readonly AuditEntry[]): AuditPages {
  const [first, ...rest] = data.pages;
  if (first === undefined) return data;
  const fresh = newerEntries(incoming, first.entries);
  if (fresh.length === 0) return data;
  const next: AuditPages = { ...data, pages: [{ ...first, entries: [...fresh, ...first.entries] }, ...rest] };
  return capped(next);
}

function capped(data: AuditPages): AuditPages {
  const all = data.pages.flatMap((page) => page.entries);
  if (all.length <= MAX_CACHED_AUDIT_ENTRIES) return data;
  const kept = all.slice(0, MAX_CACHED_AUDIT_ENTRIES);
  const oldestKept = kept.at(-1);
  if (oldestKept === undefined) return data;
  return { pages: [{ entries: kept, nextBefore: oldestKept.id }], pageParams: [null] };
}
