import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import { type Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import { MAX_FRAME_BYTES } from '../../shared/rpc/wire';
import { type App } from '../app';
import { decideAccess, type AccessPolicy } from './access-policy';
import { applySecurityHeaders } from './security-headers';
import { readStaticFile } from './static-files';
import { serveWebSocket } from './ws-session';

export const DEFAULT_WEB_PORT = 7411;
const WS_PATH = '/ws';
const PING_INTERVAL_MS = 30_000;
const CLOSE_GRACE_MS = 1_000;

export interface WebServerOptions {
  readonly app: App;
  readonly host: string;
  /** 0 picks a free port. */
  readonly port: number;
  readonly rendererDir: string;
  readonly token: string;
}

export interface RunningWebServer {
  readonly port: number;
  /** Where a person opens the workstation; it carries the access token. */
  readonly url: string;
  close(): Promise<void>;
}

/**
 * The web shell's transport: the built renderer over HTTP and the contract over a WebSocket,
 * both behind the same access policy.
 */
export async function startWebServer(options: WebServerOptions): Promise<RunningWebServer> {
  const { app, host, rendererDir, token } = options;
  const log = app.logger.child('web');
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME_BYTES });
  let policy: AccessPolicy = { boundHost: host, token, cookieName: 'tradewind_token' };

  const server = http.createServer((request, response) => {
    try {
      handleHttp(request, response);
    } catch (error: unknown) {
      log.error('HTTP request failed', { error, url: request.url?.split('?')[0] });
      if (!response.headersSent) response.writeHead(500).end();
    }
  });

  function handleHttp(request: IncomingMessage, response: ServerResponse): void {
    applySecurityHeaders(response, request.headers.host ?? host);
    const access = decideAccess(request, policy);
    if (!access.ok) {
      response.writeHead(access.status, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`${access.reason}\n`);
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const url = new URL(request.url ?? '/', 'http://placeholder');
    if (access.viaQuery) {
      // Trade the token in the address bar for a cookie, so it does not linger in history.
      response.setHeader('Set-Cookie', `${policy.cookieName}=${encodeURIComponent(token)}; HttpOnly; SameSite=Strict; Path=/`);
      url.searchParams.delete('token');
      response.writeHead(303, { Location: `${url.pathname}${url.search}` }).end();
      return;
    }
    const file = readStaticFile(rendererDir, url.pathname);
    if (file === null) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found\n');
      return;
    }
    response.writeHead(200, {
      'Content-Type': file.contentType,
      'Content-Length': file.body.length,
      'Cache-Control': file.isImmutable ? 'public, max-age=31536000, immutable' : 'no-store',
    });
    response.end(request.method === 'HEAD' ? undefined : file.body);
  }

  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const access = decideAccess(request, policy);
    const path = (request.url ?? '').split('?')[0];
    if (!access.ok || path !== WS_PATH) {
      const status = access.ok ? 404 : access.status;
      const reason = access.ok ? 'no such endpoint' : access.reason;
      socket.end(`HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\nConnection: close\r\nContent-Length: ${reason.length + 1}\r\n\r\n${reason}\n`);
      return;
    }
    wss.handleUpgrade(request, socket, head, (ws) => {
      const peer = `${request.socket.remoteAddress ?? '?'}:${request.socket.remotePort ?? '?'}`;
      log.info('Client connected', { peer, userAgent: request.headers['user-agent'] ?? null });
      let isAlive = true;
      ws.on('pong', () => (isAlive = true));
      const ping = setInterval(() => {
        if (!isAlive) return ws.terminate();
        isAlive = false;
        ws.ping();
      }, PING_INTERVAL_MS);
      ws.on('close', () => {
        clearInterval(ping);
        log.info('Client disconnected', { peer });
      });
      serveWebSocket(ws, app.router, app.bus, peer);
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : options.port;
  // Cookies are shared by every port of a host, so each server keeps its own.
  policy = { ...policy, cookieName: `tradewind_token_${port}` };
  const urlHost = host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
  const displayHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : urlHost;
  const url = `http://${displayHost}:${port}/?token=${token}`;
  log.info(`Web shell listening on http://${displayHost}:${port}`);

  return {
    port,
    url,
    close: async () => {
      // Let every socket finish closing (and log it) before the caller closes the core.
      await Promise.all(
        [...wss.clients].map(
          (client) =>
            new Promise<void>((resolve) => {
              client.once('close', () => resolve());
              client.close(1001, 'server shutting down');
              setTimeout(() => client.terminate(), CLOSE_GRACE_MS).unref();
            }),
        ),
      );
      wss.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
