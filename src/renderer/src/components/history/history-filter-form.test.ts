import { describe, expect, it } from 'vitest';
import { dayEnd, dayStart, EMPTY_FILTER_FORM, isFiltered, symbolFilter, toOrderFilter } from './history-filter-form';

describe('history filter form', () => {
  it('reads a typed symbol: empty is every symbol, a partial one is not a filter yet', () => {
    expect(symbolFilter('')).toBeNull();
    expect(symbolFilter(' btcusdt ')).toBe('BTCUSDT');
    expect(symbolFilter('B')).toBeUndefined();
    expect(symbolFilter('BTC-USDT')).toBeUndefined();
  });

  it('turns local days into an inclusive range', () => {
    const start = dayStart('2024-01-31');
    expect(start).toBe(new Date(2024, 0, 31).getTime());
    expect(dayEnd('2024-01-31')).toBe(new Date(2024, 1, 1).getTime() - 1);
    expect(dayStart('')).toBeNull();
    expect(dayEnd('31/01/2024')).toBeNull();
  });

  it('makes the filter the core is asked with', () => {
    expect(toOrderFilter(3, EMPTY_FILTER_FORM)).toEqual({ accountId: 3, symbol: null, side: null, origin: 'all', state: 'all', from: null, to: null });
    expect(toOrderFilter(3, { ...EMPTY_FILTER_FORM, symbol: 'E', side: 'BUY', state: 'done' })).toMatchObject({ symbol: null, side: 'BUY', state: 'done' });
    expect(isFiltered(EMPTY_FILTER_FORM)).toBe(false);
    expect(isFiltered({ ...EMPTY_FILTER_FORM, origin: 'adopted' })).toBe(true);
  });
});
