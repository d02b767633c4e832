import { isFinalOrderStatus, type OrderSide } from '../../../shared/domain/enums';
import {
  type FillHistoryInput,
  type Order,
  type OrderHistoryInput,
  type ORDER_HISTORY_STATES,
  type ORIGIN_FILTERS,
} from '../../../shared/schemas/orders';

export type OriginFilter = (typeof ORIGIN_FILTERS)[number];
export type OrderHistoryState = (typeof ORDER_HISTORY_STATES)[number];

/** What the fills tab lists: one account's fills, narrowed by symbol, side, origin and time (both ends inclusive). */
export interface FillHistoryFilter {
  readonly accountId: number;
  readonly symbol: string | null;
  readonly side: OrderSide | null;
  readonly origin: OriginFilter;
  readonly from: number | null;
  readonly to: number | null;
}

/** What the history tab lists: the same, and whether the orders are still open. */
export interface OrderHistoryFilter extends FillHistoryFilter {
  readonly state: OrderHistoryState;
}

/** The `limit` rows from `offset` (0: the first page, which comes with the count). */
function commonInput(filter: FillHistoryFilter, offset: number, limit: number) {
  return {
    accountId: filter.accountId,
    origin: filter.origin,
    limit,
    ...(filter.symbol === null ? {} : { symbol: filter.symbol }),
    ...(filter.side === null ? {} : { side: filter.side }),
    ...(filter.from === null ? {} : { from: filter.from }),
    ...(filter.to === null ? {} : { to: filter.to }),
    ...(offset === 0 ? {} : { offset }),
  };
}

export function orderHistoryInput(filter: OrderHistoryFilter, offset: number, limit: number): OrderHistoryInput {
  return { ...commonInput(filter, offset, limit), state: filter.state };
}

export function fillHistoryInput(filter: FillHistoryFilter, offset: number, limit: number): FillHistoryInput {
  return commonInput(filter, offset, limit);
}

/** The origin filter as the core applies it: manual means placed here by a person, not adopted. */
export function matchesOrigin(row: { origin: Order['origin']; isAdopted: boolean }, origin: OriginFilter): boolean {
  switch (origin) {
    case 'all':
      return true;
    case 'manual':
      return row.origin === 'manual' && !row.isAdopted;
    case 'strategy':
      return row.origin === 'strategy';
    case 'adopted':
      return row.isAdopted;
  }
}

/** Whether an order belongs in a history listing; the same rules the core's query applies. */
export function matchesOrderHistoryFilter(order: Order, filter: OrderHistoryFilter): boolean {
  if (order.accountId !== filter.accountId) return false;
  if (filter.symbol !== null && order.symbol !== filter.symbol) return false;
  if (filter.side !== null && order.side !== filter.side) return false;
  if (!matchesOrigin(order, filter.origin)) return false;
  if (filter.from !== null && order.createdAt < filter.from) return false;
  if (filter.to !== null && order.createdAt > filter.to) return false;
  if (filter.state === 'open' && isFinalOrderStatus(order.status)) return false;
  if (filter.state === 'done' && !isFinalOrderStatus(order.status)) return false;
  return true;
}
