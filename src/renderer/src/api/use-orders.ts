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

/** Cancels every open order of the account on one symbol. */
export function useCancelAllOrders() {
  const bridge = useBridge();
  return useMutation({
    mutationFn: async (target: { accountId: number; symbol: string }) => unwrap(await bridge.orders.cancelAll(target)),
  });
}

/** Where cancelling everything ended: what was cancelled, and each symbol the exchange refused with why. */
export interface CancelEverythingReport {
  readonly cancelled: number;
  readonly failures: readonly { readonly symbol: string; readonly message: string }[];
}

/**
 * Cancels every open order of the account: `orders.cancelAll` once per symbol that has open
 * orders, all at once; one symbol failing does not stop the others.
 */
export function useCancelEverything() {
  const bridge = useBridge();
  return useMutation({
    mutationFn: async (target: { accountId: number; symbols: readonly string[] }): Promise<CancelEverythingReport> => {
      const results = await Promise.all(target.symbols.map(async (symbol) => ({ symbol, result: await bridge.orders.cancelAll({ accountId: target.accountId, symbol }) })));
      let cancelled = 0;
      const failures: { symbol: string; message: string }[] = [];
      for (const { symbol, result } of results) {
        if (result.ok) cancelled += result.value.orders.length;
        else failures.push({ symbol, message: result.error.message });
      }
      return { cancelled, failures };
    },
  });
}
