import { describe, expect, it } from 'vitest';
import { type ChartFill } from '../../../../shared/schemas/candles';
import { fillGroupDetail, fillMarkerSpecs, groupFills, groupsAt } from './fill-markers';
import { formatPrice } from './price-format';

const HOUR = 3_600_000;
let trade = 0;
const fill = (side: 'BUY' | 'SELL', price: string, qty: string, time: number): ChartFill => ({
  tradeId: String(++trade),
  clientOrderId: `c${trade}`,
  side,
  price,
  qty,
  time,
});
const everyBar = (time: number): number | null => time;
const price = (value: number): string => formatPrice(value, 2);

describe('groupFills', () => {
  it('joins the fills of one side within a bar, with an exact total and an average price', () => {
    const groups = groupFills(
      [fill('BUY', '42000', '0.01', HOUR + 5), fill('BUY', '42100', '0.03', HOUR + 600_000), fill('SELL', '42500', '0.02', HOUR + 900_000)],
      '1h',
      everyBar,
    );
    expect(groups).toHaveLength(2);
    const [buy, sell] = groups;
    expect(buy).toMatchObject({ barTime: HOUR, side: 'BUY', qty: '0.04' });
    expect(buy?.avgPrice).toBeCloseTo(42075, 6);
    expect(buy?.fills).toHaveLength(2);
    expect(sell).toMatchObject({ barTime: HOUR, side: 'SELL', qty: '0.02', avgPrice: 42500 });
  });

  it('sums quantities exactly where floats would not', () => {
    const [group] = groupFills([fill('BUY', '1', '0.1', 0), fill('BUY', '1', '0.2', 1)], '1h', everyBar);
    expect(group?.qty).toBe('0.3');
  });

  it('puts each fill on its bar, snapped to a loaded bar, and drops fills outside what is loaded', () => {
    const snap = (time: number): number | null => (time > 2 * HOUR ? null : time === HOUR ? 0 : time);
    const groups = groupFills([fill('SELL', '1', '1', 10), fill('SELL', '1', '1', HOUR + 10), fill('BUY', '1', '1', 5 * HOUR)], '1h', snap);
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ barTime: 0, side: 'SELL', qty: '2' });
  });

  it('orders groups by bar, buys before sells', () => {
    const groups = groupFills([fill('SELL', '1', '1', 2 * HOUR), fill('SELL', '1', '1', 0), fill('BUY', '1', '1', 0)], '1h', everyBar);
    expect(groups.map((group) => `${group.barTime / HOUR}${group.side}`)).toEqual(['0BUY', '0SELL', '2SELL']);
    expect(groupsAt(groups, 0)).toHaveLength(2);
  });
});

describe('fill markers', () => {
  it('draws buys below the bar pointing up and sells above pointing down, with their text', () => {
    const groups = groupFills([fill('BUY', '42000', '0.01000000', 0), fill('SELL', '42010.5', '0.01', 0), fill('SELL', '42010.5', '0.02', 1)], '1h', everyBar);
    const [buy, sell] = fillMarkerSpecs(groups, price);
    expect(buy).toEqual({ barTime: 0, side: 'BUY', position: 'belowBar', shape: 'arrowUp', text: 'B 0.01 @ 42,000.00' });
    expect(sell).toEqual({ barTime: 0, side: 'SELL', position: 'aboveBar', shape: 'arrowDown', text: 'S 0.03 @ 42,010.50 ×2' });
    expect(fillGroupDetail(groups[0]!, price)).toBe('0.01 @ 42,000.00');
  });
});
