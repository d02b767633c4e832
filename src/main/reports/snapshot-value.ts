import { z } from 'zod';
import { Decimal, toDecimal } from '../../shared/exchange/decimal';
import { formatAmount } from '../../shared/portfolio/position-view';
import { HoldingSchema, PaperEquitySchema, type Holding, type PaperEquity } from '../../shared/schemas/reports';

/**
 * The asset every report and snapshot is valued in. One asset for all accounts keeps an
 * account's days, its equity curve and the month's totals addable; a symbol quoted in another
 * asset shows in the per-symbol breakdown in its own quote and stays out of the totals.
 */
export const REPORT_QUOTE_ASSET = 'USDT';

/** What `portfolio_snapshots.holdings` holds, parsed back with this schema. */
export const StoredHoldingsSchema = z.object({
  cash: z.string(),
  assets: z.array(HoldingSchema),
  paper: z.array(PaperEquitySchema),
});
export type StoredHoldings = z.infer<typeof StoredHoldingsSchema>;

export interface BalanceLine {
  readonly asset: string;
  readonly free: string;
  readonly locked: string;
}

export interface ValuedBalances {
  readonly totalValue: string;
  readonly holdings: StoredHoldings;
}

/**
 * Values each balance (free plus locked) at its price in the quote asset; the quote asset itself
 * is worth 1 and is the cash. An asset without a price is listed with a null value and left out
 * of the total, rather than guessed. Holdings come out largest value first, unpriced last.
 */
export function valueBalances(balances: readonly BalanceLine[], quoteAsset: string, prices: ReadonlyMap<string, Decimal>, paper: readonly PaperEquity[]): ValuedBalances {
  let total = new Decimal(0);
  let cash = new Decimal(0);
  const valued: Array<{ holding: Holding; value: Decimal | null }> = [];
  for (const balance of balances) {
    const amount = toDecimal(balance.free, 'Free balance').plus(toDecimal(balance.locked, 'Locked balance'));
    if (amount.isZero()) continue;
    const price = balance.asset === quoteAsset ? new Decimal(1) : (prices.get(balance.asset) ?? null);
    const value = price === null ? null : amount.times(price);
    if (balance.asset === quoteAsset) cash = cash.plus(amount);
    if (value !== null) total = total.plus(value);
    valued.push({
      holding: { asset: balance.asset, free: balance.free, locked: balance.locked, price: price === null ? null : formatAmount(price), value: value === null ? null : formatAmount(value) },
      value,
    });
  }
  valued.sort((a, b) => (a.value === null ? (b.value === null ? a.holding.asset.localeCompare(b.holding.asset) : 1) : b.value === null ? -1 : b.value.comparedTo(a.value)));
  return { totalValue: formatAmount(total), holdings: { cash: formatAmount(cash), assets: valued.map((entry) => entry.holding), paper: [...paper] } };
}
