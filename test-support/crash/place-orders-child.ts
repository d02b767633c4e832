/**
 * The crash test's worker: a real core on a data folder places orders on the emulator until the
 * journal holds `total` of them, printing a line per order. The test kills it with SIGKILL at
 * random moments and starts it again; each start reconciles before going on.
 */
import { unwrap } from '../../src/shared/rpc/unwrap';
import { callCore } from '../../src/main/api/call';
import { findMigrationsDir } from '../../src/main/config/project-paths';
import { acquireInstanceLock } from '../../src/main/config/instance-lock';
import { openCoreHost } from '../../src/main/core/core-host';
import { TEST_PASSPHRASE, TEST_SCRYPT } from '../test-crypto';

const [dataDir = '', emulatorUrl = '', apiKey = '', secret = '', totalText = '200'] = process.argv.slice(2);
const total = Number(totalText);

acquireInstanceLock(dataDir, 'cli');
const core = await openCoreHost({ shell: 'cli', dataDir, migrationsFolder: findMigrationsDir(), consoleLogLevel: 'error', scrypt: TEST_SCRYPT });
const app = core.current();
if (app === null) throw new Error('the data folder did not open');
const call = async <T>(method: Parameters<typeof callCore>[1], input: unknown): Promise<T> =>
  unwrap(await callCore(core.router, method, input as never, { transport: 'test' })) as T;

if ((await app.vault.status()).state === 'uninitialized') await call('vault.setup', { mode: 'passphrase', passphrase: TEST_PASSPHRASE });
else await call('vault.unlock', { passphrase: TEST_PASSPHRASE });
const existing = app.accounts.list().find((account) => account.name === 'Crash');
const accountId = existing?.id ?? (await call<{ id: number }>('accounts.create', { name: 'Crash', environment: 'custom', baseUrl: emulatorUrl, apiKey, apiSecret: secret })).id;

await app.exchange.connect(accountId);
process.stdout.write('connected\n');
for (let placed = app.journal.list({ accountId, limit: 1000 }).length; placed < total; placed++) {
  const input =
    placed % 3 === 0
      ? { accountId, symbol: 'BTCUSDT', side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity: '0.1', price: '90' }
      : { accountId, symbol: 'BTCUSDT', side: placed % 2 === 0 ? 'BUY' : 'SELL', type: 'MARKET', quantity: '0.1' };
  const order = await call<{ clientOrderId: string; status: string }>('orders.place', input);
  process.stdout.write(`placed ${placed + 1} ${order.clientOrderId} ${order.status}\n`);
}
process.stdout.write('DONE\n');
process.exit(0);
