import { describe, expect, it } from 'vitest';
import { fetchNewestPageHearing, newerEntries } from './newest-first';

const entry = (id: number) => ({ id });
const ids = (entries: readonly { id: number }[]): number[] => entries.map((e) => e.id);

describe('newerEntries', () => {
  it('keeps what is newer than the newest known, once each, newest first', () => {
    expect(ids(newerEntries([entry(7), entry(5), entry(9), entry(7), entry(3)], [entry(5), entry(4)]))).toEqual([9, 7]);
    expect(ids(newerEntries([entry(2), entry(1)], []))).toEqual([2, 1]);
  });
});

describe('fetchNewestPageHearing', () => {
  it('merges an entry appended while the page was on its way, and stops listening', async () => {
    let emit: ((e: { id: number }) => void) | null = null;
    const listen = (onEntry: (e: { id: number }) => void) => {
      emit = onEntry;
      return () => (emit = null);
    };
    const page = await fetchNewestPageHearing(listen, () => {
      emit?.(entry(11));
      emit?.(entry(10)); // already in the page
      return Promise.resolve({ entries: [entry(10), entry(9)], nextBefore: 9 });
    });
    expect(ids(page.entries)).toEqual([11, 10, 9]);
    expect(page.nextBefore).toBe(9);
    expect(emit).toBeNull();
  });
});
