import { Decimal, toDecimal } from '../../shared/exchange/decimal';
import { applyFill, emptyPosition, type AccountingFill, type FeeRate, type PositionState, type SymbolAssets } from '../../shared/portfolio/average-cost';
import { FigureSum } from './trade-figures';
import { dayStartOf } from './utc-days';

/** Which deployment (if any) placed the order of a fill; one per fill of the range, in the ledger's order. */
export interface FillTag {
  readonly symbol: string;
  readonly time: number;
  readonly deploymentId: number | null;
}

export interface SymbolSum {
  readonly quoteAsset: string;
  readonly sum: FigureSum;
}

/** What the exchange fills of one UTC day add up to. */
export interface FillDay {
  /** Fills of symbols quoted in the report's asset: the account's totals. */
  readonly total: FigureSum;
  readonly symbols: Map<string, SymbolSum>;
  /** Fills of orders a (live) deployment placed, by deployment. */
  readonly deployments: Map<number, FigureSum>;
  /** Fees in an asset no price was known for, by asset: never in `fees`. */
  readonly unvaluedFees: Map<string, Decimal>;
}

export interface FillDaysInput {
  /** Every fill of the account, oldest first: realized P&L depends on what was bought before. */
  readonly fills: readonly AccountingFill[];
  /** The tags of the fills with `from <= time < to`, in the same order. */
  readonly tags: readonly FillTag[];
  readonly assetsOf: (symbol: string) => SymbolAssets;
  readonly rate: FeeRate;
  readonly from: number;
  readonly to: number;
  readonly reportQuote: string;
}

function emptyDay(): FillDay {
  return { total: new FigureSum(), symbols: new Map(), deployments: new Map(), unvaluedFees: new Map() };
}

/**
 * Runs the account's whole fill history through the average-cost book (src/shared/portfolio,
 * as the Positions and P&L tabs do) and adds up each UTC day of [from, to): a BUY adds its quote
 * value to the volume and its fees; a SELL adds its value, its fees and what it realized. Fees
 * are valued in quote as the book values them (a base fee at the fill's price, a third-asset
 * fee through `rate`).
 */
export function fillDays(input: FillDaysInput): Map<number, FillDay> {
  const days = new Map<number, FillDay>();
  const positions = new Map<string, PositionState>();
  let tagIndex = 0;
  for (const fill of input.fills) {
    let state = positions.get(fill.symbol);
    if (state === undefined) {
      state = emptyPosition(fill.symbol, input.assetsOf(fill.symbol));
      positions.set(fill.symbol, state);
    }
    const isInRange = fill.time >= input.from && fill.time < input.to;
    let isUnvalued = false;
    const rate: FeeRate = (asset, quoteAsset, time) => {
      const value = input.rate(asset, quoteAsset, time);
      if (value === null) isUnvalued = true;
      return value;
    };
    const feesBefore = state.feesPaid;
    const event = applyFill(state, fill, rate);
    if (!isInRange) continue;

    const tag = input.tags[tagIndex++];
    if (tag === undefined || tag.time !== fill.time || tag.symbol !== fill.symbol) throw new Error('The fills of the report range changed while it was being read');
    const dayStart = dayStartOf(fill.time);
    let day = days.get(dayStart);
    if (day === undefined) {
      day = emptyDay();
      days.set(dayStart, day);
    }
    let symbol = day.symbols.get(fill.symbol);
    if (symbol === undefined) {
      symbol = { quoteAsset: state.quoteAsset, sum: new FigureSum() };
      day.symbols.set(fill.symbol, symbol);
    }
    const sums = [symbol.sum];
    if (state.quoteAsset === input.reportQuote) sums.push(day.total);
    if (tag.deploymentId !== null) {
      let deployment = day.deployments.get(tag.deploymentId);
      if (deployment === undefined) {
        deployment = new FigureSum();
        day.deployments.set(tag.deploymentId, deployment);
      }
      sums.push(deployment);
    }
    const volume = toDecimal(fill.quoteQty, 'Fill quote quantity');
    const fees = state.feesPaid.minus(feesBefore);
    for (const sum of sums) {
      if (event === null) sum.addBuy(volume, fees);
      else sum.addSell(volume, fees, event.realized, event.costOut);
    }
    if (isUnvalued && fill.commissionAsset !== null) {
      const amount = toDecimal(fill.commission, 'Fill commission');
      day.unvaluedFees.set(fill.commissionAsset, (day.unvaluedFees.get(fill.commissionAsset) ?? new Decimal(0)).plus(amount));
    }
  }
  if (tagIndex !== input.tags.length) throw new Error('The fills of the report range changed while it was being read');
  return days;
}
