import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import WebSocket from 'ws';
import { createApp, type App } from '../src/main/app';
import { findMigrationsDir } from '../src/main/config/project-paths';
import { createAccessToken } from '../src/main/web/access-policy';
import { rawToString } from '../src/main/web/raw-data';
import { startWebServer, type RunningWebServer } from '../src/main/web/web-server';

export interface InProcessWeb {
  readonly app: App;
  readonly server: RunningWebServer;
  readonly token: string;
  readonly origin: string;
  readonly wsUrl: string;
  readonly dataDir: string;
  close(): Promise<void>;
}

/**
 * The real core and the real web server in this process, on a free port, with a temp data
 * folder and a one-file renderer, for tests that need to look at the transport itself.
 */
export async function startInProcessWeb(): Promise<InProcessWeb> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tradewind-web-test-'));
  const rendererDir = path.join(dataDir, 'renderer');
  fs.mkdirSync(rendererDir);
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Tradewind</title>');
  const app = createApp({ shell: 'web', dataDir, migrationsFolder: findMigrationsDir(), consoleLogLevel: 'error' });
  const token = createAccessToken();
  const server = await startWebServer({ app, host: '127.0.0.1', port: 0, rendererDir, token });
  const origin = `http://127.0.0.1:${server.port}`;
  return {
    app,
    server,
    token,
    origin,
    wsUrl: `ws://127.0.0.1:${server.port}/ws`,
    dataDir,
    close: async () => {
      await server.close();
      app.close();
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

/** A stable digest of every row of every table, to prove a run of requests changed nothing. */
export function databaseFingerprint(app: App): string {
  const tables = app.store.sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .all() as Array<{ name: string }>;
  return JSON.stringify(
    tables.map(({ name }) => [name, app.store.sqlite.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).raw().all()]),
    (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value),
  );
}
