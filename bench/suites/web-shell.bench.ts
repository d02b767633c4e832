import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { median, type Figure } from '../lib/results';
import { residentKiB, startAndTime, stop } from '../lib/processes';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const WEB_ENTRY = path.join(ROOT, 'out', 'main', 'web.js');
const PEER = path.join(import.meta.dirname, 'peer-http-server.mjs');
const RUNS = 7;
const IDLE_SETTLE_MS = 3_000;

async function timeStarts(args: () => string[]): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const started = await startAndTime(process.execPath, args(), ROOT);
    times.push(started.msToFirstResponse);
    await stop(started.child);
  }
  return median(times);
}

async function idleResident(args: string[]): Promise<number> {
  const started = await startAndTime(process.execPath, args, ROOT);
  await sleep(IDLE_SETTLE_MS);
  const kib = await residentKiB(started.child.pid ?? 0);
  await stop(started.child);
  return kib / 1024;
}

/** Cold start to first request served, and idle memory, against a bare Node HTTP server. */
export async function benchWebShell(): Promise<Figure[]> {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'tradewind-bench-'));
  try {
    let fresh = 0;
    const freshArgs = (): string[] => [WEB_ENTRY, '--port', '0', '--data-dir', path.join(scratch, `fresh-${fresh++}`)];
    const existing = path.join(scratch, 'existing');
    const existingArgs = (): string[] => [WEB_ENTRY, '--port', '0', '--data-dir', existing];

    const peerStart = await timeStarts(() => [PEER]);
    const coldFresh = await timeStarts(freshArgs);
    const coldExisting = await timeStarts(existingArgs);
    const peerMiB = await idleResident([PEER]);
    const shellMiB = await idleResident(existingArgs());

    return [
      { name: 'web shell cold start to first request, new data folder (median)', value: coldFresh, unit: 'ms' },
      { name: 'web shell cold start to first request, existing data folder (median)', value: coldExisting, unit: 'ms' },
      { name: 'peer: bare Node HTTP server start to first request (median)', value: peerStart, unit: 'ms' },
      { name: 'web shell cold start / bare Node HTTP server', value: coldExisting / peerStart, unit: 'x' },
      { name: 'web shell idle resident memory', value: shellMiB, unit: 'MiB' },
      { name: 'peer: bare Node HTTP server idle resident memory', value: peerMiB, unit: 'MiB' },
      { name: 'web shell idle memory / bare Node HTTP server', value: shellMiB / peerMiB, unit: 'x' },
    ];
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}
