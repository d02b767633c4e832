/** What the log and the audit log share: listings kept newest first, in pages of entries with ids. */

interface Page<E> {
  readonly entries: readonly E[];
}

/** Every cached entry, newest first. */
export function entriesOf<E>(data: { readonly pages: readonly Page<E>[] } | undefined): E[] {
  return data === undefined ? [] : data.pages.flatMap((page) => page.entries);
}

/**
 * The entries of `incoming` newer than everything in `known` (itself newest first), each once,
 * newest first: the same entry seen in a page and as an event is kept once, whatever the
 * order of arrival.
 */
export function newerEntries<E extends { readonly id: number }>(incoming: readonly E[], known: readonly E[]): E[] {
  const newestKnown = known[0]?.id ?? 0;
  const unique = new Map(incoming.filter((entry) => entry.id > newestKnown).map((entry) => [entry.id, entry]));
  return [...unique.values()].sort((a, b) => b.id - a.id);
}

/**
 * Fetches the newest page while listening for live appends. An entry written after the core
 * read the page but before its reply reached us is pushed as an event while the cache has
 * nothing to prepend it to; listening for the duration of the call and merging closes that gap.
 */
export async function fetchNewestPageHearing<E extends { readonly id: number }, P extends { readonly entries: E[] }>(
  listen: (onEntry: (entry: E) => void) => () => void,
  fetchPage: () => Promise<P>,
): Promise<P> {
  const heard: E[] = [];
  const stopListening = listen((entry) => heard.push(entry));
  try {
    const page = await fetchPage();
    const missed = newerEntries(heard, page.entries);
    return missed.length === 0 ? page : { ...page, entries: [...missed, ...page.entries] };
  } finally {
    stopListening();
  }
}
