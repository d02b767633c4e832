import { type InfiniteData } from '@tanstack/react-query';
import { type LogEntry, type LogListOutput } from '../../../shared/schemas/log';
import { newerEntries } from './newest-first';

/** The cached shape of one log listing: pages newest first, each page newest first. */
export type LogPages = InfiniteData<LogListOutput, number | null>;

/**
 * Adds entries that arrived live to the top of the newest page. Entries already present (the
 * same line seen in a page and as an event) are skipped, so order of arrival does not matter.
 */
export function withNewEntries(data: LogPages, incoming: readonly LogEntry[]): LogPages {
  const [first, ...rest] = data.pages;
  if (first === undefined || incoming.length === 0) return data;
  const fresh = newerEntries(incoming, first.entries);
  const modules = withModules(first.modules, incoming);
  if (fresh.length === 0 && modules === first.modules) return data;
  const entries = fresh.length === 0 ? first.entries : [...fresh, ...first.entries];
  return capped({ ...data, pages: [{ ...first, entries, modules }, ...rest] });
}

/** A window open for days must not grow without end; older lines stay one "Load older" away. */
export const MAX_CACHED_LOG_LINES = 2000;
const TRIM_SLACK = 250;

/**
 * Past the cap (plus slack, so this does not run on every line), the listing becomes one page
 * of the newest lines whose cursor points just below the last line kept, so paging back
 * continues exactly where the kept lines end.
 */
function capped(data: LogPages): LogPages {
  const total = data.pages.reduce((sum, page) => sum + page.entries.length, 0);
  if (total <= MAX_CACHED_LOG_LINES + TRIM_SLACK) return data;
  const kept = data.pages.flatMap((page) => page.entries).slice(0, MAX_CACHED_LOG_LINES);
  const first = data.pages[0];
  const oldestKept = kept.at(-1);
  if (first === undefined || oldestKept === undefined) return data;
  return { pages: [{ entries: kept, nextBefore: oldestKept.id, modules: first.modules }], pageParams: [null] };
}

/** A module seen live joins the module list, so it can be filtered on without a refetch. */
function withModules(modules: string[], entries: readonly LogEntry[]): string[] {
  const missing = entries.map((entry) => entry.module).filter((name, index, all) => !modules.includes(name) && all.indexOf(name) === index);
  return missing.length === 0 ? modules : [...modules, ...missing].sort();
}

/** A line outside this listing's filter still tells it about a module it may not know yet. */
export function withKnownModule(data: LogPages, module: string): LogPages {
  const [first, ...rest] = data.pages;
  if (first === undefined || first.modules.includes(module)) return data;
  return { ...data, pages: [{ ...first, modules: [...first.modules, module].sort() }, ...rest] };
}
