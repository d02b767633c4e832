import { binance } from 'ccxt';

export interface CcxtOnEmulator {
  exchange: binance;
  /** Every URL ccxt fetched, in order: the proof that nothing went elsewhere. */
  sentUrls: string[];
}

/**
 * The real ccxt `binance` class with every spot and sapi base URL pointed at the emulator, as the
 * product points it at a custom URL. Futures stay unrequested through fetchMarkets.types.
 */
export function ccxtOnEmulator(
  emulatorUrl: string,
  credentials: { apiKey: string; secret: string } | undefined,
  extraOptions: Record<string, unknown> = {},
): CcxtOnEmulator {
  const exchange = new binance({
    ...credentials,
    enableRateLimit: false,
    options: { fetchMarkets: { types: ['spot'] }, fetchCurrencies: false, ...extraOptions },
  });
  exchange.urls['api'] = {
    ...exchange.urls['api'],
    public: `${emulatorUrl}/api/v3`,
    private: `${emulatorUrl}/api/v3`,
    v1: `${emulatorUrl}/api/v1`,
    sapi: `${emulatorUrl}/sapi/v1`,
  };
  const sentUrls: string[] = [];
  const fetch = exchange.fetch.bind(exchange);
  exchange.fetch = (url: string, method?: string, headers?: unknown, body?: unknown): Promise<unknown> => {
    sentUrls.push(url);
    return fetch(url, method, headers, body);
  };
  return { exchange, sentUrls };
}
