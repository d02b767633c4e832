/**
 * The deployment crash test's worker: a hosting core on a data folder with one paper RSI
 * deployment on the emulator (created on the first start), printing the newest bar it has
 * written as it goes. The test advances the market and kills this process with SIGKILL.
 */
import { unwrap } from '../../src/shared/rpc/unwrap';
import { callCore } from '../../src/main/api/call';
import { findMigrationsDir } from '../../src/main/config/project-paths';
import { openCoreHost } from '../../src/main/core/core-host';
import { TEST_PASSPHRASE, TEST_SCRYPT } from '../test-crypto';

const [dataDir = '', emulatorUrl = '', apiKey = '', secret = ''] = process.argv.slice(2);

const core = await openCoreHost({ shell: 'web', dataDir, migrationsFolder: findMigrationsDir(), consoleLogLevel: 'error', scrypt: TEST_SCRYPT, isHostingShell: true });
const app = core.current();
if (app === null) throw new Error('the data folder did not open');
const call = async <T>(method: Parameters<typeof callCore>[1], input: unknown): Promise<T> =>
  unwrap(await callCore(core.router, method, input as never, { transport: 'test' })) as T;

if ((await app.vault.status()).state === 'uninitialized') await call('vault.setup', { mode: 'passphrase', passphrase: TEST_PASSPHRASE });
else await call('vault.unlock', { passphrase: TEST_PASSPHRASE });
const existing = app.accounts.list().find((account) => account.name === 'Emulator');
const accountId = existing?.id ?? (await call<{ id: number }>('accounts.create', { name: 'Emulator', environment: 'custom', baseUrl: emulatorUrl, apiKey, apiSecret: secret })).id;
const deployment = await call<{ id: number }>('deployments.create', {
  accountId,
  strategyType: 'rsi-reversal',
  params: { period: 14, oversold: 30, overbought: 70 },
  symbol: 'BTCUSDT',
  timeframe: '1m',
  amountPerTrade: '1000',
  mode: 'paper',
  paperCapital: '10000',
});
process.stdout.write(`ready ${deployment.id}\n`);

let printed: number | null = null;
setInterval(() => {
  void call<{ state: { lastBarTime: number | null } }>('deployments.get', { id: deployment.id }).then(({ state }) => {
    if (state.lastBarTime === printed) return;
    printed = state.lastBarTime;
    process.stdout.write(`bar ${String(printed)}\n`);
  });
}, 5);
