import { describe, expect, it } from 'vitest';
import { formatPlain, toFixed } from './fixed';
import { barAnchors, cumulativeVolume, stepPrices, stepTime } from './price-path';

const bar = (open: string, high: string, low: string, close: string) => ({ open: toFixed(open), high: toFixed(high), low: toFixed(low), close: toFixed(close) });
const plain = (prices: readonly bigint[]): string[] => prices.map(formatPlain);

describe('the walk through a bar', () => {
  it('visits the low first in a bar that closed up, the high first in one that closed down', () => {
    expect(plain(barAnchors(bar('100', '101', '99', '100.5')))).toEqual(['100', '99', '101', '100.5']);
    expect(plain(barAnchors(bar('100.5', '100.8', '98', '98.5')))).toEqual(['100.5', '100.8', '98', '98.5']);
  });

  it('visits the nearer extreme first in a bar that closed where it opened, the low on a tie', () => {
    expect(plain(barAnchors(bar('100', '100.2', '99', '100')))).toEqual(['100', '100.2', '99', '100']);
    expect(plain(barAnchors(bar('100', '101', '99', '100')))).toEqual(['100', '99', '101', '100']);
  });

  it('cuts each leg into equal sub-steps rounded to the tick, always visiting the anchors', () => {
    expect(plain(stepPrices(bar('100', '101', '99', '100.5'), 3, toFixed('0.01')))).toEqual([
      '100', '99.67', '99.33', '99', '99.67', '100.33', '101', '100.83', '100.67', '100.5',
    ]);
  });

  it('spreads sub-step times from the open to the close time and shares the volume out exactly', () => {
    expect([0, 1, 2, 3].map((step) => stepTime(0, 60_000, step, 4))).toEqual([0, 19_999, 39_999, 59_999]);
    expect([0, 1, 2, 3].map((step) => formatPlain(cumulativeVolume(toFixed('0.00000003'), step, 4)))).toEqual(['0', '0.00000001', '0.00000002', '0.00000003']);
  });
});
