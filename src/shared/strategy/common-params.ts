import { z } from 'zod';
import { type Intent, type Protection } from './types';

/** A fraction of the entry price, e.g. 0.02 for 2 %; null switches the exit off. */
const Fraction = z.number().gt(0).lt(1).nullable();

/** What every built-in strategy takes besides its signal parameters. */
export const TRADE_PARAMS = {
  /** Quote currency spent per entry (USDT for BTCUSDT). */
  amountPerTrade: z.number().positive().max(1e9).default(100),
  stopLoss: Fraction.default(null),
  takeProfit: Fraction.default(null),
  trailingStop: Fraction.default(null),
};

export interface TradeParams {
  readonly amountPerTrade: number;
  readonly stopLoss: number | null;
  readonly takeProfit: number | null;
  readonly trailingStop: number | null;
}

/** A market entry for `amountPerTrade`, carrying the configured protective exits. */
export function marketEntry(params: TradeParams, reason: string): Intent {
  const protection: Protection = { stopLoss: params.stopLoss, takeProfit: params.takeProfit, trailingStop: params.trailingStop };
  return { action: 'enter', orderType: 'market', quoteAmount: params.amountPerTrade, reason, ...protection };
}

/** True on the bar where `a` moves from at or below `b` to above it. */
export function crossesAbove(previousA: number, a: number, previousB: number, b: number): boolean {
  return previousA <= previousB && a > b;
}
