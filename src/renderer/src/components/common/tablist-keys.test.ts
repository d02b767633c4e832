import { describe, expect, it } from 'vitest';
import { tabForKey } from './tablist-keys';

const TABS = [{ id: 'a' }, { id: 'b' }, { id: 'c' }] as const;

describe('tabForKey', () => {
  it('steps forward and back along the orientation, wrapping at both ends', () => {
    expect(tabForKey(TABS, 'a', 'ArrowRight', 'horizontal')?.id).toBe('b');
    expect(tabForKey(TABS, 'c', 'ArrowRight', 'horizontal')?.id).toBe('a');
    expect(tabForKey(TABS, 'a', 'ArrowUp', 'vertical')?.id).toBe('c');
    expect(tabForKey(TABS, 'b', 'ArrowDown', 'vertical')?.id).toBe('c');
  });

  it('ignores other keys, and the arrows of the other orientation', () => {
    expect(tabForKey(TABS, 'a', 'Enter', 'horizontal')).toBeUndefined();
    expect(tabForKey(TABS, 'a', 'ArrowDown', 'horizontal')).toBeUndefined();
    expect(tabForKey(TABS, 'a', 'ArrowRight', 'vertical')).toBeUndefined();
  });
});
