import { describe, expect, it } from 'vitest';
import { SlidingWindow } from './window';

const contents = (window: SlidingWindow): number[] => Array.from({ length: window.length }, (_, k) => window.at(k));

describe('SlidingWindow', () => {
  it('fills, then hands back the value each push displaces, oldest first', () => {
    const window = new SlidingWindow(3);
    expect([window.push(1), window.push(2)]).toEqual([Number.NaN, Number.NaN]);
    expect([window.length, window.full, contents(window)]).toEqual([2, false, [1, 2]]);
    expect(window.push(3)).toBeNaN();
    expect(window.full).toBe(true);
    expect([window.push(4), window.push(5), window.push(6), window.push(7)]).toEqual([1, 2, 3, 4]);
    expect(contents(window)).toEqual([5, 6, 7]);
  });

  it('can be replaced by a slice of a series and reset', () => {
    const window = new SlidingWindow(3);
    window.push(9);
    window.replace(Float64Array.of(1, 2, 3, 4, 5), 2);
    expect([window.full, contents(window)]).toEqual([true, [3, 4, 5]]);
    expect(window.push(6)).toBe(3);
    window.reset();
    expect([window.length, window.full, window.push(8), contents(window)]).toEqual([0, false, Number.NaN, [8]]);
  });

  it('works with a single slot', () => {
    const window = new SlidingWindow(1);
    expect([window.push(1), window.push(2), window.at(0)]).toEqual([Number.NaN, 1, 2]);
  });
});
