import { type z } from 'zod';
import { isFinalOrderStatus } from '../../../shared/domain/enums';
import { type ExchangeStatus } from '../../../shared/schemas/exchange';
import { type Order, type OrderListOutputSchema } from '../../../shared/schemas/orders';

/** What the orders panel lists: one account's orders, all or only those that may still change. */
export interface OrderFilter {
  readonly accountId: number;
  readonly isOpenOnly: boolean;
}

export type OrderList = z.output<typeof OrderListOutputSchema>;

export interface ExchangeStatusList {
  readonly connections: ExchangeStatus[];
}

/** The listing holds this many orders; older ones stay in the journal. */
export const ORDER_LIST_LIMIT = 200;

export function matchesOrderFilter(order: Order, filter: OrderFilter): boolean {
  return order.accountId === filter.accountId && (!filter.isOpenOnly || !isFinalOrderStatus(order.status));
}

const newestFirst = (a: Order, b: Order): number => b.createdAt - a.createdAt || (a.clientOrderId < b.clientOrderId ? 1 : -1);

/**
 * Folds an `orders.updated` event into a cached listing: a known order is replaced where it
 * stands, a new one that matches takes its place by creation time, and one that no longer
 * matches (an open-only list, an order that just ended) leaves. An update older than what the
 * listing holds is ignored, so events and a refetch may arrive in either order.
 */
export function withOrder(list: OrderList, order: Order, filter: OrderFilter): OrderList {
  const index = list.orders.findIndex((candidate) => candidate.clientOrderId === order.clientOrderId);
  const known = index === -1 ? undefined : list.orders[index];
  if (known !== undefined && known.updatedAt > order.updatedAt) return list;
  if (!matchesOrderFilter(order, filter)) {
    return known === undefined ? list : { ...list, orders: list.orders.filter((candidate) => candidate !== known) };
  }
  if (known !== undefined) return { ...list, orders: list.orders.map((candidate) => (candidate === known ? order : candidate)) };
  const oldest = list.orders.at(-1);
  // Older than every order listed, with more beyond: it belongs to a page not loaded.
  if (oldest !== undefined && list.nextBefore !== null && newestFirst(order, oldest) > 0) return list;
  const orders = [...list.orders, order].sort(newestFirst);
  return { ...list, orders: orders.slice(0, ORDER_LIST_LIMIT) };
}

/** Folds an `exchange.status` event into the list of connections; a closed one leaves it. */
export function withExchangeStatus(list: ExchangeStatusList, status: ExchangeStatus): ExchangeStatusList {
  const others = list.connections.filter((connection) => connection.accountId !== status.accountId);
  if (status.state === 'disconnected') return others.length === list.connections.length ? list : { connections: others };
  const index = list.connections.findIndex((connection) => connection.accountId === status.accountId);
  if (index === -1) return { connections: [...list.connections, status].sort((a, b) => a.accountId - b.accountId) };
  return { connections: list.connections.map((connection, at) => (at === index ? status : connection)) };
}
