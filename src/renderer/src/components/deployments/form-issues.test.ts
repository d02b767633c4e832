import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { issuesByPath } from './form-issues';

const schema = z.object({
  symbol: z.string().min(2).max(20).regex(/^[A-Z0-9]+$/, 'A Binance symbol such as BTCUSDT'),
  limits: z.object({ maxTradesPerDay: z.number().int().min(1).max(10_000).nullable(), maxDrawdownPct: z.number().positive().max(100).nullable() }),
});

const errorsOf = (value: unknown): Record<string, string> => {
  const parsed = schema.safeParse(value);
  return parsed.success ? {} : issuesByPath(parsed.error.issues);
};

describe('form issues', () => {
  it('words bounds and whole numbers for a trader, keyed by the field path', () => {
    expect(errorsOf({ symbol: 'BTCUSDT', limits: { maxTradesPerDay: 0, maxDrawdownPct: 0 } })).toEqual({ 'limits.maxTradesPerDay': 'At least 1', 'limits.maxDrawdownPct': 'Above 0' });
    expect(errorsOf({ symbol: 'BTCUSDT', limits: { maxTradesPerDay: 1.5, maxDrawdownPct: 101 } })).toEqual({ 'limits.maxTradesPerDay': 'A whole number', 'limits.maxDrawdownPct': 'At most 100' });
  });

  it('keeps the message a schema wrote itself, and says the first problem of a field only', () => {
    expect(errorsOf({ symbol: 'btc-usdt', limits: { maxTradesPerDay: null, maxDrawdownPct: null } })).toEqual({ symbol: 'A Binance symbol such as BTCUSDT' });
    expect(errorsOf({ symbol: 'B', limits: { maxTradesPerDay: null, maxDrawdownPct: null } })).toEqual({ symbol: 'At least 2 characters' });
    const required = z.object({ name: z.string().min(1) }).safeParse({ name: '' });
    expect(required.success ? {} : issuesByPath(required.error.issues)).toEqual({ name: 'Required' });
  });
});
