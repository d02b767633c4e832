import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { type Order } from '../../../shared/schemas/orders';
import { sampleOrder } from '../../../shared/schemas/trading.fixture';
import { patchOrder, trimHistoriesToFirstPage } from './history-events';
import { type OrderHistoryFilter } from './history-filter';
import { historyPageKey, type HistoryPage } from './history-pages';
import { queryKeys } from './query-keys';

const filter: OrderHistoryFilter = { accountId: 1, symbol: null, side: null, origin: 'all', state: 'all', from: null, to: null };
const openOnly: OrderHistoryFilter = { ...filter, state: 'open' };
const key = (which: OrderHistoryFilter, page: number) => historyPageKey(queryKeys.orderHistory(which), page);

describe('history after a dropped link', () => {
  it('keeps the first page and the pages on screen, so asking again costs those', () => {
    const client = new QueryClient();
    const page = (n: number) => ({ rows: [n], nextCursor: { time: n, key: String(n) }, total: n === 0 ? 3 : null });
    for (const n of [0, 1, 2]) client.setQueryData(key(filter, n), page(n));
    const onScreen = new QueryObserver(client, { queryKey: key(filter, 2), queryFn: () => page(2), enabled: false });
    const unsubscribe = onScreen.subscribe(() => undefined);
    client.setQueryData(queryKeys.orderList({ accountId: 1, isOpenOnly: true }), { orders: [], nextBefore: null });
    trimHistoriesToFirstPage(client);
    expect(client.getQueryData(key(filter, 0))).toEqual(page(0));
    expect(client.getQueryData(key(filter, 1))).toBeUndefined();
    expect(client.getQueryData(key(filter, 2))).toEqual(page(2));
    expect(client.getQueryData(queryKeys.orderList({ accountId: 1, isOpenOnly: true }))).toEqual({ orders: [], nextBefore: null });
    unsubscribe();
  });
});

describe('an order event', () => {
  it('patches the page that holds the order; where it no longer matches, it leaves and the first page counts one less', () => {
    const client = new QueryClient();
    const resting = sampleOrder({ clientOrderId: 'resting', status: 'NEW', accountId: 1 });
    const other = sampleOrder({ clientOrderId: 'other', status: 'NEW', accountId: 1 });
    const page = (rows: Order[], total: number | null): HistoryPage<Order> => ({ rows, nextCursor: null, total });
    client.setQueryData(key(filter, 0), page([other], 1000));
    client.setQueryData(key(filter, 1), page([resting], null));
    client.setQueryData(key(openOnly, 0), page([other], 2));
    client.setQueryData(key(openOnly, 1), page([resting], null));
    const cancelled = { ...resting, status: 'CANCELED' as const };
    patchOrder(client, cancelled);
    expect(client.getQueryData<HistoryPage<Order>>(key(filter, 1))?.rows).toEqual([cancelled]);
    expect(client.getQueryData<HistoryPage<Order>>(key(filter, 0))?.total).toBe(1000);
    expect(client.getQueryData<HistoryPage<Order>>(key(openOnly, 1))?.rows).toEqual([]);
    expect(client.getQueryData<HistoryPage<Order>>(key(openOnly, 0))?.total).toBe(1);
    // Another account's order touches nothing.
    patchOrder(client, { ...other, accountId: 2, status: 'FILLED' });
    expect(client.getQueryData<HistoryPage<Order>>(key(openOnly, 0))?.rows).toEqual([other]);
  });
});
