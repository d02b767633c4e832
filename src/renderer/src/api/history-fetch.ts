import { type Bridge } from '../../../shared/rpc/bridge';
import { unwrap } from '../../../shared/rpc/unwrap';
import { type FillRow, type Order } from '../../../shared/schemas/orders';
import { fillHistoryInput, orderHistoryInput, type FillHistoryFilter, type OrderHistoryFilter } from './history-filter';
import { PAGE_SIZE, type HistoryPage } from './history-pages';

export const orderKey = (order: Order): string => order.clientOrderId;
/** A trade id is unique per symbol on Binance. */
export const fillKey = (fill: FillRow): string => `${fill.symbol}:${fill.tradeId}`;

/** Page `page` of the order history: its rows from page × PAGE_SIZE, asked for by offset. */
export async function fetchOrderHistoryPage(bridge: Bridge, filter: OrderHistoryFilter, page: number): Promise<HistoryPage<Order>> {
  const found = unwrap(await bridge.orders.history(orderHistoryInput(filter, page * PAGE_SIZE, PAGE_SIZE)));
  return { rows: found.orders, nextCursor: found.nextCursor, total: found.total };
}

export async function fetchFillHistoryPage(bridge: Bridge, filter: FillHistoryFilter, page: number): Promise<HistoryPage<FillRow>> {
  const found = unwrap(await bridge.fills.history(fillHistoryInput(filter, page * PAGE_SIZE, PAGE_SIZE)));
  return { rows: found.fills, nextCursor: found.nextCursor, total: found.total };
}
