import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { trimHistoriesToFirstPage } from './history-events';
import { type OrderHistoryFilter } from './history-filter';
import { type HistoryData } from './history-pages';
import { queryKeys } from './query-keys';

const filter: OrderHistoryFilter = { accountId: 1, symbol: null, side: null, origin: 'all', state: 'all', from: null, to: null };

describe('history after a dropped link', () => {
  it('keeps only the first page, so asking again costs one page', () => {
    const client = new QueryClient();
    const page = (n: number) => ({ rows: [n], nextCursor: { time: n, key: String(n) }, total: n === 0 ? 3 : null });
    client.setQueryData<HistoryData<number>>(queryKeys.orderHistory(filter), { pages: [page(0), page(1), page(2)], pageParams: [null, { time: 0, key: '0' }, { time: 1, key: '1' }] });
    client.setQueryData(queryKeys.orderList({ accountId: 1, isOpenOnly: true }), { orders: [], nextBefore: null });
    trimHistoriesToFirstPage(client);
    expect(client.getQueryData<HistoryData<number>>(queryKeys.orderHistory(filter))).toEqual({ pages: [page(0)], pageParams: [null] });
    expect(client.getQueryData(queryKeys.orderList({ accountId: 1, isOpenOnly: true }))).toEqual({ orders: [], nextBefore: null });
  });
});
