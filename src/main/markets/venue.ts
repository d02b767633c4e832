import { type Environment } from '../../shared/domain/enums';

/**
 * The market-data venue an account trades on. Paper accounts trade on live Binance prices;
 * every custom URL is a venue of its own, so its symbols and filters never mix with Binance's.
 */
export function venueOf(account: { environment: Environment; baseUrl: string | null }): string {
  switch (account.environment) {
    case 'binance':
    case 'paper':
      return 'binance';
    case 'binance-testnet':
      return 'binance-testnet';
    case 'custom':
      return `custom:${account.baseUrl ?? ''}`;
  }
}
