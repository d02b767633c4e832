import { z } from 'zod';
import { crossesAbove, MA_FULL_GAP, marketEntry, strengthOf, TRADE_PARAMS } from './common-params';
import { type StrategyDefinition } from './types';

const params = z
  .object({
    short: z.number().int().min(1).max(1000).default(50),
    long: z.number().int().min(2).max(5000).default(200),
    average: z.enum(['sma', 'ema']).default('sma'),
    ...TRADE_PARAMS,
  })
  .refine((value) => value.short < value.long, { message: 'The short average must be shorter than the long one', path: ['short'] });

export type MaCrossoverParams = z.infer<typeof params>;

/** A cross's strength: how far apart the averages already are, against the long one. */
export function crossStrength(fast: number, slow: number): number {
  return strengthOf(Math.abs(fast - slow) / slow, MA_FULL_GAP);
}

/** Buys when the short average crosses above the long one; sells when it crosses back below. */
export const maCrossover: StrategyDefinition<MaCrossoverParams, 'fast' | 'slow'> = {
  type: 'ma-crossover',
  name: 'MA crossover',
  version: 1,
  description: 'Enter when the short moving average crosses above the long one, exit when it crosses back below.',
  params,
  indicators: (p) => ({ fast: { kind: p.average, period: p.short }, slow: { kind: p.average, period: p.long } }),
  step({ ind, prev, position }, p) {
    if (!position.isOpen && !position.isEntryPending && crossesAbove(prev.fast, ind.fast, prev.slow, ind.slow)) {
      return marketEntry(p, `${p.average.toUpperCase()} ${p.short} crossed above ${p.long}`, crossStrength(ind.fast, ind.slow));
    }
    if (position.isOpen && crossesAbove(prev.slow, ind.slow, prev.fast, ind.fast)) {
      return { action: 'exit', reason: `${p.average.toUpperCase()} ${p.short} crossed below ${p.long}`, strength: crossStrength(ind.fast, ind.slow) };
    }
    return null;
  },
};
