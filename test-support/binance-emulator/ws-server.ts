import { type IncomingMessage, type Server } from 'node:http';
import { type Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import { type ConnectionRecord } from './market-types';
import { type MarketStreams } from './market-streams';
import { type WsApi } from './ws-api';

/**
 * WebSockets on the REST server's port, by path as on Binance: /ws and /ws/<stream>... (raw
 * market streams), /stream?streams=a/b (combined), /ws-api/v3 (the WebSocket API).
 */
export class SocketServer {
  readonly connections: ConnectionRecord[] = [];
  private readonly server = new WebSocketServer({ noServer: true });

  constructor(
    http: Server,
    private readonly streams: MarketStreams,
    private readonly wsApi: WsApi,
  ) {
    http.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => this.upgrade(request, socket, head));
  }

  terminateAll(): void {
    this.streams.terminateAll();
    this.wsApi.terminateAll();
  }

  close(): void {
    this.terminateAll();
    this.server.close();
  }

  private upgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname;
    const isRaw = path === '/ws' || path.startsWith('/ws/');
    const isCombined = path === '/stream';
    if (!isRaw && !isCombined && path !== '/ws-api/v3') {
      socket.end('HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    this.server.handleUpgrade(request, socket, head, (webSocket) => {
      this.connections.push({ path: `${path}${url.search}`, remoteAddress: request.socket.remoteAddress ?? '' });
      if (path === '/ws-api/v3') return this.wsApi.accept(webSocket);
      const names = isRaw ? path.slice('/ws/'.length).split('/') : (url.searchParams.get('streams') ?? '').split('/');
      this.streams.accept(webSocket, isCombined, names.filter((name) => name !== ''));
    });
  }
}
