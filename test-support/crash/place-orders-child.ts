/**
 * The crash test's worker: a real core on a data folder places orders on the emulator until the
 * journal holds `total` of them, printing a line per order. The test kills it with SIGKILL at
 * random moments and starts it again; each start reconciles before going on.
 */
import { acquireInstanceLock } from '../../src/main/config/instance-lock';
import { openChildCore } from './child-core';

const [dataDir = '', emulatorUrl = '', apiKey = '', secret = '', totalText = '200'] = process.argv.slice(2);
const total = Number(totalText);

acquireInstanceLock(dataDir, 'cli');
const { app, call, accountOn } = await openChildCore(dataDir, { shell: 'cli' });
const accountId = await accountOn('Crash', emulatorUrl, apiKey, secret);

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
