/**
 * Runs the emulator by hand:
 *   npx tsx test-support/binance-emulator/main.ts [--port 0] [--key <apiKey>:<secret>]... [--withdrawals]
 * Prints the URL on a line of its own, then the keys. These are test keys, so printing them is fine.
 */
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { startBinanceEmulator } from './server';
import { type Balance, type EmulatorKey } from './types';

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

function parseOptions(): { port: number; keys: EmulatorKey[] } {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '0' },
      key: { type: 'string', multiple: true, default: [] },
      withdrawals: { type: 'boolean', default: false },
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
  return { port, keys };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

let options: { port: number; keys: EmulatorKey[] };
try {
  options = parseOptions();
} catch (error) {
  fail(messageOf(error));
}
const emulator = await startBinanceEmulator(options).catch((error: unknown) => fail(messageOf(error)));
console.log(emulator.url);
for (const key of options.keys) console.log(`key ${key.apiKey}:${key.secretKey}`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void emulator.close().then(() => process.exit(0));
  });
}
