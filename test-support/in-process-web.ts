import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import WebSocket from 'ws';
import { type App } from '../src/main/app';
import { findMigrationsDir } from '../src/main/config/project-paths';
import { openCoreHost, type CoreHost } from '../src/main/core/core-host';
import { createAccessToken } from '../src/main/web/access-policy';
import { rawToString } from '../src/main/web/raw-data';
import { startWebServer, type RunningWebServer } from '../src/main/web/web-server';
import { TEST_PASSPHRASE, TEST_SCRYPT } from './test-crypto';

export interface InProcessWeb {
  readonly core: CoreHost;
  /** The open core (these tests never leave it in recovery). */
  readonly app: App;
  readonly server: RunningWebServer;
  readonly token: string;
  readonly origin: string;
  readonly wsUrl: string;
  readonly dataDir: string;
  /** Signs in over HTTP as the page does (creating the vault on first use); returns the Cookie header for the socket. */
  signIn(passphrase?: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * The real core and the real web server in this process, on a free port, with a temp data
 * folder and a one-file renderer, for tests that need to look at the transport itself.
 * `isHostingShell: false` leaves out the scheduled jobs (backups, purges, reports), for a test
 * that needs the database to stay as the calls leave it.
 */
export async function startInProcessWeb({ isHostingShell = true }: { isHostingShell?: boolean } = {}): Promise<InProcessWeb> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tradewind-web-test-'));
  const rendererDir = path.join(dataDir, 'renderer');
  fs.mkdirSync(rendererDir);
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Tradewind</title>');
  const core = await openCoreHost({
    shell: 'web',
    dataDir,
    migrationsFolder: findMigrationsDir(),
    consoleLogLevel: 'error',
    scrypt: TEST_SCRYPT,
    isHostingShell,
  });
  const app = core.current();
  if (app === null) throw new Error('a fresh data folder should always open');
  const token = createAccessToken();
  const server = await startWebServer({ core, bindAddress: '127.0.0.1', port: 0, rendererDir, token });
  const origin = `http://127.0.0.1:${server.port}`;
  return {
    core,
    app,
    server,
    token,
    origin,
    wsUrl: `ws://127.0.0.1:${server.port}/ws`,
    dataDir,
    signIn: async (passphrase = TEST_PASSPHRASE) => {
      const isFirstRun = (await app.vault.status()).state === 'uninitialized';
      const response = await fetch(`${origin}/auth/${isFirstRun ? 'setup' : 'unlock'}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify({ passphrase }),
      });
      if (response.status !== 200) throw new Error(`sign-in failed: HTTP ${response.status} ${await response.text()}`);
      return (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    },
    close: async () => {
      await server.close();
      core.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Opens a WebSocket and resolves when it is open, or rejects with the HTTP status that refused it. */
export function openSocket(url: string, headers: Record<string, string> = {}): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, { headers });
    socket.once('open', () => resolve(socket));
    socket.once('unexpected-response', (_request, response) => reject(new Error(`HTTP ${response.statusCode}`)));
    socket.once('error', reject);
  });
}

/** Sends one raw frame (text, or binary when given a Buffer) and resolves with the next result frame. */
export function exchangeFrame(socket: WebSocket, frame: string | Buffer): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const onMessage = (data: WebSocket.RawData): void => {
      const reply = JSON.parse(rawToString(data)) as { t: string };
      if (reply.t !== 'result') return;
      socket.off('message', onMessage);
      socket.off('close', onClose);
      resolve(reply);
    };
    const onClose = (): void => reject(new Error('socket closed before the reply'));
    socket.on('message', onMessage);
    socket.once('close', onClose);
    socket.send(frame);
  });
}

/**
 * A stable digest of every row of every table, to prove a run of requests changed nothing.
 * A session's last-seen and expiry times move with use by design, so they are left out.
 */
export function databaseFingerprint(app: App): string {
  const tables = app.store.sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .all() as Array<{ name: string }>;
  const selectAll = (name: string): string =>
    name === 'web_sessions'
      ? 'SELECT id, token_hash, created_at, ip, user_agent, ended_at, end_reason FROM "web_sessions" ORDER BY rowid'
      : name === 'candles'
        ? 'SELECT * FROM "candles" ORDER BY series_id, open_time' // WITHOUT ROWID
        : `SELECT * FROM "${name}" ORDER BY rowid`;
  return JSON.stringify(
    tables.map(({ name }) => [name, app.store.sqlite.prepare(selectAll(name)).raw().all()]),
    (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value),
  );
}
