import { describe, expect, it } from 'vitest';
import { COMMON_INTERVALS, intervalForStored, isIntraday, MORE_INTERVALS } from './timeframes';

describe('timeframes', () => {
  it('offers every interval once, the common ones in the row', () => {
    expect([...COMMON_INTERVALS, ...MORE_INTERVALS].sort()).toHaveLength(15);
    expect(MORE_INTERVALS).toContain('1M');
  });

  it('shows hours on the time axis below a day', () => {
    expect(isIntraday('15m')).toBe(true);
    expect(isIntraday('4h')).toBe(true);
    expect(isIntraday('1d')).toBe(false);
    expect(isIntraday('1M')).toBe(false);
  });

  it('keeps the timeframe when it is stored or can be built from 1-minute bars, else takes the closest stored', () => {
    expect(intervalForStored(['15m'], '1h')).toBe('15m');
    expect(intervalForStored(['15m', '1d'], '12h')).toBe('1d');
    expect(intervalForStored(['1m'], '4h')).toBe('4h');
    expect(intervalForStored(['1h', '4h'], '4h')).toBe('4h');
    expect(intervalForStored([], '4h')).toBe('4h');
  });
});
