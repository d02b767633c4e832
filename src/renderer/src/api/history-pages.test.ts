import { describe, expect, it } from 'vitest';
import { historyRows, PAGE_SIZE, pageNumberOf, pageOf, pagesToAsk, withChangedRow, withCountDropped, type HistoryPage } from './history-pages';

interface Row {
  readonly key: string;
  readonly time: number;
  readonly note?: string;
}
const keyOf = (row: Row): string => row.key;
const timeOf = (row: Row): number => row.time;
const row = (time: number, note?: string): Row => ({ key: `r${time}`, time, ...(note === undefined ? {} : { note }) });
/** `count` rows newest first, the newest at time `from`. */
const rows = (from: number, count: number): Row[] => Array.from({ length: count }, (_, index) => row(from - index));
const page = (list: Row[], total: number | null, hasMore = true): HistoryPage<Row> => ({
  rows: list,
  total,
  nextCursor: hasMore && list.length > 0 ? { time: list.at(-1)?.time ?? 0, key: list.at(-1)?.key ?? '' } : null,
});
const held = (...pages: Array<[number, HistoryPage<Row>]>): Map<number, HistoryPage<Row>> => new Map(pages);

describe('history rows', () => {
  it('reads the pages held by row index, each page at its own offset, as tall as the count says', () => {
    const total = 3 * PAGE_SIZE + 10;
    const list = historyRows(held([0, page(rows(total, PAGE_SIZE), total)], [3, page(rows(10, 10), null, false)]));
    expect(list.loaded).toBe(PAGE_SIZE + 10);
    expect(list.total).toBe(total);
    expect(list.at(0)?.time).toBe(total);
    expect(list.at(PAGE_SIZE - 1)?.time).toBe(total - PAGE_SIZE + 1);
    // Pages 1 and 2 are not held: placeholders.
    expect(list.at(PAGE_SIZE)).toBeUndefined();
    expect(list.at(3 * PAGE_SIZE - 1)).toBeUndefined();
    expect(list.at(3 * PAGE_SIZE)?.time).toBe(10);
    expect(list.at(total - 1)?.time).toBe(1);
    expect(list.at(total)).toBeUndefined();
    expect(list.at(-1)).toBeUndefined();
  });

  it('trusts the rows over a stale count: the last page ends the list, a short count still leaves room for more', () => {
    expect(historyRows(held([0, page(rows(10, 10), 50, false)])).total).toBe(10);
    expect(historyRows(held([0, page(rows(10, 10), 3)])).total).toBe(11);
    expect(historyRows(held([0, page(rows(2000, PAGE_SIZE), 600)], [2, page(rows(1000, PAGE_SIZE), null)])).total).toBe(3 * PAGE_SIZE + 1);
    expect(historyRows(held([0, page(rows(2000, PAGE_SIZE), 1200)], [1, page(rows(1000, 20), null, false)])).total).toBe(PAGE_SIZE + 20);
    expect(historyRows(undefined).total).toBe(0);
  });

  it('ends the list before an empty page past the end (rows left since the count)', () => {
    expect(historyRows(held([0, page(rows(2000, PAGE_SIZE), 3 * PAGE_SIZE)], [2, page([], null, false)])).total).toBe(2 * PAGE_SIZE);
  });
});

describe('pages to ask for', () => {
  it('the first page always, then the pages in view that exist by the count', () => {
    expect(pageOf(0)).toBe(0);
    expect(pageOf(PAGE_SIZE - 1)).toBe(0);
    expect(pageOf(PAGE_SIZE)).toBe(1);
    expect(pagesToAsk({ first: 0, last: 0 }, null)).toEqual([0]);
    expect(pagesToAsk({ first: 0, last: 1 }, 10)).toEqual([0]);
    expect(pagesToAsk({ first: 0, last: 1 }, PAGE_SIZE + 1)).toEqual([0, 1]);
    // A jump to the end of 100,000 rows: the first page and the last, nothing between.
    expect(pagesToAsk({ first: pageOf(99_950), last: pageOf(99_999) }, 100_000)).toEqual([0, pageOf(99_999)]);
    expect(pagesToAsk({ first: 7, last: 8 }, 100_000)).toEqual([0, 7, 8]);
    expect(pagesToAsk({ first: 7, last: 8 }, 7 * PAGE_SIZE + 3)).toEqual([0, 7]);
  });

  it('reads the page number of a page key', () => {
    expect(pageNumberOf(['history', 'orders', {}, 4])).toBe(4);
    expect(pageNumberOf(['history', 'orders', {}])).toBeUndefined();
  });
});

describe('a changed row', () => {
  it('is replaced where it stands', () => {
    const held = page(rows(10, 5), 10);
    const changed = withChangedRow(held, row(8, 'filled'), keyOf, true);
    expect(changed.rows.map((candidate) => candidate.note)).toEqual([undefined, undefined, 'filled', undefined, undefined]);
    expect(changed.total).toBe(10);
  });

  it('leaves the page when it no longer matches the filter; the first page then counts one less', () => {
    const held = page(rows(5, 5), null);
    const changed = withChangedRow(held, row(3, 'cancelled'), keyOf, false);
    expect(changed.rows.map(timeOf)).toEqual([5, 4, 2, 1]);
    expect(withCountDropped(page(rows(10, 5), 10)).total).toBe(9);
    expect(withCountDropped(page([], 0)).total).toBe(0);
  });

  it('leaves a page that does not hold it as it is', () => {
    const held = page(rows(10, 5), 10);
    expect(withChangedRow(held, row(99), keyOf, true)).toBe(held);
    expect(withChangedRow(held, row(99), keyOf, false)).toBe(held);
  });
});
