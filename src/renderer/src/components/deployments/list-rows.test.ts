import { describe, expect, it } from 'vitest';
import { PAGE_SIZE } from '../../api/history-pages';
import { listRows } from './list-rows';

describe('a held list as table rows', () => {
  it('reads every row by index across pages, and nothing past the end', () => {
    const list = Array.from({ length: PAGE_SIZE * 2 + 5 }, (_, index) => index);
    const rows = listRows(list);
    expect(rows.total).toBe(list.length);
    expect(rows.loaded).toBe(list.length);
    expect(rows.at(0)).toBe(0);
    expect(rows.at(PAGE_SIZE)).toBe(PAGE_SIZE);
    expect(rows.at(list.length - 1)).toBe(list.length - 1);
    expect(rows.at(list.length)).toBeUndefined();
  });

  it('is empty for an empty list, and one page for a short one', () => {
    expect(listRows([]).total).toBe(0);
    expect(listRows(['a', 'b']).total).toBe(2);
  });
});
