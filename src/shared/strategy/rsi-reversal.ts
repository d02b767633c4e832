import { z } from 'zod';
import { marketEntry, RSI_FULL_MOVE, strengthOf, TRADE_PARAMS } from './common-params';
import { type StrategyDefinition } from './types';

const params = z
  .object({
    period: z.number().int().min(2).max(500).default(14),
    oversold: z.number().min(1).max(99).default(30),
    overbought: z.number().min(1).max(99).default(70),
    ...TRADE_PARAMS,
  })
  .refine((value) => value.oversold < value.overbought, { message: 'Oversold must be below overbought', path: ['oversold'] });

export type RsiReversalParams = z.infer<typeof params>;

/** The RSI signals shared by the RSI and combined strategies. */
export function rsiSignal(previous: number, current: number, p: Pick<RsiReversalParams, 'oversold' | 'overbought'>): 'enter' | 'exit' | null {
  // A reversal is the RSI leaving the zone, not entering it: buy once it climbs back above oversold.
  if (previous <= p.oversold && current > p.oversold) return 'enter';
  if (previous >= p.overbought && current < p.overbought) return 'exit';
  return null;
}

/** Buys when RSI climbs back out of oversold; sells when it falls back out of overbought. */
export const rsiReversal: StrategyDefinition<RsiReversalParams, 'rsi'> = {
  type: 'rsi-reversal',
  name: 'RSI reversal',
  version: 1,
  description: 'Enter when RSI climbs back above the oversold level, exit when it falls back below the overbought level.',
  params,
  indicators: (p) => ({ rsi: { kind: 'rsi', period: p.period } }),
  step({ ind, prev, position }, p) {
    const signal = rsiSignal(prev.rsi, ind.rsi, p);
    // Strength: how far the RSI moved over the bar that crossed the level.
    const strength = strengthOf(Math.abs(ind.rsi - prev.rsi), RSI_FULL_MOVE);
    if (signal === 'enter' && !position.isOpen && !position.isEntryPending) return marketEntry(p, `RSI ${p.period} rose above ${p.oversold}`, strength);
    if (signal === 'exit' && position.isOpen) return { action: 'exit', reason: `RSI ${p.period} fell below ${p.overbought}`, strength };
    return null;
  },
};
