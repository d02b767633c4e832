import { describe, expect, it } from 'vitest';
import { type LogEntry } from '../../../shared/schemas/log';
import { MAX_CACHED_LOG_LINES, withKnownModule, withNewEntries, type LogPages } from './log-cache';

const entry = (id: number, module = 'core'): LogEntry => ({ id, ts: 1_700_000_000_000 + id, level: 'info', module, message: `line ${id}`, context: null });

const pages = (...ids: number[][]): LogPages => ({
  pages: ids.map((page, index) => ({
    entries: page.map((id) => entry(id)),
    nextBefore: index === ids.length - 1 ? null : (page.at(-1) ?? null),
    modules: ['core'],
  })),
  pageParams: ids.map((page, index) => (index === 0 ? null : (ids[index - 1]?.at(-1) ?? null))),
});

const ids = (data: LogPages): number[] => data.pages.flatMap((page) => page.entries.map((e) => e.id));

describe('withNewEntries', () => {
  it('puts a newer line on top of the newest page and leaves older pages alone', () => {
    const before = pages([5, 4], [3, 2]);
    const after = withNewEntries(before, [entry(6)]);
    expect(ids(after)).toEqual([6, 5, 4, 3, 2]);
    expect(after.pages[1]).toBe(before.pages[1]);
  });

  it('ignores a line the listing already has, returning the same object', () => {
    const before = pages([5, 4]);
    expect(withNewEntries(before, [entry(5)])).toBe(before);
  });

  it('orders several new lines newest first and drops duplicates among them', () => {
    const after = withNewEntries(pages([2, 1]), [entry(3), entry(5), entry(4), entry(5)]);
    expect(ids(after)).toEqual([5, 4, 3, 2, 1]);
  });

  it('learns a module it has not seen, keeping the list sorted', () => {
    const after = withNewEntries(pages([1]), [entry(2, 'alpha')]);
    expect(after.pages[0]?.modules).toEqual(['alpha', 'core']);
  });

  it('past the cap keeps the newest lines in one page whose cursor continues below them', () => {
    const many = Array.from({ length: MAX_CACHED_LOG_LINES + 300 }, (_, index) => MAX_CACHED_LOG_LINES + 300 - index);
    const after = withNewEntries(pages(many), [entry(many.length + 1)]);
    expect(after.pages).toHaveLength(1);
    expect(after.pageParams).toEqual([null]);
    const kept = ids(after);
    expect(kept).toHaveLength(MAX_CACHED_LOG_LINES);
    expect(kept[0]).toBe(many.length + 1);
    expect(after.pages[0]?.nextBefore).toBe(kept.at(-1));
  });
});

describe('withKnownModule', () => {
  it('adds a module without touching the lines', () => {
    const before = pages([1]);
    const after = withKnownModule(before, 'market');
    expect(after.pages[0]?.modules).toEqual(['core', 'market']);
    expect(after.pages[0]?.entries).toBe(before.pages[0]?.entries);
    expect(withKnownModule(after, 'market')).toBe(after);
  });
});
