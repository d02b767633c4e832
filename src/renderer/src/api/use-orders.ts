import { useMutation, useQuery } from '@tanstack/react-query';
import { unwrap } from '../../../shared/rpc/unwrap';
import { useBridge } from '../bridge/bridge-context';
import { ORDER_LIST_LIMIT, type OrderFilter, type OrderList } from './order-cache';
import { queryKeys } from './query-keys';

/** The newest orders of an account from the journal; `orders.updated` events keep it current. */
export function useOrders(filter: OrderFilter | null) {
  const bridge = useBridge();
  return useQuery({
    queryKey: queryKeys.orderList(filter ?? { accountId: 0, isOpenOnly: false }),
    enabled: filter !== null,
    queryFn: async (): Promise<OrderList> =>
      unwrap(await bridge.orders.list({ accountId: filter?.accountId ?? 0, isOpenOnly: filter?.isOpenOnly ?? false, limit: ORDER_LIST_LIMIT })),
  });
}

/** The executions of one order, each once by its exchange trade id. */
export function useFills(clientOrderId: string | null, updatedAt: number) {
  const bridge = useBridge();
  return useQuery({
    // The order's last change is part of the key: a new fill changes the order first.
    queryKey: [...queryKeys.fills(clientOrderId ?? ''), updatedAt],
    enabled: clientOrderId !== null,
    queryFn: async () => unwrap(await bridge.fills.list({ clientOrderId: clientOrderId ?? '' })),
  });
}

export function useCancelOrder() {
  const bridge = useBridge();
  return useMutation({
    mutationFn: async (order: { accountId: number; clientOrderId: string }) => unwrap(await bridge.orders.cancel(order)),
  });
}
