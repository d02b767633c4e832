import { describe, expect, it } from 'vitest';
import { strengthOf } from './common-params';
import { maCrossover } from './ma-crossover';
import { rsiReversal } from './rsi-reversal';
import { type BarView, type PositionView } from './types';

const BAR: BarView = { time: 0, open: 100, high: 100, low: 100, close: 100, volume: 1 };
const FLAT: PositionView = { isOpen: false, quantity: 0, entryPrice: 0, entryTime: 0, barsHeld: 0, isEntryPending: false };
const HOLDING: PositionView = { ...FLAT, isOpen: true, quantity: 1, entryPrice: 100 };
const RSI_PARAMS = rsiReversal.params.parse({});

describe('signal strength', () => {
  it('is a share of a full amount, kept within 0 and 1', () => {
    expect(strengthOf(5, 20)).toBe(0.25);
    expect(strengthOf(40, 20)).toBe(1);
    expect(strengthOf(-3, 20)).toBe(0);
    expect(strengthOf(Number.NaN, 20)).toBe(0);
  });

  it('of an RSI reversal is how far the RSI moved over the bar that crossed, 20 points being full', () => {
    const enter = rsiReversal.step({ index: 1, bar: BAR, prev: { rsi: 25 }, ind: { rsi: 35 }, position: FLAT }, RSI_PARAMS);
    expect(enter).toMatchObject({ action: 'enter', strength: 0.5 });
    const exit = rsiReversal.step({ index: 1, bar: BAR, prev: { rsi: 71 }, ind: { rsi: 69 }, position: HOLDING }, RSI_PARAMS);
    expect(exit).toMatchObject({ action: 'exit', strength: 0.1 });
  });

  it('of a moving-average cross is the gap it opened, against the long average, 1 % being full', () => {
    const params = maCrossover.params.parse({ short: 2, long: 5 });
    const enter = maCrossover.step({ index: 1, bar: BAR, prev: { fast: 99, slow: 100 }, ind: { fast: 100.5, slow: 100 }, position: FLAT }, params);
    expect(enter).toMatchObject({ action: 'enter', strength: 0.5 });
  });
});
