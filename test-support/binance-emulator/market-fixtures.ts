import { ccxtOnEmulator, ccxtProOnEmulator, type BinancePro, type CcxtOnEmulator } from './ccxt-client';
import { expectOnlyEmulatorTraffic, keyString } from './fixtures';
import { startBinanceEmulator } from './server';
import { type BinanceEmulator, type EmulatorKey, type EmulatorOptions, type KlineRow } from './types';

export const T0 = Date.UTC(2024, 0, 1, 0, 0);
export const MINUTE = 60_000;

/**
 * Hand-made 1-minute bars; with the default four sub-steps and a two-tick spread (bid = price −
 * 0.01, ask = price + 0.01) the walking price is:
 *   bar 0 (up):   100.00 → 99.00 → 101.00 → 100.50
 *   bar 1 (down): 100.50 → 100.80 → 98.00 → 98.50
 *   bar 2 (up):   98.50 → 98.40 → 103.00 → 102.00
 *   bar 3 (doji, tie, low first): 102.00 → 101.50 → 102.50 → 102.00
 *   bars 4–9: flat at 102.00
 */
export const ROWS: readonly KlineRow[] = [
  [T0, '100.00', '101.00', '99.00', '100.50', '10'],
  [T0 + MINUTE, '100.50', '100.80', '98.00', '98.50', '20'],
  [T0 + 2 * MINUTE, '98.50', '103.00', '98.40', '102.00', '30'],
  [T0 + 3 * MINUTE, '102.00', '102.50', '101.50', '102.00', '40'],
  ...[4, 5, 6, 7, 8, 9].map((bar): KlineRow => [T0 + bar * MINUTE, '102.00', '102.00', '102.00', '102.00', '1']),
];

export const TRADER: EmulatorKey = {
  apiKey: keyString('marketTraderKey'),
  secretKey: keyString('marketTraderSecret'),
  balances: [
    { asset: 'USDT', free: '10000', locked: '0' },
    { asset: 'BTC', free: '1', locked: '0' },
  ],
};

/** One emulator and the ccxt clients of a test, checked for stray traffic and closed after it. */
export class MarketHarness {
  emulator!: BinanceEmulator;
  private clients: CcxtOnEmulator[] = [];
  private proClients: BinancePro[] = [];

  async start(options: EmulatorOptions = {}): Promise<BinanceEmulator> {
    this.emulator = await startBinanceEmulator({ keys: [TRADER], market: { BTCUSDT: { rows: ROWS, interval: '1m' } }, ...options });
    this.clients = [];
    this.proClients = [];
    return this.emulator;
  }

  rest(key: EmulatorKey = TRADER, options: Record<string, unknown> = {}): CcxtOnEmulator['exchange'] {
    const connected = ccxtOnEmulator(this.emulator.url, { apiKey: key.apiKey, secret: key.secretKey }, { fetchMargins: false, ...options });
    this.clients.push(connected);
    return connected.exchange;
  }

  /** ccxt refuses plain ws:// URLs in Node until its HTTP agent is loaded: a step the product needs too. */
  async pro(key: EmulatorKey | undefined = TRADER, options: Record<string, unknown> = {}): Promise<BinancePro> {
    const credentials = key === undefined ? undefined : { apiKey: key.apiKey, secret: key.secretKey };
    const connected = ccxtProOnEmulator(this.emulator.url, credentials, { fetchMargins: false, ...options });
    this.clients.push(connected);
    this.proClients.push(connected.exchange);
    await connected.exchange.loadHttpProxyAgent();
    return connected.exchange;
  }

  /**
   * ccxt's watchOrders / watchBalance register their listener only after the subscription reply
   * has come back; a REST round trip after the emulator saw the subscription makes sure it has.
   */
  async userStreamReady(exchange: BinancePro, key: EmulatorKey = TRADER): Promise<void> {
    await this.emulator.waitForUserDataStream(key.apiKey);
    await exchange.fetchTime();
  }

  async stop(): Promise<void> {
    expectOnlyEmulatorTraffic(this.emulator, this.clients);
    await Promise.all(this.proClients.map((exchange) => exchange.close()));
    await this.emulator.close();
  }
}
