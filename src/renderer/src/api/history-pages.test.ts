import { describe, expect, it } from 'vitest';
import { historyRows, withChangedRow, withFreshHead, type HistoryData, type HistoryPage } from './history-pages';

interface Row {
  readonly key: string;
  readonly time: number;
  readonly note?: string;
}
const keyOf = (row: Row): string => row.key;
const timeOf = (row: Row): number => row.time;
const row = (time: number, note?: string): Row => ({ key: `r${time}`, time, ...(note === undefined ? {} : { note }) });
/** Rows newest first, `from` down to `to` inclusive. */
const rows = (from: number, to: number): Row[] => Array.from({ length: from - to + 1 }, (_, index) => row(from - index));
const page = (list: Row[], total: number | null, hasMore = true): HistoryPage<Row> => ({
  rows: list,
  total,
  nextCursor: hasMore && list.length > 0 ? { time: list.at(-1)?.time ?? 0, key: list.at(-1)?.key ?? '' } : null,
});
const data = (...pages: HistoryPage<Row>[]): HistoryData<Row> => ({ pages, pageParams: pages.map((_, index) => (index === 0 ? null : { time: index, key: 'k' })) });

describe('history rows', () => {
  it('reads the pages as one list by index, as tall as the count says', () => {
    const list = historyRows(data(page(rows(100, 91), 100), page(rows(90, 61), null), page(rows(60, 56), null)));
    expect(list.loaded).toBe(45);
    expect(list.total).toBe(100);
    expect(list.at(0)?.time).toBe(100);
    expect(list.at(9)?.time).toBe(91);
    expect(list.at(10)?.time).toBe(90);
    expect(list.at(44)?.time).toBe(56);
    expect(list.at(45)).toBeUndefined();
    expect(list.at(-1)).toBeUndefined();
  });

  it('trusts the rows over a stale count: the last page ends the list, a short count still leaves room for more', () => {
    expect(historyRows(data(page(rows(10, 1), 50, false))).total).toBe(10);
    expect(historyRows(data(page(rows(10, 1), 3))).total).toBe(11);
    expect(historyRows(undefined).total).toBe(0);
  });

  it('skips empty pages when looking a row up', () => {
    const list = historyRows(data(page(rows(5, 4), 5), page([], null), page(rows(3, 1), null, false)));
    expect(list.at(2)?.time).toBe(3);
    expect(list.hasMore).toBe(false);
  });
});

describe('a fresh first page', () => {
  it('takes the place of the first page; rows it now covers leave the pages below, so none shows twice', () => {
    const held = data(page(rows(100, 91), 100), page(rows(90, 81), null));
    // Two new orders on top: the fresh head is 102..93, so 92 and 91 moved to page two's top.
    const head = page(rows(102, 93), 102);
    const merged = historyRows(withFreshHead(held, head, keyOf, timeOf));
    const times = Array.from({ length: merged.loaded }, (_, index) => merged.at(index)?.time);
    expect(times.slice(0, 10)).toEqual([102, 101, 100, 99, 98, 97, 96, 95, 94, 93]);
    // 92 and 91 are not held any more; page two still starts below them, at 90.
    expect(times[10]).toBe(90);
    expect(new Set(times).size).toBe(times.length);
    expect(merged.total).toBe(102);
  });

  it('drops rows of later pages that the head now says are gone, but keeps ties at its edge it did not list', () => {
    const held = data(page([row(10), row(9)], 4), page([row(8), { key: 'tie', time: 7 }, row(6)], null));
    const head = page([row(10), row(8), row(7)], 3);
    const merged = withFreshHead(held, head, keyOf, timeOf);
    expect(merged.pages[1]?.rows.map(keyOf)).toEqual(['tie', 'r6']);
  });

  it('replaces everything when the fresh page is the whole list', () => {
    const held = data(page(rows(10, 6), 10), page(rows(5, 1), null, false));
    const merged = withFreshHead(held, page(rows(11, 9), 3, false), keyOf, timeOf);
    expect(merged.pages).toHaveLength(1);
    expect(historyRows(merged).total).toBe(3);
  });
});

describe('a changed row', () => {
  it('is replaced where it stands', () => {
    const held = data(page(rows(10, 6), 10), page(rows(5, 1), null, false));
    const changed = withChangedRow(held, row(3, 'filled'), keyOf, true);
    expect(historyRows(changed).at(7)).toEqual(row(3, 'filled'));
    expect(changed.pages[0]).toBe(held.pages[0]);
  });

  it('leaves, and the count drops, when it no longer matches the filter', () => {
    const held = data(page(rows(10, 6), 10), page(rows(5, 1), null));
    const changed = withChangedRow(held, row(3, 'cancelled'), keyOf, false);
    expect(changed.pages[1]?.rows.map(timeOf)).toEqual([5, 4, 2, 1]);
    expect(changed.pages[0]?.total).toBe(9);
  });

  it('is ignored when not held', () => {
    const held = data(page(rows(10, 6), 10));
    expect(withChangedRow(held, row(99), keyOf, true)).toBe(held);
  });
});
