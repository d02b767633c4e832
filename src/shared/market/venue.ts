import { type Environment } from '../domain/enums';

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

export interface VenueEndpoint {
  readonly environment: 'binance' | 'binance-testnet' | 'custom';
  readonly baseUrl: string | null;
}

/** Where a venue's public market data is served: the inverse of `venueOf`. */
export function endpointOf(venue: string): VenueEndpoint {
  if (venue === 'binance' || venue === 'binance-testnet') return { environment: venue, baseUrl: null };
  if (venue.startsWith('custom:') && /^https?:\/\/\S+$/.test(venue.slice('custom:'.length))) {
    return { environment: 'custom', baseUrl: venue.slice('custom:'.length) };
  }
  throw new RangeError(`Unknown market-data venue "${venue}": use binance, binance-testnet or custom:<http(s) URL>`);
}

/** A short name for a venue in the UI: "Binance", "Spot Testnet", or the custom host. */
export function venueLabel(venue: string): string {
  if (venue === 'binance') return 'Binance';
  if (venue === 'binance-testnet') return 'Spot Testnet';
  if (venue.startsWith('custom:')) {
    try {
      return new URL(venue.slice('custom:'.length)).host;
    } catch {
      return venue;
    }
  }
  return venue;
}
