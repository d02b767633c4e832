import { setTimeout as sleep } from 'node:timers/promises';
import { type WebSocket } from 'ws';
import { type AccountBook } from './accounts';
import { type ServerClock } from './clock';
import { BinanceError, binanceErrors } from './errors';
import { type Faults } from './faults';
import { toRecord } from './params';
import { type UserEvents } from './user-events';
import { type WeightCounter } from './weights';
import { authenticateWsParams } from './ws-api-auth';

export interface WsApiDeps {
  accounts: AccountBook;
  clock: ServerClock;
  events: UserEvents;
  weights: WeightCounter;
  faults: Faults;
}

interface Session {
  socket: WebSocket;
  subscriptions: Map<number, () => void>;
  nextSubscriptionId: number;
}

const WEIGHTS: Readonly<Record<string, number>> = {
  ping: 1,
  time: 1,
  'userDataStream.subscribe.signature': 2,
  'userDataStream.unsubscribe': 2,
  'session.subscriptions': 2,
};

/**
 * Binance's WebSocket API (/ws-api/v3), as far as ccxt 4.5.84 uses it: the user data stream
 * through `userDataStream.subscribe.signature`, whose events arrive as
 * {"subscriptionId": n, "event": {...}}, plus ping and time. Replies are
 * {id, status, result, rateLimits} or {id, status, error: {code, msg}, rateLimits}.
 */
export class WsApi {
  private readonly sessions = new Set<Session>();

  constructor(private readonly deps: WsApiDeps) {}

  accept(socket: WebSocket): void {
    const session: Session = { socket, subscriptions: new Map(), nextSubscriptionId: 0 };
    this.sessions.add(session);
    socket.on('close', () => {
      for (const unsubscribe of session.subscriptions.values()) unsubscribe();
      this.sessions.delete(session);
    });
    socket.on('message', (data: Buffer) => {
      this.onMessage(session, data.toString('utf8')).catch((error: unknown) => console.error('binance emulator: ws-api request failed', error));
    });
  }

  terminateAll(): void {
    for (const session of this.sessions) session.socket.terminate();
  }

  private async onMessage(session: Session, text: string): Promise<void> {
    let request: Record<string, unknown> = {};
    try {
      request = toRecord(JSON.parse(text));
    } catch {
      // Answered below as a request without a method.
    }
    const { id = null, method } = request;
    if (this.deps.faults.latencyMs > 0) await sleep(this.deps.faults.latencyMs);
    const weight = this.deps.weights.add('api', typeof method === 'string' ? (WEIGHTS[method] ?? 1) : 1, this.deps.clock.now());
    const rateLimits = [{ rateLimitType: 'REQUEST_WEIGHT', interval: 'MINUTE', intervalNum: 1, limit: 6000, count: weight }];
    try {
      const result = this.handle(session, method, toRecord(request['params']));
      this.send(session, { id, status: 200, result, rateLimits });
    } catch (error) {
      const rejection = error instanceof BinanceError ? error : binanceErrors.unknown();
      if (!(error instanceof BinanceError)) console.error('binance emulator: ws-api handler failed', error);
      this.send(session, { id, status: rejection.httpStatus, error: rejection.body(), rateLimits });
    }
  }

  private handle(session: Session, method: unknown, params: Record<string, unknown>): unknown {
    switch (method) {
      case 'ping':
        return {};
      case 'time':
        return { serverTime: this.deps.clock.now() };
      case 'userDataStream.subscribe.signature': {
        const account = authenticateWsParams(params, this.deps.accounts, this.deps.clock.now());
        const subscriptionId = session.nextSubscriptionId++;
        const unsubscribe = this.deps.events.subscribe(account.apiKey, (event) => this.send(session, { subscriptionId, event }));
        session.subscriptions.set(subscriptionId, unsubscribe);
        return { subscriptionId };
      }
      case 'userDataStream.unsubscribe': {
        const only = params['subscriptionId'];
        for (const [subscriptionId, unsubscribe] of session.subscriptions) {
          if (only !== undefined && only !== subscriptionId) continue;
          unsubscribe();
          session.subscriptions.delete(subscriptionId);
        }
        return {};
      }
      case 'session.subscriptions':
        return [...session.subscriptions.keys()].map((subscriptionId) => ({ subscriptionId }));
      case undefined:
        throw binanceErrors.mandatoryParam('method');
      default:
        throw binanceErrors.unsupported();
    }
  }

  private send(session: Session, message: object): void {
    if (session.socket.readyState === session.socket.OPEN) session.socket.send(JSON.stringify(message));
  }
}
