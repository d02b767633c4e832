import { binance, pro } from 'ccxt';

export interface CcxtOnEmulator<Exchange extends binance = binance> {
  exchange: Exchange;
  /** Every URL ccxt fetched, in order: the proof that nothing went elsewhere. */
  sentUrls: string[];
  /** Every WebSocket URL ccxt opened (pro clients only). */
  wsUrls(): string[];
}

export type BinancePro = InstanceType<typeof pro.binance>;

type Credentials = { apiKey: string; secret: string } | undefined;

function constructorArgs(credentials: Credentials, extraOptions: Record<string, unknown>): object {
  return {
    ...credentials,
    enableRateLimit: false,
    options: { fetchMarkets: { types: ['spot'] }, fetchCurrencies: false, ...extraOptions },
  };
}

function pointAtEmulator<Exchange extends binance>(exchange: Exchange, emulatorUrl: string): CcxtOnEmulator<Exchange> {
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
  return { exchange, sentUrls, wsUrls: () => [] };
}

/**
 * The real ccxt `binance` class with every spot and sapi base URL pointed at the emulator, as the
 * product points it at a custom URL. Futures stay unrequested through fetchMarkets.types.
 */
export function ccxtOnEmulator(emulatorUrl: string, credentials: Credentials, extraOptions: Record<string, unknown> = {}): CcxtOnEmulator {
  return pointAtEmulator(new binance(constructorArgs(credentials, extraOptions)), emulatorUrl);
}

/** The real ccxt.pro `binance`: REST as above, market streams at /ws, the WebSocket API at /ws-api/v3. */
export function ccxtProOnEmulator(
  emulatorUrl: string,
  credentials: Credentials,
  extraOptions: Record<string, unknown> = {},
): CcxtOnEmulator<BinancePro> {
  const exchange = new pro.binance(constructorArgs(credentials, extraOptions));
  const wsBase = emulatorUrl.replace(/^http/, 'ws');
  const api: Record<string, unknown> = exchange.urls.api;
  const ws = { ...(api['ws'] as Record<string, unknown>) };
  const wsApi = { ...(ws['ws-api'] as Record<string, unknown>), spot: `${wsBase}/ws-api/v3` };
  api['ws'] = { ...ws, spot: `${wsBase}/ws`, margin: `${wsBase}/ws`, 'ws-api': wsApi };
  // Object.keys(exchange.clients) is read live: ccxt adds a client per URL it connects to.
  const connected = pointAtEmulator(exchange, emulatorUrl);
  return { ...connected, wsUrls: () => Object.keys(exchange.clients) };
}
