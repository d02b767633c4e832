import { type Order } from '../../../../shared/schemas/orders';
import { isCancellable } from './order-labels';

/** The symbols that have orders a cancel can still reach, with how many, by symbol name. */
export function openSymbols(orders: readonly Order[]): { symbol: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const order of orders) {
    if (isCancellable(order)) counts.set(order.symbol, (counts.get(order.symbol) ?? 0) + 1);
  }
  return [...counts].map(([symbol, count]) => ({ symbol, count })).sort((a, b) => a.symbol.localeCompare(b.symbol));
}
