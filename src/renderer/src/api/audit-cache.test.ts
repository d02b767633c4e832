import { describe, expect, it } from 'vitest';
import { type AuditEntry } from '../../../shared/schemas/audit';
import { MAX_CACHED_AUDIT_ENTRIES, withNewAuditEntries, type AuditPages } from './audit-cache';
import { entriesOf } from './newest-first';

const entry = (id: number): AuditEntry => ({ id, ts: 1_700_000_000_000 + id, actor: 'user', action: 'settings.set', target: null, details: null });

const pages = (...ids: number[][]): AuditPages => ({
  pages: ids.map((page, index) => ({ entries: page.map(entry), nextBefore: index === ids.length - 1 ? null : (page.at(-1) ?? null) })),
  pageParams: ids.map((page, index) => (index === 0 ? null : (ids[index - 1]?.at(-1) ?? null))),
});

const ids = (data: AuditPages): number[] => entriesOf(data).map((e) => e.id);

describe('withNewAuditEntries', () => {
  it('prepends a newer entry and leaves older pages alone', () => {
    const before = pages([5, 4], [3]);
    const after = withNewAuditEntries(before, [entry(6)]);
    expect(ids(after)).toEqual([6, 5, 4, 3]);
    expect(after.pages[1]).toBe(before.pages[1]);
  });

  it('returns the same object for an entry it already has', () => {
    const before = pages([5, 4]);
    expect(withNewAuditEntries(before, [entry(5)])).toBe(before);
  });

  it('sorts several new entries newest first and drops duplicates', () => {
    expect(ids(withNewAuditEntries(pages([1]), [entry(3), entry(2), entry(3)]))).toEqual([3, 2, 1]);
  });

  it('past the cap keeps the newest entries in one page that pages on below them', () => {
    const many = Array.from({ length: MAX_CACHED_AUDIT_ENTRIES }, (_, index) => MAX_CACHED_AUDIT_ENTRIES - index);
    const after = withNewAuditEntries(pages(many), [entry(MAX_CACHED_AUDIT_ENTRIES + 1)]);
    expect(after.pages).toHaveLength(1);
    expect(ids(after)).toHaveLength(MAX_CACHED_AUDIT_ENTRIES);
    expect(after.pages[0]?.nextBefore).toBe(2);
  });
});
