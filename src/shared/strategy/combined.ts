import { z } from 'zod';
import { crossesAbove, marketEntry, RSI_FULL_MOVE, strengthOf, TRADE_PARAMS } from './common-params';
import { crossStrength } from './ma-crossover';
import { rsiSignal } from './rsi-reversal';
import { type StrategyDefinition } from './types';

const params = z
  .object({
    rsiPeriod: z.number().int().min(2).max(500).default(14),
    oversold: z.number().min(1).max(99).default(30),
    overbought: z.number().min(1).max(99).default(70),
    short: z.number().int().min(1).max(1000).default(50),
    long: z.number().int().min(2).max(5000).default(200),
    average: z.enum(['sma', 'ema']).default('sma'),
    ...TRADE_PARAMS,
  })
  .refine((value) => value.oversold < value.overbought, { message: 'Oversold must be below overbought', path: ['oversold'] })
  .refine((value) => value.short < value.long, { message: 'The short average must be shorter than the long one', path: ['short'] });

export type CombinedParams = z.infer<typeof params>;

/**
 * Both must agree to enter: an RSI reversal while the short average is above the long one.
 * Either is enough to exit: RSI leaving overbought, or the short average crossing below.
 */
export const combined: StrategyDefinition<CombinedParams, 'rsi' | 'fast' | 'slow'> = {
  type: 'combined',
  name: 'RSI + MA combined',
  version: 1,
  description: 'Enter on an RSI reversal only while the short average is above the long one; exit when either says so.',
  params,
  indicators: (p) => ({ rsi: { kind: 'rsi', period: p.rsiPeriod }, fast: { kind: p.average, period: p.short }, slow: { kind: p.average, period: p.long } }),
  step({ ind, prev, position }, p) {
    const signal = rsiSignal(prev.rsi, ind.rsi, p);
    const rsiStrength = strengthOf(Math.abs(ind.rsi - prev.rsi), RSI_FULL_MOVE);
    if (!position.isOpen && !position.isEntryPending && signal === 'enter' && ind.fast > ind.slow) {
      return marketEntry(p, `RSI ${p.rsiPeriod} rose above ${p.oversold} in an uptrend`, rsiStrength);
    }
    if (position.isOpen && signal === 'exit') return { action: 'exit', reason: `RSI ${p.rsiPeriod} fell below ${p.overbought}`, strength: rsiStrength };
    if (position.isOpen && crossesAbove(prev.slow, ind.slow, prev.fast, ind.fast)) return { action: 'exit', reason: `${p.average.toUpperCase()} ${p.short} crossed below ${p.long}`, strength: crossStrength(ind.fast, ind.slow) };
    return null;
  },
};
