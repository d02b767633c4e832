import { Decimal } from '../../shared/exchange/decimal';
import { checkOrder } from '../../shared/exchange/order-check';
import { type OrderProblem, type ValidOrder } from '../../shared/exchange/order';
import { type SymbolFilters } from '../../shared/exchange/symbol-filters';
import { type OrderPlaceInput } from '../../shared/schemas/orders';
import { AppError } from '../api/app-error';
import { brackets } from '../store/schema';
import { type StoreDb } from '../store/open-store';

export interface BracketPrices {
  readonly takeProfitPrice: string | null;
  readonly stopPrice: string | null;
  readonly stopLimitPrice: string | null;
}

type BracketInput = NonNullable<OrderPlaceInput['bracket']>;

/**
 * Checks a bracket's exit prices before its entry is sent: each on the symbol's price grid, the
 * take-profit beyond the entry price and the stop on the other side of it, and a stop-limit
 * price no better than its stop (so the stop, once triggered, can fill). The entry price is its
 * limit price, or for a market entry the last price.
 */
export function checkBracket(filters: SymbolFilters, entry: ValidOrder, bracket: BracketInput, lastPrice?: string): BracketPrices {
  const exitSide = entry.side === 'BUY' ? 'SELL' : 'BUY';
  const problems: string[] = [];
  const priceProblems = (draft: Parameters<typeof checkOrder>[1]): OrderProblem[] => {
    const result = checkOrder(filters, draft);
    return result.ok ? [] : result.problems.filter((problem) => problem.field === 'price' || problem.field === 'stopPrice');
  };
  const quantity = 'quantity' in entry ? entry.quantity : (filters.minQty ?? '1');
  const takeProfit = bracket.takeProfitPrice === undefined ? null : canonical(bracket.takeProfitPrice);
  const stop = bracket.stopLoss === undefined ? null : { stopPrice: canonical(bracket.stopLoss.stopPrice), price: canonical(bracket.stopLoss.price) };
  if (takeProfit !== null) {
    for (const problem of priceProblems({ side: exitSide, type: 'LIMIT', timeInForce: 'GTC', quantity, price: takeProfit })) problems.push(`Take profit: ${problem.message}`);
  }
  if (stop !== null) {
    for (const problem of priceProblems({ side: exitSide, type: 'STOP_LOSS_LIMIT', timeInForce: 'GTC', quantity, price: stop.price, stopPrice: stop.stopPrice })) problems.push(`Stop loss: ${problem.message}`);
  }
  const reference = 'price' in entry ? entry.price : lastPrice;
  const above = (a: string, b: string): boolean => new Decimal(a).greaterThan(b);
  const isLong = entry.side === 'BUY';
  if (reference !== undefined) {
    if (takeProfit !== null && above(takeProfit, reference) !== isLong) problems.push(`The take profit (${takeProfit}) must be ${isLong ? 'above' : 'below'} the entry price ${reference}.`);
    if (stop !== null && (above(stop.stopPrice, reference) === isLong || stop.stopPrice === reference)) problems.push(`The stop (${stop.stopPrice}) must be ${isLong ? 'below' : 'above'} the entry price ${reference}.`);
  }
  if (stop !== null && stop.price !== stop.stopPrice && above(stop.price, stop.stopPrice) === isLong) {
    problems.push(`The stop-loss limit price (${stop.price}) must be at or ${isLong ? 'below' : 'above'} its stop (${stop.stopPrice}), or it may never fill.`);
  }
  if (problems.length > 0) throw new AppError('BAD_INPUT', problems.join(' '), { bracket: problems });
  return { takeProfitPrice: takeProfit, stopPrice: stop?.stopPrice ?? null, stopLimitPrice: stop?.price ?? null };
}

/** Stores the plan with its entry, in the entry's write-ahead transaction. */
export function insertBracket(tx: Pick<StoreDb, 'insert'>, plan: BracketPrices & { accountId: number; symbol: string; entryClientOrderId: string }, now: number): void {
  tx.insert(brackets)
    .values({ ...plan, status: 'waiting', createdAt: now, updatedAt: now })
    .run();
}

function canonical(text: string): string {
  return new Decimal(text).toString();
}
