import { type ClosedTrade } from './performance-math';
import { Decimal } from '../../shared/exchange/decimal';
import { floatToDecimal } from '../deployments/float-decimal';
import { FigureSum } from './trade-figures';

/** A paper deployment's closed round trip, as `deployment_trades` keeps it (floats from the simulated broker; fees are entry and exit together, P&L is net of both). */
export type PaperRoundTrip = Omit<ClosedTrade, 'returnPct'>;

/** The position the simulated broker holds now (from the deployment's book), not yet a round trip. */
export interface OpenPaperEntry {
  readonly entryTime: number;
  readonly entryPrice: number;
  readonly quantity: number;
}

const exact = (value: number): Decimal => new Decimal(floatToDecimal(value));

/**
 * One UTC day of a paper deployment, which has no exchange fills: an entry in the day is a buy
 * (its value at the entry price), an exit a sell (its value at the exit price, the round trip's
 * P&L and, because a round trip keeps its two fees together, both of its fees). The open
 * position counts as a buy on its entry day, so a report written while it is open sees it too.
 */
export function paperDay(trades: readonly PaperRoundTrip[], open: OpenPaperEntry | null, dayStart: number, dayEnd: number): FigureSum {
  const sum = new FigureSum();
  const isInDay = (time: number): boolean => time >= dayStart && time < dayEnd;
  for (const trade of trades) {
    const entryValue = exact(trade.entryPrice).times(exact(trade.quantity));
    if (isInDay(trade.entryTime)) sum.addBuy(entryValue, new Decimal(0));
    if (isInDay(trade.exitTime)) sum.addSell(exact(trade.exitPrice).times(exact(trade.quantity)), exact(trade.fees), exact(trade.pnl), entryValue);
  }
  if (open !== null && open.quantity > 0 && isInDay(open.entryTime)) sum.addBuy(exact(open.entryPrice).times(exact(open.quantity)), new Decimal(0));
  return sum;
}
