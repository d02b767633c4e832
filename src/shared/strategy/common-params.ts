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
export function marketEntry(params: TradeParams, reason: string, strength?: number): Intent {
  const protection: Protection = { stopLoss: params.stopLoss, takeProfit: params.takeProfit, trailingStop: params.trailingStop };
  return { action: 'enter', orderType: 'market', quoteAmount: params.amountPerTrade, reason, ...protection, ...(strength === undefined ? {} : { strength }) };
}

/** A signal's strength: `amount` as a share of `full`, kept within 0 to 1, to three places. */
export function strengthOf(amount: number, full: number): number {
  if (!Number.isFinite(amount) || !(full > 0)) return 0;
  return Math.round(Math.min(1, Math.max(0, amount / full)) * 1000) / 1000;
}

/** RSI points a reversal must move over one bar to count as a full-strength signal. */
export const RSI_FULL_MOVE = 20;

/** How far apart the averages are after a cross, as a fraction of the long one, for a full-strength signal (1 %). */
export const MA_FULL_GAP = 0.01;

/** True on the bar where `a` moves from at or below `b` to above it. */
export function crossesAbove(previousA: number, a: number, previousB: number, b: number): boolean {
  return previousA <= previousB && a > b;
}
