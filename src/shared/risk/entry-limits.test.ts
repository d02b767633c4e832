import { describe, expect, it } from 'vitest';
import { EntryLimits, NO_LIMITS } from './entry-limits';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe('entry limits', () => {
  it('allow everything when none is set', () => {
    const limits = new EntryLimits(NO_LIMITS);
    limits.onEntry(0);
    limits.onExit(1);
    limits.onEquity(100);
    limits.onEquity(1);
    expect(limits.refusal(2, 1e9)).toBeNull();
  });

  it('count entries per UTC day', () => {
    const limits = new EntryLimits({ ...NO_LIMITS, maxTradesPerDay: 2 });
    limits.onEntry(1 * HOUR);
    expect(limits.refusal(2 * HOUR, 10)).toBeNull();
    limits.onEntry(2 * HOUR);
    expect(limits.refusal(23 * HOUR, 10)).toBe('max-trades-per-day');
    expect(limits.refusal(DAY, 10)).toBeNull();
  });

  it('refuse an amount above the maximum, wait out the cooldown, and halt at the drawdown', () => {
    const limits = new EntryLimits({ ...NO_LIMITS, maxAmountPerTrade: 100, cooldownMs: HOUR, maxDrawdownPct: 0.1 });
    expect(limits.refusal(0, 100.01)).toBe('max-amount-per-trade');
    limits.onExit(10 * HOUR);
    expect(limits.refusal(10 * HOUR + HOUR - 1, 50)).toBe('cooldown');
    expect(limits.refusal(11 * HOUR, 50)).toBeNull();
    limits.onEquity(1000);
    limits.onEquity(901);
    expect(limits.refusal(12 * HOUR, 50)).toBeNull();
    limits.onEquity(899);
    limits.onEquity(2000);
    expect(limits.refusal(13 * HOUR, 50)).toBe('max-drawdown');
  });
});
