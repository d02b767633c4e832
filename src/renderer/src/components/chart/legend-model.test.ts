import { describe, expect, it } from 'vitest';
import { CandleBuffer } from './candle-buffer';
import { groupFills } from './fill-markers';
import { directionOf, formatBarTime, legendModel } from './legend-model';
import { priceDisplayFor } from './price-display';

const HOUR = 3_600_000;
const T0 = Date.UTC(2024, 4, 1, 12);
const buffer = CandleBuffer.fromColumns({
  time: [T0, T0 + HOUR],
  open: [42000, 42100],
  high: [42200, 42300],
  low: [41900, 42000],
  close: [42100, 42050.5],
  volume: [12.5, 14_000],
});
const display = priceDisplayFor('0.01', null);

describe('legendModel', () => {
  it('describes a bar with OHLCV and its change from the close before', () => {
    const legend = legendModel(buffer, 1, '1h', display, [], []);
    expect(legend).toMatchObject({
      time: '2024-05-01 13:00',
      isLatest: true,
      open: '42,100.00',
      close: '42,050.50',
      volume: '14.00K',
      change: '−49.50',
      changePercent: '−0.12%',
      direction: 'down',
    });
  });

  it('measures the first bar against its own open', () => {
    expect(legendModel(buffer, 0, '1h', display, [], [])).toMatchObject({ change: '+100.00', direction: 'up', isLatest: false });
    expect(legendModel(buffer, 5, '1h', display, [], [])).toBeNull();
  });

  it('lists study values and the fills in the bar', () => {
    const readings = [
      { kind: 'ema' as const, title: 'EMA 21', paneIndex: 0, lines: [{ label: 'EMA 21', value: 42010.123, color: '#fff' }] },
      { kind: 'rsi' as const, title: 'RSI 14', paneIndex: 1, lines: [{ label: 'RSI 14', value: 55.556, color: '#fff' }] },
      { kind: 'sma' as const, title: 'SMA 200', paneIndex: 0, lines: [{ label: 'SMA 200', value: NaN, color: '#fff' }] },
    ];
    const fills = groupFills([{ tradeId: '1', clientOrderId: 'a', side: 'BUY', price: '42010', qty: '0.01', time: T0 + HOUR + 5 }], '1h', (time) => time);
    const legend = legendModel(buffer, 1, '1h', display, readings, fills);
    expect(legend?.studies.map((study) => study.values[0]?.text)).toEqual(['42,010.12', '55.56', '—']);
    expect(legend?.fills).toEqual([{ side: 'BUY', text: '0.01 @ 42,010.00' }]);
  });
});

describe('bar times and directions', () => {
  it('writes the open time in UTC at the precision of the interval', () => {
    expect(formatBarTime(T0, '15m')).toBe('2024-05-01 12:00');
    expect(formatBarTime(T0, '1d')).toBe('2024-05-01');
    expect(formatBarTime(T0, '1M')).toBe('2024-05');
  });

  it('compares a close with its reference', () => {
    expect(directionOf(2, 1)).toBe('up');
    expect(directionOf(1, 2)).toBe('down');
    expect(directionOf(1, 1)).toBe('flat');
  });
});
