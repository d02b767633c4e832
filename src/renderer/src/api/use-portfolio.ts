import { useQuery } from '@tanstack/react-query';
import { unwrap } from '../../../shared/rpc/unwrap';
import { type PnlPeriod } from '../../../shared/schemas/portfolio';
import { useBridge } from '../bridge/bridge-context';
import { queryKeys } from './query-keys';

/** Last prices move without any event of ours, so a visible positions table asks again this often. */
export const POSITIONS_REFRESH_MS = 10_000;

/**
 * The account's positions from its fills, valued at last prices. Fills arrive with
 * `orders.updated` (history-events.ts fetches again); prices only by asking, so while
 * `isVisible` it is asked again every 10 s.
 */
export function usePositions(accountId: number | null, isOpenOnly: boolean, isVisible: boolean) {
  const bridge = useBridge();
  return useQuery({
    queryKey: queryKeys.positions(accountId ?? 0, isOpenOnly),
    enabled: accountId !== null,
    queryFn: async () => unwrap(await bridge.portfolio.positions({ accountId: accountId ?? 0, isOpenOnly })),
    refetchInterval: isVisible ? POSITIONS_REFRESH_MS : false,
  });
}

/** Free and locked balances; the exchange is asked, so only for a connected account. */
export function useBalances(accountId: number | null, isConnected: boolean, isVisible: boolean) {
  const bridge = useBridge();
  return useQuery({
    queryKey: queryKeys.balances(accountId ?? 0),
    enabled: accountId !== null && isConnected,
    queryFn: async () => unwrap(await bridge.portfolio.balances({ accountId: accountId ?? 0 })),
    refetchInterval: isVisible && isConnected ? POSITIONS_REFRESH_MS : false,
  });
}

/** Realized P&L per UTC day, ISO week or month, per quote asset. */
export function usePnl(accountId: number | null, period: PnlPeriod) {
  const bridge = useBridge();
  return useQuery({
    queryKey: queryKeys.pnl(accountId ?? 0, period),
    enabled: accountId !== null,
    queryFn: async () => unwrap(await bridge.portfolio.pnl({ accountId: accountId ?? 0, period })),
  });
}
