/**
 * Runs the emulator by hand:
 *   npx tsx test-support/binance-emulator/main.ts [--port 0] [--key <apiKey>:<secret>]... [--withdrawals]
 *     [--symbol BTCUSDT --data BTCUSDT-1m-2024.csv.gz [--interval 1m] [--speed 60] [--start 2024-03-01T00:00:00Z]]
 * Prints the URL on a line of its own, then the keys, then the market if one is replayed. These
 * are test keys, so printing them is fine. --data is a file of the shared data folder or a path;
 * its interval is read from the name (…-1m-…, …-15m.csv.gz) unless --interval says otherwise.
 */
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { startBinanceEmulator } from './server';
import { symbolsWith } from './derived-symbol';
import { isKlineInterval } from './intervals';
import { type Balance, type EmulatorKey, type EmulatorOptions } from './types';

const DEMO_BALANCES: Balance[] = [
  { asset: 'USDT', free: '10000', locked: '0' },
  { asset: 'BTC', free: '0.5', locked: '0' },
  { asset: 'ETH', free: '5', locked: '0' },
];

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** Shaped like a real Binance key: 64 alphanumerics. */
function randomKeyString(): string {
  return [...randomBytes(64)].map((byte) => ALPHANUMERIC[byte % ALPHANUMERIC.length]).join('');
}

function parseKey(value: string): { apiKey: string; secretKey: string } {
  const colon = value.indexOf(':');
  if (colon <= 0 || colon === value.length - 1) throw new Error(`--key wants <apiKey>:<secret>, got "${value}"`);
  return { apiKey: value.slice(0, colon), secretKey: value.slice(colon + 1) };
}

function fail(message: string): never {
  console.error(`binance emulator: ${message}`);
  process.exit(2);
}

function intervalOf(file: string, given: string | undefined): string {
  const interval = given ?? /-(\d+[smhdw])(?:[-.])/.exec(file)?.[1];
  if (interval === undefined || !isKlineInterval(interval)) fail(`--interval is needed for ${file}, got "${interval ?? ''}"`);
  return interval;
}

function marketOptions(values: { symbol?: string; data?: string; interval?: string; speed: string; start?: string }): Partial<EmulatorOptions> {
  if (values.symbol === undefined && values.data === undefined) return {};
  if (values.symbol === undefined || values.data === undefined) fail('--symbol and --data go together');
  const speed = Number(values.speed);
  if (!(speed >= 0)) fail(`--speed must be 0 or more, got "${values.speed}"`);
  if (values.start !== undefined && Number.isNaN(Date.parse(values.start))) fail(`--start must be a date, got "${values.start}"`);
  return {
    symbols: symbolsWith(values.symbol, values.data),
    market: { [values.symbol]: { file: values.data, interval: intervalOf(values.data, values.interval) } },
    replay: { speed, start: values.start },
  };
}

function parseOptions(): EmulatorOptions & { keys: EmulatorKey[] } {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '0' },
      key: { type: 'string', multiple: true, default: [] },
      withdrawals: { type: 'boolean', default: false },
      symbol: { type: 'string' },
      data: { type: 'string' },
      interval: { type: 'string' },
      speed: { type: 'string', default: '1' },
      start: { type: 'string' },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port must be 0..65535, got "${values.port}"`);
  const pairs = values.key.length > 0 ? values.key.map(parseKey) : [{ apiKey: randomKeyString(), secretKey: randomKeyString() }];
  const keys = pairs.map((pair) => ({
    ...pair,
    permissions: { canWithdraw: values.withdrawals },
    balances: DEMO_BALANCES,
  }));
  return { port, keys, ...marketOptions(values) };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

let options: EmulatorOptions & { keys: EmulatorKey[] };
try {
  options = parseOptions();
} catch (error) {
  fail(messageOf(error));
}
const emulator = await startBinanceEmulator(options).catch((error: unknown) => fail(messageOf(error)));
console.log(emulator.url);
for (const key of options.keys) console.log(`key ${key.apiKey}:${key.secretKey}`);
for (const symbol of Object.keys(options.market ?? {})) {
  const quote = emulator.market.quote(symbol);
  console.log(`market ${symbol} at ${new Date(quote.time).toISOString()} price ${quote.price} speed ${emulator.market.clock.speed}`);
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void emulator.close().then(() => process.exit(0));
  });
}
