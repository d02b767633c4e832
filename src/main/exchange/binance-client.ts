import type { pro } from 'ccxt';
import { type Environment } from '../../shared/domain/enums';

/** ccxt's websocket-capable Binance class: the REST methods plus `watch*`. */
export type BinanceClient = InstanceType<typeof pro.binance>;

export interface BinanceConnection {
  readonly environment: Exclude<Environment, 'paper'>;
  /** For `custom`: the root of a Binance-compatible API, e.g. http://127.0.0.1:9001. */
  readonly baseUrl: string | null;
  readonly credentials: { readonly apiKey: string; readonly secret: string } | null;
  readonly timeoutMs?: number;
  /**
   * Where the Spot Testnet is, when not at testnet.binance.vision: tests point it at the local
   * emulator (TRADEWIND_BINANCE_TESTNET_URL), so a testnet account is exercised end to end.
   */
  readonly testnetUrl?: string | null;
}

/**
 * A ccxt Binance client for one account, spot only. ccxt is loaded on first use (it is large),
 * keeps its own rate limiter on, and is told not to touch futures or sapi endpoints the account
 * does not need. `binance-testnet` is ccxt's sandbox mode (the Spot Testnet); `custom` points
 * every spot, sapi and websocket URL at the given root, which is how tests reach the emulator.
 */
export async function createBinanceClient(connection: BinanceConnection): Promise<BinanceClient> {
  const { default: ccxt } = await import('ccxt');
  const client = new ccxt.pro.binance({
    enableRateLimit: true,
    // Binance counts request weight per rolling minute (6,000; ccxt's costs make that 1,200
    // units at its 50 ms rate), and the rolling window is that rule. ccxt's default leaky
    // bucket never refills while idle, so one heavy call (openOrders over every symbol) would
    // wait ~0.8 s for the previous one however long ago that was.
    rateLimiterAlgorithm: 'rollingWindow',
    rollingWindowSize: 60_000,
    timeout: connection.timeoutMs ?? 10_000,
    ...(connection.credentials ? { apiKey: connection.credentials.apiKey, secret: connection.credentials.secret } : {}),
    options: {
      defaultType: 'spot',
      fetchMarkets: { types: ['spot'] },
      fetchCurrencies: false,
      // Otherwise loadMarkets also calls two margin endpoints under /sapi, which the Spot Testnet lacks.
      fetchMargins: false,
      adjustForTimeDifference: false,
    },
  });
  if (connection.environment === 'binance-testnet') {
    if (connection.testnetUrl) client.urls['test'] = pointAt(client.urls['test'], connection.testnetUrl);
    client.setSandboxMode(true);
  }
  if (connection.environment === 'custom') {
    if (connection.baseUrl === null) throw new Error('A custom account needs a base URL');
    client.urls['api'] = pointAt(client.urls['api'], connection.baseUrl);
  }
  // ccxt opens plain ws:// sockets (a local or custom endpoint) only through an http agent it loads here.
  await client.loadHttpProxyAgent();
  return client;
}

type UrlTable = Record<string, unknown> & { ws?: Record<string, unknown> };

/** Every spot, sapi and websocket base URL ccxt uses, under one Binance-compatible root. */
function pointAt(table: UrlTable, root: string): UrlTable {
  const base = root.replace(/\/+$/, '');
  const wsBase = base.replace(/^http/, 'ws');
  const ws = table.ws ?? {};
  return {
    ...table,
    public: `${base}/api/v3`,
    private: `${base}/api/v3`,
    v1: `${base}/api/v1`,
    sapi: `${base}/sapi/v1`,
    ws: { ...ws, spot: `${wsBase}/ws`, 'ws-api': { ...(ws['ws-api'] as Record<string, string> | undefined), spot: `${wsBase}/ws-api/v3` } },
  };
}
