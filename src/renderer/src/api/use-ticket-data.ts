import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { unwrap } from '../../../shared/rpc/unwrap';
import { type OrderPlaceInput } from '../../../shared/schemas/orders';
import { useBridge } from '../bridge/bridge-context';

/** The order ticket's reads: one symbol's filters and book, one account's balances and rates. */
export const ticketKeys = {
  filters: (accountId: number, symbol: string) => ['ticket', 'filters', accountId, symbol] as const,
  ticker: (accountId: number, symbol: string) => ['ticket', 'ticker', accountId, symbol] as const,
  /** Prefix of every account's balances. */
  balancesOf: (accountId: number) => ['ticket', 'balances', accountId] as const,
};

/** How often the best bid and ask are asked for while the ticket is on screen. */
const TICKER_EVERY_MS = 2_000;
/** Balances change with every fill (pushed orders refresh them sooner); deposits only show this way. */
const BALANCES_EVERY_MS = 15_000;

/** The symbol's full filters, as the core checks orders with; loaded once per connection. */
export function useMarketFilters(accountId: number, symbol: string, isConnected: boolean) {
  const bridge = useBridge();
  return useQuery({
    queryKey: ticketKeys.filters(accountId, symbol),
    enabled: isConnected,
    staleTime: 5 * 60_000,
    queryFn: async () => unwrap(await bridge.markets.filters({ accountId, symbol })),
  });
}

/** Best bid, best ask and last price, polled while the ticket shows. */
export function useTicker(accountId: number, symbol: string, isConnected: boolean) {
  const bridge = useBridge();
  return useQuery({
    queryKey: ticketKeys.ticker(accountId, symbol),
    enabled: isConnected,
    refetchInterval: TICKER_EVERY_MS,
    retry: false,
    queryFn: async () => unwrap(await bridge.market.ticker({ accountId, symbol })),
  });
}

/** Free and locked balances with the commission rates; fetched again whenever an order of the account changes. */
export function useBalances(accountId: number, isConnected: boolean) {
  const bridge = useBridge();
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!isConnected) return undefined;
    return bridge.on('orders.updated', (order) => {
      if (order.accountId === accountId) void queryClient.invalidateQueries({ queryKey: ticketKeys.balancesOf(accountId) });
    });
  }, [bridge, queryClient, accountId, isConnected]);
  return useQuery({
    queryKey: ticketKeys.balancesOf(accountId),
    enabled: isConnected,
    refetchInterval: BALANCES_EVERY_MS,
    queryFn: async () => unwrap(await bridge.portfolio.balances({ accountId })),
  });
}

/** Sends the ticket's order; the balances are asked for again once it is answered. */
export function usePlaceOrder() {
  const bridge = useBridge();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: OrderPlaceInput) => unwrap(await bridge.orders.place(input)),
    onSettled: (_order, _error, input) => void queryClient.invalidateQueries({ queryKey: ticketKeys.balancesOf(input.accountId) }),
  });
}
