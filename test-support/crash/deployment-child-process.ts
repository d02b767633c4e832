import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { TRADER } from '../binance-emulator/market-fixtures';
import { type BinanceEmulator } from '../binance-emulator/types';

const CHILD = path.resolve(import.meta.dirname, 'deployment-child.ts');

/** A core in a child process running one RSI deployment on the emulator; `lastBar` is its newest written bar, as it prints it. */
export function startDeploymentChild(emulator: BinanceEmulator, dataDir: string, mode: 'paper' | 'live' = 'paper'): { child: ChildProcess; lastBar: () => number | null; ready: Promise<void> } {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dataDir, emulator.url, TRADER.apiKey, TRADER.secretKey, mode], { stdio: ['ignore', 'pipe', 'inherit'] });
  let lastBar: number | null = null;
  let output = '';
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    output += chunk;
    const lines = output.split('\n');
    output = lines.pop() ?? '';
    for (const line of lines) {
      if (line.startsWith('ready ')) markReady();
      if (line.startsWith('bar ') && line !== 'bar null') lastBar = Number(line.slice(4));
    }
  });
  return { child, lastBar: () => lastBar, ready };
}
