import { useQuery } from '@tanstack/react-query';
import { unwrap } from '../../../shared/rpc/unwrap';
import { type Market } from '../../../shared/schemas/exchange';
import { useBridge } from '../bridge/bridge-context';
import { queryKeys } from './query-keys';

/** How many markets the symbol search lists at once; typing narrows it down. */
export const MARKET_SEARCH_LIMIT = 60;

/**
 * The account's trading pairs matching `search` (symbol or base asset), as loaded from
 * exchangeInfo when the account connected. `isConnected` is part of the key: the list is
 * empty until the first connection has loaded it, so it is asked again once there is one.
 */
export function useChartMarkets(accountId: number | null, search: string, isConnected: boolean, isEnabled = true) {
  const bridge = useBridge();
  const text = search.trim().toUpperCase().slice(0, 20);
  return useQuery({
    queryKey: [...queryKeys.chartMarkets(accountId ?? 0, text), isConnected],
    enabled: accountId !== null && isEnabled,
    queryFn: async () => unwrap(await bridge.markets.list({ accountId: accountId ?? 0, limit: MARKET_SEARCH_LIMIT, ...(text === '' ? {} : { search: text }) })),
    // Typing keeps the last answer on screen until the next one; another account's never.
    placeholderData: (previous, previousQuery) => (previousQuery?.queryKey[2] === accountId ? previous : undefined),
  });
}

/** The one market the chart shows, for its tick size; null while unknown. */
export function useChartMarket(accountId: number | null, symbol: string, isConnected: boolean): Market | null {
  const markets = useChartMarkets(accountId, symbol, isConnected);
  return markets.data?.markets.find((market) => market.symbol === symbol) ?? null;
}
