import { type OrderSide } from '../../../../shared/domain/enums';
import { toExchangeString, type Decimal } from '../../../../shared/exchange/decimal';
import { checkOrder } from '../../../../shared/exchange/order-check';
import { type CheckedOrderType } from '../../../../shared/exchange/order';
import { type SymbolFilters } from '../../../../shared/exchange/symbol-filters';
import { type OrderPlaceInput } from '../../../../shared/schemas/orders';
import { parsePositive } from './ticket-amounts';
import { fromOrderProblem, type TicketField, type TicketProblem } from './ticket-problems';

/** Entries that fill by themselves; a stop entry waits for its trigger, so no exits ride on it. */
export const BRACKET_ENTRY_TYPES: readonly CheckedOrderType[] = ['MARKET', 'LIMIT', 'LIMIT_MAKER'];

export function canBracket(type: CheckedOrderType): boolean {
  return BRACKET_ENTRY_TYPES.includes(type);
}

export interface BracketDraft {
  readonly takeProfit: string;
  readonly stopLossStop: string;
  readonly stopLossLimit: string;
}

export const NO_BRACKET: BracketDraft = { takeProfit: '', stopLossStop: '', stopLossLimit: '' };

export type Bracket = NonNullable<OrderPlaceInput['bracket']>;

export interface BracketCheck {
  readonly problems: TicketProblem[];
  /** What to send; undefined when no exit was asked for (or when there are problems). */
  readonly bracket?: Bracket;
}

/** A price field checked by the shared checker as the exit order would carry it. */
function priceProblems(filters: SymbolFilters, exitSide: OrderSide, field: TicketField, label: string, price: string, stopPrice?: string): TicketProblem[] {
  const draft =
    stopPrice === undefined
      ? { side: exitSide, type: 'LIMIT' as const, quantity: '1', price, timeInForce: 'GTC' as const }
      : { side: exitSide, type: 'STOP_LOSS_LIMIT' as const, quantity: '1', price, stopPrice, timeInForce: 'GTC' as const };
  const result = checkOrder(filters, draft);
  if (result.ok) return [];
  const wanted = field === 'stopLossStop' ? 'stopPrice' : 'price';
  return result.problems
    .filter((problem) => problem.field === wanted)
    .map((problem) => ({ ...fromOrderProblem(problem), field, message: `${label}: ${problem.message}` }));
}

/**
 * The exits of a bracket, checked before anything is sent: each price on the symbol's grid,
 * the take-profit beyond the entry in the trade's favour, the stop-loss beyond it against the
 * trade, and the stop-loss limit at or past its stop (so a triggered stop can still fill).
 */
export function checkBracket(filters: SymbolFilters, side: OrderSide, entryPrice: Decimal | null, draft: BracketDraft): BracketCheck {
  const takeProfit = draft.takeProfit.trim();
  const stop = draft.stopLossStop.trim();
  const limit = draft.stopLossLimit.trim();
  if (takeProfit === '' && stop === '' && limit === '') return { problems: [] };
  const isBuy = side === 'BUY';
  const exitSide: OrderSide = isBuy ? 'SELL' : 'BUY';
  const problems: TicketProblem[] = [];
  const entryText = entryPrice === null ? null : entryPrice.toFixed();

  if (takeProfit !== '') {
    const found = priceProblems(filters, exitSide, 'takeProfit', 'Take profit', takeProfit);
    problems.push(...found);
    const value = parsePositive(takeProfit);
    if (found.length === 0 && value !== null && entryPrice !== null && (isBuy ? !value.greaterThan(entryPrice) : !value.lessThan(entryPrice))) {
      problems.push({ field: 'takeProfit', message: `Take profit ${takeProfit} must be ${isBuy ? 'above' : 'below'} the entry price ${entryText ?? ''} for a ${isBuy ? 'buy' : 'sell'}` });
    }
  }
  if (stop !== '' || limit !== '') {
    if (stop === '') problems.push({ field: 'stopLossStop', message: 'Stop loss needs a stop price as well as a limit price' });
    if (limit === '') problems.push({ field: 'stopLossLimit', message: 'Stop loss needs a limit price as well as a stop price' });
    if (stop !== '' && limit !== '') {
      const found = [
        ...priceProblems(filters, exitSide, 'stopLossStop', 'Stop loss trigger', limit, stop),
        ...priceProblems(filters, exitSide, 'stopLossLimit', 'Stop loss limit', limit, stop),
      ];
      problems.push(...found);
      const stopValue = parsePositive(stop);
      const limitValue = parsePositive(limit);
      if (found.length === 0 && stopValue !== null && limitValue !== null) {
        if (entryPrice !== null && (isBuy ? !stopValue.lessThan(entryPrice) : !stopValue.greaterThan(entryPrice))) {
          problems.push({ field: 'stopLossStop', message: `Stop loss trigger ${stop} must be ${isBuy ? 'below' : 'above'} the entry price ${entryText ?? ''} for a ${isBuy ? 'buy' : 'sell'}` });
        }
        if (isBuy ? limitValue.greaterThan(stopValue) : limitValue.lessThan(stopValue)) {
          problems.push({
            field: 'stopLossLimit',
            message: `Stop loss limit ${limit} must be at or ${isBuy ? 'below' : 'above'} its trigger ${stop}, or the triggered ${isBuy ? 'sell' : 'buy'} may never fill`,
          });
        }
      }
    }
  }
  if (problems.length > 0) return { problems };
  const canonical = (text: string): string => {
    const value = parsePositive(text);
    return value === null ? text : toExchangeString(value);
  };
  return {
    problems,
    bracket: {
      ...(takeProfit === '' ? {} : { takeProfitPrice: canonical(takeProfit) }),
      ...(stop === '' ? {} : { stopLoss: { stopPrice: canonical(stop), price: canonical(limit) } }),
    },
  };
}
