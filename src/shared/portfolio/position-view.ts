import { Decimal, toExchangeString } from '../exchange/decimal';
import { type Position } from '../schemas/portfolio';
import { type PositionState } from './average-cost';

/** Amounts leave with at most this many decimals: a cost split by a sale can repeat forever. */
export const AMOUNT_PLACES = 10;
/** Percentages (2.5 is 2.5 %) leave with at most this many decimals. */
export const PERCENT_PLACES = 4;

export function formatAmount(value: Decimal): string {
  return toExchangeString(value.toDecimalPlaces(AMOUNT_PLACES, Decimal.ROUND_HALF_UP));
}

export function formatPercent(part: Decimal, whole: Decimal): string | null {
  if (whole.isZero()) return null;
  return toExchangeString(part.times(100).dividedBy(whole).toDecimalPlaces(PERCENT_PLACES, Decimal.ROUND_HALF_UP));
}

/** A symbol's book as the contract shows it, valued at `lastPrice` (null when no price is known). */
export function toPosition(state: PositionState, lastPrice: Decimal | null): Position {
  const isHolding = state.quantity.gt(0);
  const marketValue = lastPrice === null ? null : state.quantity.times(lastPrice);
  const unrealized = marketValue === null ? null : marketValue.minus(state.costBasis);
  return {
    symbol: state.symbol,
    baseAsset: state.baseAsset,
    quoteAsset: state.quoteAsset,
    quantity: formatAmount(state.quantity),
    costBasis: formatAmount(state.costBasis),
    averageEntry: isHolding ? formatAmount(state.costBasis.dividedBy(state.quantity)) : null,
    lastPrice: lastPrice === null ? null : toExchangeString(lastPrice),
    marketValue: marketValue === null ? null : formatAmount(marketValue),
    unrealizedPnl: unrealized === null ? null : formatAmount(unrealized),
    unrealizedPct: unrealized === null ? null : formatPercent(unrealized, state.costBasis),
    realizedPnl: formatAmount(state.realized),
    realizedPct: formatPercent(state.realized, state.costSold),
    feesPaid: formatAmount(state.feesPaid),
    unvaluedFees: [...state.unvaluedFees].map(([asset, amount]) => ({ asset, amount: formatAmount(amount) })),
    untrackedSold: formatAmount(state.untrackedSold),
    fills: state.fills,
    lastFillAt: state.lastFillAt,
  };
}
