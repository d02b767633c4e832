import { useQuery } from '@tanstack/react-query';
import { unwrap } from '../../../shared/rpc/unwrap';
import { type ChartFill } from '../../../shared/schemas/candles';
import { useBridge } from '../bridge/bridge-context';
import { type OrderList } from './order-cache';
import { queryKeys } from './query-keys';

/** The most fills drawn: the newest ones since the oldest loaded bar. */
const FILL_LIMIT = 5000;
const OPEN_ORDER_LIMIT = 500;

/**
 * The account's fills on the symbol since the oldest loaded bar, for the chart's markers.
 * `fills.chart` answers the newest `limit` of them (oldest first), so a busy account loses the
 * oldest markers at the far left of a long history, never the recent ones.
 */
export function useChartFills(accountId: number | null, symbol: string, since: number | null) {
  const bridge = useBridge();
  return useQuery({
    queryKey: queryKeys.chartFills(accountId ?? 0, symbol, since),
    enabled: accountId !== null && since !== null,
    queryFn: async (): Promise<ChartFill[]> => unwrap(await bridge.fills.chart({ accountId: accountId ?? 0, symbol, since: since ?? 0, limit: FILL_LIMIT })).fills,
    // While a page back moves `since`, the markers already drawn stay; never another pair's.
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey[2] === accountId && previousQuery.queryKey[3] === symbol ? previous : undefined,
  });
}

/** The account's open orders on the symbol; `orders.updated` events keep the list current. */
export function useChartOpenOrders(accountId: number | null, symbol: string) {
  const bridge = useBridge();
  return useQuery({
    queryKey: queryKeys.chartOpenOrders(accountId ?? 0, symbol),
    enabled: accountId !== null,
    queryFn: async (): Promise<OrderList> => unwrap(await bridge.orders.list({ accountId: accountId ?? 0, symbol, isOpenOnly: true, limit: OPEN_ORDER_LIMIT })),
  });
}
