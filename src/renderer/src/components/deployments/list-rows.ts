import { HistoryRows, PAGE_SIZE, type HistoryPage } from '../../api/history-pages';

/** Any cursor: a held list has no next page to ask for, it only has to say that one follows. */
const FOLLOWS = { time: 0, key: '' } as const;

/**
 * A list held whole, as the rows a virtualized table reads (VirtualTable draws only the rows
 * in view): cut into the table's pages, each but the last saying that another follows.
 */
export function listRows<T>(list: readonly T[]): HistoryRows<T> {
  const pages = new Map<number, HistoryPage<T>>();
  const count = Math.max(1, Math.ceil(list.length / PAGE_SIZE));
  for (let page = 0; page < count; page++) {
    const rows = list.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);
    pages.set(page, { rows, nextCursor: page < count - 1 ? FOLLOWS : null, total: page === 0 ? list.length : null });
  }
  return new HistoryRows(pages);
}
