import { type Bridge } from '../../../shared/rpc/bridge';
import { unwrap } from '../../../shared/rpc/unwrap';
import { type FillRow, type HistoryCursor, type Order } from '../../../shared/schemas/orders';
import { fillHistoryInput, orderHistoryInput, type FillHistoryFilter, type OrderHistoryFilter } from './history-filter';
import { HEAD_PAGE_SIZE, PAGE_SIZE, type HistoryPage } from './history-pages';

export const orderKey = (order: Order): string => order.clientOrderId;
export const orderTime = (order: Order): number => order.createdAt;
/** A trade id is unique per symbol on Binance. */
export const fillKey = (fill: FillRow): string => `${fill.symbol}:${fill.tradeId}`;
export const fillTime = (fill: FillRow): number => fill.time;

const sizeOf = (cursor: HistoryCursor | null): number => (cursor === null ? HEAD_PAGE_SIZE : PAGE_SIZE);

export async function fetchOrderHistoryPage(bridge: Bridge, filter: OrderHistoryFilter, cursor: HistoryCursor | null): Promise<HistoryPage<Order>> {
  const page = unwrap(await bridge.orders.history(orderHistoryInput(filter, cursor, sizeOf(cursor))));
  return { rows: page.orders, nextCursor: page.nextCursor, total: page.total };
}

export async function fetchFillHistoryPage(bridge: Bridge, filter: FillHistoryFilter, cursor: HistoryCursor | null): Promise<HistoryPage<FillRow>> {
  const page = unwrap(await bridge.fills.history(fillHistoryInput(filter, cursor, sizeOf(cursor))));
  return { rows: page.fills, nextCursor: page.nextCursor, total: page.total };
}
