import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';

export const REPO_ROOT = path.resolve(import.meta.dirname, '..');
export const BUILT_WEB_ENTRY = path.join(REPO_ROOT, 'out', 'main', 'web.js');

export interface WebShell {
  /** The printed URL, token included. */
  readonly url: string;
  readonly origin: string;
  readonly token: string;
  readonly port: number;
  readonly dataDir: string;
  readonly process: ChildProcess;
  /** Everything the shell wrote to stderr so far (its log lines). */
  stderr(): string;
  stop(): Promise<number | null>;
}

export function makeDataDir(prefix = 'tradewind-e2e-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/**
 * Starts the built web shell the way a person would (`node out/main/web.js`) and resolves once
 * it has printed its URL line. Needs `npm run build` (electron-vite build) first.
 */
export async function startWebShell(options: { dataDir: string; port?: number; extraArgs?: string[]; env?: Record<string, string> }): Promise<WebShell> {
  if (!fs.existsSync(BUILT_WEB_ENTRY)) throw new Error(`${BUILT_WEB_ENTRY} is missing; run "npx electron-vite build" first`);
  const child = spawn(
    process.execPath,
    [BUILT_WEB_ENTRY, '--port', String(options.port ?? 0), '--data-dir', options.dataDir, ...(options.extraArgs ?? [])],
    { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, TRADEWIND_DATA_DIR: '', ...options.env } },
  );
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const url = await new Promise<string>((resolve, reject) => {
    const lines = readline.createInterface({ input: child.stdout });
    const timer = setTimeout(() => reject(new Error(`web shell printed no URL in 20 s; stderr:\n${stderr}`)), 20_000);
    lines.on('line', (line) => {
      if (/^http:\/\/\S+\?token=\S+$/.test(line)) {
        clearTimeout(timer);
        resolve(line);
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`web shell exited with ${code} before printing its URL; stderr:\n${stderr}`));
    });
  });
  const parsed = new URL(url);
  return {
    url,
    origin: parsed.origin,
    token: parsed.searchParams.get('token') ?? '',
    port: Number(parsed.port),
    dataDir: options.dataDir,
    process: child,
    stderr: () => stderr,
    stop: async () => {
      if (child.exitCode !== null) return child.exitCode;
      child.kill('SIGTERM');
      return exited;
    },
  };
}
