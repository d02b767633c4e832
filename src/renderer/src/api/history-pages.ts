import { type InfiniteData } from '@tanstack/react-query';
import { type HistoryCursor } from '../../../shared/schemas/orders';

/** One page of a newest-first history, whatever its rows are (orders, fills). */
export interface HistoryPage<T> {
  readonly rows: readonly T[];
  readonly nextCursor: HistoryCursor | null;
  /** Every row the filter matches; the core gives it with the first page only. */
  readonly total: number | null;
}

export type HistoryData<T> = InfiniteData<HistoryPage<T>, HistoryCursor | null>;

/** The first page is small, so the first rows show at once; later pages are large, so a jump far down takes few round trips. */
export const HEAD_PAGE_SIZE = 100;
export const PAGE_SIZE = 1000;

/**
 * The loaded pages read as one list without copying them into one array: a lookup by row index
 * is a binary search over the pages' starting offsets. Built once per change of the pages.
 */
export class HistoryRows<T> {
  readonly loaded: number;
  /** Rows the list is as tall as: the core's count, or what is loaded when that is more (rows arrived since). */
  readonly total: number;
  readonly hasMore: boolean;
  private readonly starts: number[];

  constructor(private readonly pages: readonly HistoryPage<T>[]) {
    this.starts = [];
    let loaded = 0;
    for (const page of pages) {
      this.starts.push(loaded);
      loaded += page.rows.length;
    }
    this.loaded = loaded;
    const last = pages.at(-1);
    this.hasMore = last !== undefined && last.nextCursor !== null;
    const counted = pages[0]?.total ?? null;
    // A count that promises rows the pages say are not there is out of date: the rows win.
    this.total = !this.hasMore ? loaded : Math.max(counted ?? loaded + 1, loaded + 1);
  }

  at(index: number): T | undefined {
    if (index < 0 || index >= this.loaded) return undefined;
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((this.starts[middle] ?? 0) <= index) low = middle;
      else high = middle - 1;
    }
    return this.pages[low]?.rows[index - (this.starts[low] ?? 0)];
  }
}

export function historyRows<T>(data: { readonly pages: readonly HistoryPage<T>[] } | undefined): HistoryRows<T> {
  return new HistoryRows(data?.pages ?? []);
}

/**
 * Folds a fresh first page into the pages held: it becomes the first page, and the rows it now
 * covers leave the later pages (they moved up, changed, or no longer match), so a row never
 * shows twice. Rows at exactly the fresh page's oldest time may sit on either side of its
 * cursor, so those are only dropped when the fresh page has them. Later pages keep their
 * cursors: keyed paging goes on after the last row held, whatever arrived above it.
 */
export function withFreshHead<T>(data: HistoryData<T>, head: HistoryPage<T>, keyOf: (row: T) => string, timeOf: (row: T) => number): HistoryData<T> {
  if (head.nextCursor === null) return { pages: [head], pageParams: [data.pageParams[0] ?? null] };
  const headKeys = new Set(head.rows.map(keyOf));
  const oldest = head.rows.at(-1);
  const boundary = oldest === undefined ? Number.POSITIVE_INFINITY : timeOf(oldest);
  const rest = data.pages.slice(1).map((page) => {
    const rows = page.rows.filter((row) => timeOf(row) < boundary || (timeOf(row) === boundary && !headKeys.has(keyOf(row))));
    return rows.length === page.rows.length ? page : { ...page, rows };
  });
  return { pages: [head, ...rest], pageParams: data.pageParams };
}

/**
 * One row changed (an order's status, from a pushed event): it is replaced where it stands; if
 * it no longer matches the listing's filter it leaves and the count drops. A row not held is
 * left to the next fresh first page.
 */
export function withChangedRow<T>(data: HistoryData<T>, row: T, keyOf: (row: T) => string, isMatch: boolean): HistoryData<T> {
  const key = keyOf(row);
  const pageIndex = data.pages.findIndex((page) => page.rows.some((candidate) => keyOf(candidate) === key));
  if (pageIndex === -1) return data;
  const pages = data.pages.map((page, index) => {
    if (index !== pageIndex) return page;
    const rows = isMatch ? page.rows.map((candidate) => (keyOf(candidate) === key ? row : candidate)) : page.rows.filter((candidate) => keyOf(candidate) !== key);
    return { ...page, rows };
  });
  if (!isMatch) {
    const first = pages[0];
    if (first !== undefined && first.total !== null) pages[0] = { ...first, total: Math.max(0, first.total - 1) };
  }
  return { ...data, pages };
}
