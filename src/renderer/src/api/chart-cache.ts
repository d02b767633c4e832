import { type QueryKey } from '@tanstack/react-query';
import { isFinalOrderStatus } from '../../../shared/domain/enums';
import { type Order } from '../../../shared/schemas/orders';
import { type OrderList } from './order-cache';

/** A `candles.stored` event: bars were added to a stored series. */
export interface StoredEvent {
  readonly venue: string;
  readonly symbol: string;
  readonly interval: string;
  readonly added: number;
}

/** A cached candle window of the chart, by its query key and the source its first page reported. */
export interface CachedWindow {
  readonly key: QueryKey;
  readonly venue: string;
  readonly symbol: string;
  readonly interval: string;
  readonly source: 'stored' | 'derived' | null;
}

/** A series some chart streams live, so its newly closed bar is already on screen. */
export interface LiveSeries {
  readonly venue: string;
  readonly symbol: string;
  readonly interval: string;
}

/**
 * The live feed stores each bar as it closes, one `candles.stored` with `added: 1` per bar; the
 * chart already drew that bar from the feed, so refetching its windows for it would only reload
 * the same bars. More than this many bars at once is an import, a download or a backfill.
 */
export const LIVE_CLOSE_BARS = 2;

/**
 * Which cached windows an event makes stale: those of the same series, and windows built from
 * 1-minute bars (`derived`) of the same pair when 1-minute bars arrived. A series streamed live
 * is left alone for the bar its feed just closed.
 */
export function windowsToRefresh(event: StoredEvent, windows: readonly CachedWindow[], live: readonly LiveSeries[]): QueryKey[] {
  const isLive = (window: CachedWindow): boolean =>
    event.added <= LIVE_CLOSE_BARS && live.some((series) => series.venue === window.venue && series.symbol === window.symbol && series.interval === window.interval);
  return windows
    .filter((window) => window.venue === event.venue && window.symbol === event.symbol)
    .filter((window) => window.interval === event.interval || (event.interval === '1m' && window.source === 'derived'))
    .filter((window) => !(window.interval === event.interval && isLive(window)))
    .map((window) => window.key);
}

/**
 * Folds an `orders.updated` event into the chart's open orders of one symbol: an order that is
 * still open replaces its older self or joins, one that ended leaves. An update older than the
 * one held is ignored, so an event and a refetch may arrive in either order.
 */
export function withOpenOrder(list: OrderList, order: Order): OrderList {
  const known = list.orders.find((candidate) => candidate.clientOrderId === order.clientOrderId);
  if (known !== undefined && known.updatedAt > order.updatedAt) return list;
  const others = list.orders.filter((candidate) => candidate.clientOrderId !== order.clientOrderId);
  if (isFinalOrderStatus(order.status)) return known === undefined ? list : { ...list, orders: others };
  return { ...list, orders: [order, ...others].sort((a, b) => b.createdAt - a.createdAt) };
}
