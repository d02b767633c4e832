import { type NearestValues, type OrderProblem } from '../../../../shared/exchange/order';

/** The ticket's fields a problem can point at; `form` for problems with no one field. */
export type TicketField = 'amount' | 'price' | 'stopPrice' | 'takeProfit' | 'stopLossStop' | 'stopLossLimit' | 'form';

export interface TicketProblem {
  readonly field: TicketField;
  readonly message: string;
  /** Valid values for the field on either side of what was typed (a click uses one). */
  readonly nearest?: NearestValues;
  /**
   * The unit of `nearest` when it is an amount: checkOrder answers quantities in base even when
   * the amount was typed in quote; using one switches the field to base.
   */
  readonly nearestUnit?: 'base' | 'quote';
}

/** Where the shared order check's problem belongs in the ticket. */
export function ticketFieldOf(problem: OrderProblem): TicketField {
  switch (problem.field) {
    case 'quantity':
    case 'quoteOrderQty':
      return 'amount';
    case 'price':
      return 'price';
    case 'stopPrice':
      return 'stopPrice';
    case 'side':
    case 'type':
    case 'timeInForce':
    case 'symbol':
      return 'form';
  }
}

export function fromOrderProblem(problem: OrderProblem): TicketProblem {
  const field = ticketFieldOf(problem);
  const nearestUnit = problem.field === 'quantity' ? 'base' : problem.field === 'quoteOrderQty' ? 'quote' : undefined;
  return {
    field,
    message: problem.message,
    ...(problem.nearest === undefined ? {} : { nearest: problem.nearest }),
    ...(nearestUnit === undefined ? {} : { nearestUnit }),
  };
}

/** The distinct valid values offered for a problem, lowest first. */
export function nearestChoices(nearest: NearestValues | undefined): string[] {
  if (nearest === undefined) return [];
  const values = [nearest.below, nearest.above].filter((value): value is string => value !== undefined);
  return [...new Set(values)];
}
