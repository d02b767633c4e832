import { describe, expect, it } from 'vitest';
import { thinEvenly } from './report-reads';

describe('thinning an equity curve', () => {
  it('keeps everything under the limit, else spreads the kept points evenly with both ends', () => {
    const points = Array.from({ length: 10 }, (_, index) => index);
    expect(thinEvenly(points, 20)).toEqual(points);
    expect(thinEvenly(points, 4)).toEqual([0, 3, 6, 9]);
    expect(thinEvenly(points, 2)).toEqual([0, 9]);
  });
});
