import { type ReactNode } from 'react';
import { type Account } from '../../../../shared/schemas/accounts';
import { describeApiError } from '../../api/form-errors';
import { useTradingAccount } from '../../api/use-trading-account';
import { InlineError } from '../common/InlineError';
import { EmptyState } from '../workspace/EmptyState';

interface Props {
  /** Prefix of the frame's own test ids: `${testId}-no-account`, `${testId}-accounts-error`. */
  readonly testId: string;
  /** What the tab lists, for the empty state: "open orders", "fills". */
  readonly what: string;
  readonly children: (account: Account, symbol: string) => ReactNode;
}

/**
 * What every trading tab does before it has an account to show: the chart's account, or a
 * word on how to pick one when the chart shows stored history only.
 */
export function TradingFrame({ testId, what, children }: Props) {
  const { account, symbol, isLoaded, accountsError, retryAccounts, accounts } = useTradingAccount();
  if (accountsError !== null) {
    return (
      <InlineError onRetry={retryAccounts} testId={`${testId}-accounts-error`}>
        Could not load the accounts: {describeApiError(accountsError)}
      </InlineError>
    );
  }
  if (!isLoaded) return <div className="toolbar-note trading-loading">loading…</div>;
  if (account === null) {
    return (
      <EmptyState title="Pick an account" testId={`${testId}-no-account`}>
        {accounts.length === 0
          ? `Add a Binance, Spot Testnet, custom or paper account under Settings → Accounts; its ${what} appear here.`
          : `The chart shows stored history only. Choose an account in the Account picker above (or on the chart) to see its ${what}.`}
      </EmptyState>
    );
  }
  return <>{children(account, symbol)}</>;
}
