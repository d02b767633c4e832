import { describe, expect, it } from 'vitest';
import { moveFor, snapToTick } from './order-drag-math';

describe('moving an order by its line', () => {
  it('snaps a chart price onto the tick', () => {
    expect(snapToTick(99.2349, '0.01')).toBe('99.23');
    expect(snapToTick(99.235001, '0.01')).toBe('99.24');
    expect(snapToTick(43_512.7, '0.5')).toBe('43512.5');
    expect(snapToTick(0.1 + 0.2, null)).toBe('0.3');
    expect(snapToTick(-1, '0.01')).toBeNull();
    expect(snapToTick(0.004, '0.01')).toBeNull();
  });

  it('a limit order moves its price; a drop on the same tick is no move', () => {
    expect(moveFor({ type: 'LIMIT', price: '99.5', stopPrice: null }, 99.213, '0.01')).toEqual({ price: '99.21' });
    expect(moveFor({ type: 'LIMIT', price: '99.50000000', stopPrice: null }, 99.501, '0.01')).toBeNull();
  });

  it('a stop-limit moves its stop and keeps the gap to its limit price', () => {
    expect(moveFor({ type: 'STOP_LOSS_LIMIT', price: '98.9', stopPrice: '99.2' }, 97.8, '0.01')).toEqual({ stopPrice: '97.8', price: '97.5' });
    expect(moveFor({ type: 'TAKE_PROFIT_LIMIT', price: '101.1', stopPrice: '101' }, 102.004, '0.01')).toEqual({ stopPrice: '102', price: '102.1' });
  });
});
