import { useCallback } from 'react';
import { venueOf } from '../../../shared/market/venue';
import { type Account } from '../../../shared/schemas/accounts';
import { type ChartLayouts } from '../../../shared/schemas/chart';
import { withActivePatch } from '../components/chart/layout-edits';
import { useAccounts } from './use-accounts';
import { useChartLayouts } from './use-chart-layouts';

const NO_ACCOUNTS: readonly Account[] = [];

export interface TradingAccount {
  readonly accounts: readonly Account[];
  /** The active chart layout's account; null in history mode or when that account was removed. */
  readonly account: Account | null;
  /** The chart's pair, for "Cancel all BTCUSDT". */
  readonly symbol: string;
  readonly isLoaded: boolean;
  readonly accountsError: unknown;
  readonly retryAccounts: () => void;
  /** Changes the active layout's account, as the chart toolbar's picker does. */
  readonly choose: (accountId: number | null) => void;
}

/**
 * The account the trading tabs show: the chart's. Choosing one here changes the active layout,
 * so the chart follows too, and the other way round.
 */
export function useTradingAccount(): TradingAccount {
  const { layout, change, isLoaded } = useChartLayouts();
  const accounts = useAccounts();
  const list = accounts.data?.accounts ?? NO_ACCOUNTS;
  const account = list.find((candidate) => candidate.id === layout.accountId) ?? null;
  const choose = useCallback(
    (accountId: number | null) => {
      const chosen = list.find((candidate) => candidate.id === accountId) ?? null;
      change((current: ChartLayouts) => withActivePatch(current, { accountId: chosen?.id ?? null, venue: chosen === null ? 'binance' : venueOf(chosen) }));
    },
    [list, change],
  );
  const { refetch } = accounts;
  const retryAccounts = useCallback(() => void refetch(), [refetch]);
  return { accounts: list, account, symbol: layout.symbol, isLoaded: isLoaded && accounts.data !== undefined, accountsError: accounts.error, retryAccounts, choose };
}
