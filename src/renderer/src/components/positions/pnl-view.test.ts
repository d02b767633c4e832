import { describe, expect, it } from 'vitest';
import { type PnlBucket } from '../../../../shared/schemas/portfolio';
import { byQuoteAsset, MAX_BAR_SLOT, periodLabel, pnlBars } from './pnl-view';

const bucket = (start: number, realized: string, quoteAsset = 'USDT'): PnlBucket => ({ start, quoteAsset, realized, fees: '0', sells: 1 });

describe('P&L view', () => {
  it('names periods in UTC', () => {
    const start = Date.UTC(2024, 0, 29);
    expect(periodLabel(start, 'day')).toBe('2024-01-29');
    expect(periodLabel(start, 'week')).toBe('wk 2024-01-29');
    expect(periodLabel(Date.UTC(2024, 1, 1), 'month')).toBe('2024-02');
  });

  it('keeps quote assets apart, oldest period first, the busiest asset first', () => {
    const groups = byQuoteAsset([bucket(3, '1'), bucket(1, '2', 'BTC'), bucket(2, '-1'), bucket(1, '5')]);
    expect(groups.map((group) => group.quoteAsset)).toEqual(['USDT', 'BTC']);
    expect(groups[0]?.buckets.map((entry) => entry.start)).toEqual([1, 2, 3]);
  });

  it('draws gains above and losses below one zero line on one scale', () => {
    const { bars, zeroY } = pnlBars([bucket(1, '30'), bucket(2, '-10'), bucket(3, '0')], 30, 40);
    expect(zeroY).toBe(30);
    expect(bars[0]).toMatchObject({ x: 1, y: 0, width: 8, height: 30, isLoss: false });
    expect(bars[1]).toMatchObject({ y: 30, height: 10, isLoss: true });
    expect(bars[2]?.height).toBe(0);
    expect(pnlBars([], 100, 40).bars).toEqual([]);
  });

  it('keeps bars narrow when there are few periods, the newest at the right edge', () => {
    const { bars } = pnlBars([bucket(1, '5'), bucket(2, '6')], 300, 40);
    expect(bars.map((bar) => bar.x + bar.width + 1)).toEqual([300 - MAX_BAR_SLOT, 300]);
  });
});
