import { isFinalOrderStatus, type OrderStatus } from '../../shared/domain/enums';
import { Decimal } from '../../shared/exchange/decimal';

/** The parts of a journaled order a round trip is read from. */
export interface TripOrder {
  readonly clientOrderId: string;
  readonly side: 'BUY' | 'SELL';
  readonly status: OrderStatus;
  readonly executedQty: string;
  readonly cumulativeQuoteQty: string;
  readonly createdAt: number;
}

/** The parts of a journaled fill a round trip is read from. */
export interface TripFill {
  readonly orderClientId: string;
  readonly price: string;
  readonly qty: string;
  readonly commission: string;
  readonly commissionAsset: string | null;
  readonly time: number;
}

/** One live position of a deployment: its entry order and the sells that followed it, with their fills. */
export interface RoundTripOrders {
  readonly entry: TripOrder;
  readonly exits: readonly TripOrder[];
  readonly fills: readonly TripFill[];
}

export interface RoundTripAssets {
  readonly baseAsset: string;
  readonly quoteAsset: string;
  /** The smallest quantity that can still be sold (the lot step, or more with a min notional); less is dust. */
  readonly dust: Decimal;
}

/** What a live round trip amounts to, read from the journal (exact decimals). */
export interface RoundTripView {
  /** Bought, less any fee taken in the base asset: what the deployment owns. */
  readonly held: Decimal;
  /** Still held: bought less sold. */
  readonly remaining: Decimal;
  readonly entryPrice: Decimal | null;
  readonly entryTime: number | null;
  /** The quote spent on the entry. */
  readonly entryCost: Decimal;
  /** The quote the sells brought in. */
  readonly exitProceeds: Decimal;
  readonly sold: Decimal;
  readonly exitPrice: Decimal | null;
  readonly exitTime: number | null;
  /** Every fee, valued in the quote asset at its fill's price (fees in a third asset, such as BNB, are not counted). */
  readonly feesInQuote: Decimal;
  /** The fees taken in the quote asset itself: what is left to subtract from the proceeds (a base fee already shrank what could be sold). */
  readonly quoteFees: Decimal;
  readonly isEntryPending: boolean;
  readonly hasOpenExit: boolean;
  /** Something was bought and it has all been sold (dust aside), with nothing left working. */
  readonly isClosed: boolean;
  /** Nothing was bought and nothing is working: the entry came to nothing. */
  readonly isVoid: boolean;
}

/** Reads one round trip from its orders and fills. */
export function readRoundTrip({ entry, exits, fills }: RoundTripOrders, { baseAsset, quoteAsset, dust }: RoundTripAssets): RoundTripView {
  const fillsOf = (id: string): TripFill[] => fills.filter((fill) => fill.orderClientId === id);
  const entryFills = fillsOf(entry.clientOrderId);
  const bought = new Decimal(entry.executedQty);
  let quoteFees = new Decimal(0);
  let feesInQuote = new Decimal(0);
  let baseFee = new Decimal(0);
  for (const fill of fills) {
    if (fill.commissionAsset === quoteAsset) {
      quoteFees = quoteFees.plus(fill.commission);
      feesInQuote = feesInQuote.plus(fill.commission);
    }
    if (fill.commissionAsset === baseAsset) {
      feesInQuote = feesInQuote.plus(new Decimal(fill.commission).times(fill.price));
      if (fill.orderClientId === entry.clientOrderId) baseFee = baseFee.plus(fill.commission);
    }
  }
  const held = Decimal.max(bought.minus(baseFee), 0);
  const sold = exits.reduce((sum, exit) => sum.plus(exit.executedQty), new Decimal(0));
  const exitProceeds = exits.reduce((sum, exit) => sum.plus(exit.cumulativeQuoteQty), new Decimal(0));
  const remaining = Decimal.max(held.minus(sold), 0);
  const entryCost = new Decimal(entry.cumulativeQuoteQty);
  const isEntryPending = !isFinalOrderStatus(entry.status);
  const hasOpenExit = exits.some((exit) => !isFinalOrderStatus(exit.status));
  const exitFills = exits.flatMap((exit) => fillsOf(exit.clientOrderId));
  const lastTime = (list: readonly TripFill[]): number | null => (list.length === 0 ? null : Math.max(...list.map((fill) => fill.time)));
  const firstTime = (list: readonly TripFill[]): number | null => (list.length === 0 ? null : Math.min(...list.map((fill) => fill.time)));
  return {
    held,
    remaining,
    entryPrice: bought.isZero() ? null : entryCost.dividedBy(bought),
    entryTime: firstTime(entryFills) ?? (bought.isZero() ? null : entry.createdAt),
    entryCost,
    exitProceeds,
    sold,
    exitPrice: sold.isZero() ? null : exitProceeds.dividedBy(sold),
    exitTime: lastTime(exitFills),
    feesInQuote,
    quoteFees,
    isEntryPending,
    hasOpenExit,
    isClosed: !isEntryPending && !hasOpenExit && sold.greaterThan(0) && remaining.lessThan(dust),
    isVoid: !isEntryPending && !hasOpenExit && bought.isZero(),
  };
}

/** A closed round trip in the backtest's terms: P&L is what the sells brought in, less the entry's cost and the fees paid in quote. */
export function roundTripResult(view: RoundTripView): { pnl: number; returnPct: number; fees: number } {
  const pnl = view.exitProceeds.minus(view.entryCost).minus(view.quoteFees);
  return {
    pnl: pnl.toNumber(),
    returnPct: view.entryCost.isZero() ? 0 : pnl.dividedBy(view.entryCost).toNumber(),
    fees: view.feesInQuote.toNumber(),
  };
}
