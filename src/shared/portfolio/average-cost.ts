import { Decimal, toDecimal } from '../exchange/decimal';
import { type OrderSide } from '../domain/enums';

/**
 * Average-cost accounting of spot fills, per symbol, in exact decimals.
 *
 * Per symbol the book holds H (base held according to the fills) and C (what H cost, in quote,
 * fees included). A BUY adds to both; a SELL takes the part it can cover out of H at the average
 * cost C/H and realizes the difference between its share of the proceeds and that cost. A fee
 * paid in base shrinks H; a fee paid in quote is part of the cost (buy) or comes off the
 * proceeds (sell); a fee paid in a third asset (BNB) is valued in quote through the `rate`
 * callback, or, when no rate is known, kept apart as an unvalued fee.
 */

/** One execution as the accounting needs it; amounts are the exchange's decimal strings. */
export interface AccountingFill {
  readonly symbol: string;
  readonly side: OrderSide;
  readonly price: string;
  readonly qty: string;
  readonly quoteQty: string;
  readonly commission: string;
  readonly commissionAsset: string | null;
  readonly time: number;
}

export interface SymbolAssets {
  readonly baseAsset: string;
  readonly quoteAsset: string;
}

/** How many quote units one unit of `asset` is worth (for a fill at `time`), or null when unknown. */
export type FeeRate = (asset: string, quoteAsset: string, time: number) => Decimal | null;

/** What one SELL fill realized; `time` is the fill's, so events can be bucketed by period. */
export interface RealizedEvent {
  readonly symbol: string;
  readonly quoteAsset: string;
  readonly time: number;
  /** Proceeds of the matched part minus its cost, minus the cost of base paid as fee. */
  readonly realized: Decimal;
  /** The fees of this fill valued in quote (base fee at the fill price). */
  readonly fees: Decimal;
  /** Cost of the base that left the holding (sold, or paid as fee). */
  readonly costOut: Decimal;
}

export interface PositionState {
  readonly symbol: string;
  readonly baseAsset: string;
  readonly quoteAsset: string;
  quantity: Decimal;
  costBasis: Decimal;
  realized: Decimal;
  /** Cost of everything that left the holding: the denominator of the realized %. */
  costSold: Decimal;
  feesPaid: Decimal;
  readonly unvaluedFees: Map<string, Decimal>;
  untrackedSold: Decimal;
  fills: number;
  lastFillAt: number | null;
}

const ZERO = new Decimal(0);

export function emptyPosition(symbol: string, assets: SymbolAssets): PositionState {
  return {
    symbol,
    baseAsset: assets.baseAsset,
    quoteAsset: assets.quoteAsset,
    quantity: ZERO,
    costBasis: ZERO,
    realized: ZERO,
    costSold: ZERO,
    feesPaid: ZERO,
    unvaluedFees: new Map(),
    untrackedSold: ZERO,
    fills: 0,
    lastFillAt: null,
  };
}

/** Takes `part` of the holding out at average cost; returns its cost. All of it leaves exactly. */
function takeOut(state: PositionState, part: Decimal): Decimal {
  if (part.lte(0) || state.quantity.lte(0)) return ZERO;
  if (part.gte(state.quantity)) {
    const cost = state.costBasis;
    state.quantity = ZERO;
    state.costBasis = ZERO;
    return cost;
  }
  const cost = state.costBasis.times(part).dividedBy(state.quantity);
  state.quantity = state.quantity.minus(part);
  state.costBasis = state.costBasis.minus(cost);
  return cost;
}

/**
 * Applies one fill to its symbol's state (fills must come oldest first). Returns the realized
 * event of a SELL, null for a BUY.
 */
export function applyFill(state: PositionState, fill: AccountingFill, rate: FeeRate): RealizedEvent | null {
  const qty = toDecimal(fill.qty, 'Fill quantity');
  const quoteQty = toDecimal(fill.quoteQty, 'Fill quote quantity');
  const price = toDecimal(fill.price, 'Fill price');
  const commission = toDecimal(fill.commission, 'Fill commission');
  state.fills += 1;
  state.lastFillAt = state.lastFillAt === null ? fill.time : Math.max(state.lastFillAt, fill.time);

  // Sort the fee by the asset it was paid in.
  let baseFee = ZERO;
  let quoteFee = ZERO;
  let thirdFee = ZERO;
  if (!commission.isZero() && fill.commissionAsset !== null) {
    if (fill.commissionAsset === state.baseAsset) baseFee = commission;
    else if (fill.commissionAsset === state.quoteAsset) quoteFee = commission;
    else {
      const value = rate(fill.commissionAsset, state.quoteAsset, fill.time);
      if (value === null) state.unvaluedFees.set(fill.commissionAsset, (state.unvaluedFees.get(fill.commissionAsset) ?? ZERO).plus(commission));
      else thirdFee = commission.times(value);
    }
  }
  const fees = quoteFee.plus(thirdFee).plus(baseFee.times(price));
  state.feesPaid = state.feesPaid.plus(fees);

  if (fill.side === 'BUY') {
    state.quantity = state.quantity.plus(qty).minus(baseFee);
    state.costBasis = state.costBasis.plus(quoteQty).plus(quoteFee).plus(thirdFee);
    return null;
  }

  const proceeds = quoteQty.minus(quoteFee).minus(thirdFee);
  const matched = Decimal.min(qty, state.quantity.gt(0) ? state.quantity : ZERO);
  const excess = qty.minus(matched);
  const costOfSold = takeOut(state, matched);
  const proceedsOfMatched = qty.isZero() ? ZERO : proceeds.times(matched).dividedBy(qty);
  // Base paid as fee leaves the holding too, at average cost, and is a loss.
  const feeMatched = Decimal.min(baseFee, state.quantity.gt(0) ? state.quantity : ZERO);
  const costOfFee = takeOut(state, feeMatched);
  const realized = proceedsOfMatched.minus(costOfSold).minus(costOfFee);
  state.untrackedSold = state.untrackedSold.plus(excess).plus(baseFee.minus(feeMatched));
  state.realized = state.realized.plus(realized);
  const costOut = costOfSold.plus(costOfFee);
  state.costSold = state.costSold.plus(costOut);
  return { symbol: state.symbol, quoteAsset: state.quoteAsset, time: fill.time, realized, fees, costOut };
}

export interface Ledger {
  /** One state per symbol, in the order each symbol was first traded. */
  readonly positions: Map<string, PositionState>;
  /** Every SELL fill's realized event, oldest first. */
  readonly events: RealizedEvent[];
}

/** Runs an account's fills (any symbols, oldest first) through the average-cost book. */
export function buildLedger(fills: Iterable<AccountingFill>, assetsOf: (symbol: string) => SymbolAssets, rate: FeeRate): Ledger {
  const positions = new Map<string, PositionState>();
  const events: RealizedEvent[] = [];
  for (const fill of fills) {
    let state = positions.get(fill.symbol);
    if (state === undefined) {
      state = emptyPosition(fill.symbol, assetsOf(fill.symbol));
      positions.set(fill.symbol, state);
    }
    const event = applyFill(state, fill, rate);
    if (event !== null) events.push(event);
  }
  return { positions, events };
}
