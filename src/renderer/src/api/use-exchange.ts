import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '../../../shared/rpc/unwrap';
import { type ExchangeStatus } from '../../../shared/schemas/exchange';
import { useBridge } from '../bridge/bridge-context';
import { withExchangeStatus, type ExchangeStatusList } from './order-cache';
import { queryKeys } from './query-keys';

/** Every open exchange connection; `exchange.status` events keep it current. */
export function useExchangeStatus() {
  const bridge = useBridge();
  return useQuery({
    queryKey: queryKeys.exchangeStatus,
    queryFn: async (): Promise<ExchangeStatusList> => unwrap(await bridge.exchange.status({})),
  });
}

export function useConnectionOf(accountId: number | null): ExchangeStatus | undefined {
  const status = useExchangeStatus();
  return status.data?.connections.find((connection) => connection.accountId === accountId);
}

/** Connects an account: clock sync, markets, account stream and a first reconciliation. */
export function useConnectExchange() {
  const bridge = useBridge();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (accountId: number) => unwrap(await bridge.exchange.connect({ accountId })),
    onSuccess: (status) => queryClient.setQueryData<ExchangeStatusList>(queryKeys.exchangeStatus, (list) => list && withExchangeStatus(list, status)),
    // A failed connection still has a status worth showing (state `failed`).
    onError: () => void queryClient.invalidateQueries({ queryKey: queryKeys.exchangeStatus }),
  });
}

export function useDisconnectExchange() {
  const bridge = useBridge();
  return useMutation({
    mutationFn: async (accountId: number) => unwrap(await bridge.exchange.disconnect({ accountId })),
  });
}

/** Looks every order that may still change up on the exchange now, instead of at the next timer. */
export function useReconcileOrders() {
  const bridge = useBridge();
  return useMutation({
    mutationFn: async (accountId: number) => unwrap(await bridge.orders.reconcile({ accountId })),
  });
}
