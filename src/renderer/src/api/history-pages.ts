import { type QueryKey } from '@tanstack/react-query';
import { type HistoryCursor } from '../../../shared/schemas/orders';

/** One page of a newest-first history, whatever its rows are (orders, fills). */
export interface HistoryPage<T> {
  readonly rows: readonly T[];
  /** Null when no row follows this page (the core's cursor; pages are asked for by offset). */
  readonly nextCursor: HistoryCursor | null;
  /** Every row the filter matches; the core gives it with the first page only. */
  readonly total: number | null;
}

/**
 * Pages are asked for by position: page k holds rows k × PAGE_SIZE onwards, each page its own
 * query, so a list scrolled (or dragged) anywhere asks for the page there and nothing above it.
 */
export const PAGE_SIZE = 200;

/** The page that holds a row. */
export const pageOf = (index: number): number => Math.floor(Math.max(0, index) / PAGE_SIZE);

/** A page's query key: the history's key (kind and filter) and the page's number. */
export const historyPageKey = (historyKey: QueryKey, page: number): QueryKey => [...historyKey, page];

/** The page number of a history page's query key (undefined for any other key). */
export function pageNumberOf(key: QueryKey): number | undefined {
  const page = key[3];
  return typeof page === 'number' ? page : undefined;
}

/**
 * The pages held, read as one list by row index, without copying them into one array.
 * Rows of pages not held read as undefined (placeholders).
 */
export class HistoryRows<T> {
  /** Rows held, whatever page they are on. */
  readonly loaded: number;
  /** Rows the list is as tall as: the core's count, corrected by what the pages held say. */
  readonly total: number;

  constructor(private readonly pages: ReadonlyMap<number, HistoryPage<T>>) {
    let loaded = 0;
    let total = pages.get(0)?.total ?? 0;
    for (const [number, page] of [...pages].sort(([a], [b]) => a - b)) {
      loaded += page.rows.length;
      const end = number * PAGE_SIZE + page.rows.length;
      if (page.nextCursor !== null) {
        // A count that promises fewer rows than a page says follow is out of date: the rows win.
        total = Math.max(total, end + 1);
      } else if (page.rows.length > 0 || number === 0) {
        // The last page ends the list.
        total = end;
      } else {
        // A page past the end (rows left since it was asked for): the list ends before it.
        total = Math.min(total, number * PAGE_SIZE);
      }
    }
    this.loaded = loaded;
    this.total = total;
  }

  at(index: number): T | undefined {
    if (index < 0) return undefined;
    return this.pages.get(pageOf(index))?.rows[index % PAGE_SIZE];
  }
}

export function historyRows<T>(pages: ReadonlyMap<number, HistoryPage<T>> | undefined): HistoryRows<T> {
  return new HistoryRows(pages ?? new Map());
}

/**
 * The pages to ask for, given the pages of the first and last rows in view: the first page
 * always (it carries the count), then those in view that exist by the count.
 */
export function pagesToAsk(view: { readonly first: number; readonly last: number }, total: number | null): number[] {
  const pages = [0];
  if (total === null) return pages;
  const lastPage = Math.min(view.last, pageOf(total - 1), view.first + 3);
  for (let page = Math.max(1, view.first); page <= lastPage; page++) pages.push(page);
  return pages;
}

/**
 * One row changed (an order's status, from a pushed event): it is replaced where it stands on
 * this page; if it no longer matches the listing's filter it leaves the page. A page that does
 * not hold the row is returned as it is.
 */
export function withChangedRow<T>(page: HistoryPage<T>, row: T, keyOf: (row: T) => string, isMatch: boolean): HistoryPage<T> {
  const key = keyOf(row);
  if (!page.rows.some((candidate) => keyOf(candidate) === key)) return page;
  const rows = isMatch ? page.rows.map((candidate) => (keyOf(candidate) === key ? row : candidate)) : page.rows.filter((candidate) => keyOf(candidate) !== key);
  return { ...page, rows };
}

/** The first page after a row left the listing: the count drops by one. */
export function withCountDropped<T>(page: HistoryPage<T>): HistoryPage<T> {
  return page.total === null ? page : { ...page, total: Math.max(0, page.total - 1) };
}
