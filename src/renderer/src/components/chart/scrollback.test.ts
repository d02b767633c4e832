import { describe, expect, it } from 'vitest';
import { historyChange } from './history-change';
import { OLDER_THRESHOLD_BARS, shouldLoadOlder } from './scrollback';

const state = { hasMore: true, isFetching: false, barCount: 1500 };

describe('shouldLoadOlder', () => {
  it('asks for the page before when the view nears the oldest loaded bar', () => {
    expect(shouldLoadOlder({ from: 1200, to: 1500 }, state)).toBe(false);
    expect(shouldLoadOlder({ from: OLDER_THRESHOLD_BARS - 1, to: 400 }, state)).toBe(true);
    expect(shouldLoadOlder({ from: -40, to: 200 }, state)).toBe(true);
  });

  it('does not ask when there is nothing older, a page is on its way, or nothing is loaded', () => {
    const near = { from: 10, to: 300 };
    expect(shouldLoadOlder(near, { ...state, hasMore: false })).toBe(false);
    expect(shouldLoadOlder(near, { ...state, isFetching: true })).toBe(false);
    expect(shouldLoadOlder(near, { ...state, barCount: 0 })).toBe(false);
    expect(shouldLoadOlder(null, state)).toBe(false);
  });
});

describe('historyChange', () => {
  const a = {};
  const b = {};
  const c = {};
  it('tells a page back from a reload', () => {
    expect(historyChange([a], [a])).toEqual({ kind: 'none' });
    expect(historyChange([], [])).toEqual({ kind: 'none' });
    expect(historyChange([a], [a, b, c])).toEqual({ kind: 'extend', from: 1 });
    expect(historyChange([], [a])).toEqual({ kind: 'rebuild' });
    expect(historyChange([a, b], [c, b])).toEqual({ kind: 'rebuild' });
    expect(historyChange([a, b], [a])).toEqual({ kind: 'rebuild' });
    expect(historyChange([a], [])).toEqual({ kind: 'rebuild' });
  });
});
