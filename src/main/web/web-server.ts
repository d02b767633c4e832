import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import { type Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import { MAX_FRAME_BYTES } from '../../shared/rpc/wire';
import { type CoreHost } from '../core/core-host';
import { decideAccess, type AccessPolicy } from './access-policy';
import { AUTH_PATHS, handleAuthRequest } from './auth-routes';
import { readCookie } from './cookies';
import { EXPORTS_PREFIX, handleExportDownload } from './export-download';
import { applySecurityHeaders } from './security-headers';
import { readStaticFile } from './static-files';
import { serveWebSocket, type ServedSocket } from './ws-session';

export const DEFAULT_WEB_PORT = 7411;
const WS_PATH = '/ws';
const PING_INTERVAL_MS = 30_000;
const CLOSE_GRACE_MS = 1_000;

export interface WebServerOptions {
  readonly core: CoreHost;
  /** The address to bind, as given with --host. */
  readonly bindAddress: string;
  /** 0 picks a free port. */
  readonly port: number;
  readonly rendererDir: string;
  /** The per-start access token printed in the URL. */
  readonly token: string;
}

export interface RunningWebServer {
  readonly port: number;
  /** Where a person opens the workstation; it carries the access token. */
  readonly url: string;
  close(): Promise<void>;
}

/**
 * The web shell's transport: the built renderer over HTTP, sign-in over HTTP, and the contract
 * over a WebSocket, all behind the same access policy (the printed token, same origin, our
 * Host). A socket opened with a session cookie is signed in; when that session ends (revoked,
 * expired, logged out, or the database was restored) the socket is closed and the page signs
 * in again.
 */
export async function startWebServer(options: WebServerOptions): Promise<RunningWebServer> {
  const { core, bindAddress, rendererDir, token } = options;
  const log = core.logger.child('web');
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME_BYTES });
  let policy: AccessPolicy = { boundHost: bindAddress, token, cookieName: 'tradewind_token' };
  let sessionCookieName = 'tradewind_session';
  const socketsBySession = new Map<string, Set<ServedSocket>>();

  // A call that ended its own session (sign out, lock, restore) still gets its answer first.
  const closeSessionSockets = (sessionId: string): void => {
    for (const socket of socketsBySession.get(sessionId) ?? []) socket.endSession();
  };
  let stopWatchingSessions = core.current()?.sessions.onEnded(closeSessionSockets) ?? (() => undefined);
  const stopWatchingReloads = core.onReload(() => {
    // Sessions belonged to the database that was just replaced.
    stopWatchingSessions();
    for (const sessionId of socketsBySession.keys()) closeSessionSockets(sessionId);
    stopWatchingSessions = core.current()?.sessions.onEnded(closeSessionSockets) ?? (() => undefined);
  });

  const server = http.createServer((request, response) => {
    handleHttp(request, response).catch((error: unknown) => {
      log.error('HTTP request failed', { error, url: request.url?.split('?')[0] });
      if (!response.headersSent) response.writeHead(500).end();
    });
  });

  async function handleHttp(request: IncomingMessage, response: ServerResponse): Promise<void> {
    applySecurityHeaders(response, request.headers.host ?? bindAddress);
    const access = decideAccess(request, policy);
    if (!access.ok) {
      response.writeHead(access.status, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`${access.reason}\n`);
      return;
    }
    const url = new URL(request.url ?? '/', 'http://placeholder');
    if (AUTH_PATHS.has(url.pathname)) {
      await handleAuthRequest(request, response, url.pathname, { host: core, sessionCookieName });
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    if (url.pathname.startsWith(EXPORTS_PREFIX)) {
      handleExportDownload(request, response, url.pathname, core, sessionCookieName);
      return;
    }
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
    const sessionToken = readCookie(request.headers.cookie, sessionCookieName);
    const session = sessionToken === null ? null : (core.current()?.sessions.authenticate(sessionToken) ?? null);
    wss.handleUpgrade(request, socket, head, (ws) => {
      const address = request.socket.remoteAddress ?? 'unknown';
      const peer = `${address}:${request.socket.remotePort ?? '?'}`;
      log.info(session === null ? 'Client connected (not signed in)' : 'Client connected', {
        peer,
        sessionId: session?.id ?? null,
        userAgent: request.headers['user-agent'] ?? null,
      });
      let isAlive = true;
      ws.on('pong', () => (isAlive = true));
      const ping = setInterval(() => {
        if (!isAlive) return ws.terminate();
        isAlive = false;
        ws.ping();
      }, PING_INTERVAL_MS);
      const served = serveWebSocket(ws, core, { peer, source: `ip:${address}`, session: session === null ? null : { id: session.id } });
      if (session !== null) {
        const sockets = socketsBySession.get(session.id) ?? new Set<ServedSocket>();
        sockets.add(served);
        socketsBySession.set(session.id, sockets);
      }
      ws.on('close', () => {
        clearInterval(ping);
        if (session !== null) {
          socketsBySession.get(session.id)?.delete(served);
          if (socketsBySession.get(session.id)?.size === 0) socketsBySession.delete(session.id);
        }
        log.info('Client disconnected', { peer });
      });
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, bindAddress, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : options.port;
  // Cookies are shared by every port of a host, so each server keeps its own.
  policy = { ...policy, cookieName: `tradewind_token_${port}` };
  sessionCookieName = `tradewind_session_${port}`;
  const urlHost = bindAddress.includes(':') && !bindAddress.startsWith('[') ? `[${bindAddress}]` : bindAddress;
  const displayHost = bindAddress === '0.0.0.0' || bindAddress === '::' ? '127.0.0.1' : urlHost;
  const url = `http://${displayHost}:${port}/?token=${token}`;
  log.info(`Web shell listening on http://${displayHost}:${port}`);

  return {
    port,
    url,
    close: async () => {
      stopWatchingReloads();
      stopWatchingSessions();
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
