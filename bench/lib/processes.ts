import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import readline from 'node:readline';

export interface Started {
  readonly child: ChildProcess;
  readonly url: string;
  /** From spawn to the first HTTP 200 on the printed URL. */
  readonly msToFirstResponse: number;
}

/** Spawns a server that prints its URL on stdout, then times until that URL answers 200. */
export async function startAndTime(command: string, args: readonly string[], cwd: string): Promise<Started> {
  const begin = performance.now();
  const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'ignore'] });
  const url = await new Promise<string>((resolve, reject) => {
    readline.createInterface({ input: child.stdout }).on('line', (line) => {
      if (line.startsWith('http://')) resolve(line);
    });
    child.once('exit', (code) => reject(new Error(`${command} exited with ${code} before printing a URL`)));
  });
  // A token in the URL is sent as a bearer header: following the shell's cookie redirect would
  // time a second request.
  const parsed = new URL(url);
  const token = parsed.searchParams.get('token');
  parsed.searchParams.delete('token');
  const headers: Record<string, string> = token === null ? {} : { Authorization: `Bearer ${token}` };
  const deadline = begin + 30_000;
  for (;;) {
    const response = await fetch(parsed, { headers, redirect: 'manual' }).catch(() => null);
    if (response?.status === 200) {
      await response.arrayBuffer();
      break;
    }
    if (performance.now() > deadline) throw new Error(`${url} did not answer 200 within 30 s (last: ${response?.status ?? 'no answer'})`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return { child, url, msToFirstResponse: performance.now() - begin };
}

export async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

/** Resident memory of a process in KiB, from /proc (Linux) or ps elsewhere. */
export async function residentKiB(pid: number): Promise<number> {
  if (fs.existsSync(`/proc/${pid}/status`)) {
    const match = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return Number(match?.[1] ?? NaN);
  }
  const ps = spawn('ps', ['-o', 'rss=', '-p', String(pid)]);
  let out = '';
  ps.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  await new Promise((resolve) => ps.once('exit', resolve));
  return Number(out.trim());
}
