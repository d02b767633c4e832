/**
 * The deployment crash tests' worker: a hosting core on a data folder with one RSI deployment
 * (paper or live, as asked) on the emulator, printing the newest bar it has written as it goes.
 * The test advances the market and kills this process with SIGKILL.
 */
import { openChildCore } from './child-core';

const [dataDir = '', emulatorUrl = '', apiKey = '', secret = '', mode = 'paper'] = process.argv.slice(2);

const { call, accountOn } = await openChildCore(dataDir, { shell: 'web', isHostingShell: true });
const accountId = await accountOn('Emulator', emulatorUrl, apiKey, secret);
const deployment = await call<{ id: number }>('deployments.create', {
  accountId,
  strategyType: 'rsi-reversal',
  params: { period: 14, oversold: 30, overbought: 70 },
  symbol: 'BTCUSDT',
  timeframe: '1m',
  amountPerTrade: '1000',
  mode,
  ...(mode === 'paper' ? { paperCapital: '10000' } : {}),
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
