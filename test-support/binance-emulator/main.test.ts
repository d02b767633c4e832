import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';
import { ccxtOnEmulator } from './ccxt-client';
import { keyString } from './fixtures';

const MAIN = path.join(import.meta.dirname, 'main.ts');
const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..');

let child: ChildProcess | undefined;

function run(args: string[]): { child: ChildProcess; lines: AsyncIterator<string>; exited: Promise<number | null> } {
  const started = spawn(process.execPath, ['--import', 'tsx', MAIN, ...args], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  child = started;
  const exited = new Promise<number | null>((resolve) => started.once('exit', resolve));
  return { child: started, lines: readline.createInterface({ input: started.stdout })[Symbol.asyncIterator](), exited };
}

async function nextLine(lines: AsyncIterator<string>): Promise<string> {
  const next = await lines.next();
  return next.done === true ? '' : next.value;
}

afterEach(() => {
  if (child?.exitCode === null) child.kill();
});

describe('main.ts', () => {
  it('prints its URL on a line of its own, then a demo key that works through ccxt', async () => {
    const { child: started, lines, exited } = run(['--port', '0', '--withdrawals']);
    const url = await nextLine(lines);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const [, apiKey = '', secret = ''] = /^key ([A-Za-z0-9]{64}):([A-Za-z0-9]{64})$/.exec(await nextLine(lines)) ?? [];

    const { exchange } = ccxtOnEmulator(url, { apiKey, secret });
    expect(await exchange.privateGetAccount()).toMatchObject({ canWithdraw: true });
    expect((await exchange.fetchBalance())['USDT']).toEqual({ free: 10000, used: 0, total: 10000 });

    started.kill('SIGTERM');
    expect(await exited).toBe(0);
  });

  it('takes keys from --key', async () => {
    const apiKey = keyString('cliKey');
    const secret = keyString('cliSecret');
    const { lines } = run(['--key', `${apiKey}:${secret}`]);
    const url = await nextLine(lines);
    expect(await nextLine(lines)).toBe(`key ${apiKey}:${secret}`);
    const { exchange } = ccxtOnEmulator(url, { apiKey, secret });
    expect(await exchange.privateGetAccount()).toMatchObject({ canTrade: true, canWithdraw: false });
  });

  it('replays a data file from --start at --speed, and says so on a third line', async () => {
    const { lines } = run(['--symbol', 'BTCUSDT', '--data', 'BTCUSDT-1h.csv.gz', '--speed', '0', '--start', '2023-06-10T09:00:00Z']);
    const url = await nextLine(lines);
    const [, apiKey = '', secret = ''] = /^key ([A-Za-z0-9]{64}):([A-Za-z0-9]{64})$/.exec(await nextLine(lines)) ?? [];
    // The 09:00 bar of the file opens at 25669.06.
    expect(await nextLine(lines)).toBe('market BTCUSDT at 2023-06-10T09:00:00.000Z price 25669.06000000 speed 0');
    const { exchange } = ccxtOnEmulator(url, { apiKey, secret }, { fetchMargins: false });
    expect(await exchange.publicGetTickerPrice({ symbol: 'BTCUSDT' })).toEqual({ symbol: 'BTCUSDT', price: '25669.06000000' });
    const [bar] = await exchange.fetchOHLCV('BTC/USDT', '1h', Date.parse('2023-06-10T08:00:00Z'), 1);
    expect(bar?.[0]).toBe(Date.parse('2023-06-10T08:00:00Z'));
  });

  it('exits 2 when --symbol comes without --data', async () => {
    const { child: started, exited } = run(['--symbol', 'BTCUSDT']);
    let stderr = '';
    started.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    expect(await exited).toBe(2);
    expect(stderr).toBe('binance emulator: --symbol and --data go together\n');
  });

  it('exits 2 with one line on bad options', async () => {
    const { child: started, exited } = run(['--key', 'no-colon']);
    let stderr = '';
    started.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    expect(await exited).toBe(2);
    expect(stderr).toBe('binance emulator: --key wants <apiKey>:<secret>, got "no-colon"\n');
  });
});
