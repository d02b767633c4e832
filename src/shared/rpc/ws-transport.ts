import { isEventName, type EventName, type MethodName } from '../contract';
import { type Result } from './errors';
import { ServerFrameSchema, type CallFrame } from './wire';

/** The part of a WebSocket this transport uses; satisfied by the browser's and by `ws`. */
export interface SocketLike {
  readonly readyState: number;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  onopen: ((event: unknown) => void) | null;
  onmessage: ((event: { data: unknown }) => void) | null;
  onclose: ((event: unknown) => void) | null;
  onerror: ((event: unknown) => void) | null;
}

export type SocketFactory = (url: string) => SocketLike;
export type LinkState = 'connecting' | 'open' | 'closed';

export interface WsTransportOptions {
  readonly url: string;
  readonly createSocket: SocketFactory;
  /** How long a call may wait for the link to open before it fails as UNAVAILABLE. */
  readonly connectTimeoutMs?: number;
  readonly reconnectDelaysMs?: readonly number[];
}

const OPEN = 1;

interface Pending {
  readonly resolve: (result: Result<unknown>) => void;
  readonly frame: string;
}

/**
 * The web shell's client side of the contract: calls become frames with ids, results are
 * matched back by id, events fan out to listeners, and a dropped link reconnects with backoff.
 * A call cut off by a dropped link resolves as UNAVAILABLE with a message saying its outcome is
 * unknown; it is never retried blindly, because the core may already have acted on it.
 */
export class WsTransport {
  readonly #options: Required<WsTransportOptions>;
  readonly #eventListeners = new Set<(name: EventName, payload: unknown) => void>();
  readonly #stateListeners = new Set<(state: LinkState) => void>();
  readonly #sent = new Map<number, Pending>();
  readonly #waiting: Array<{ id: number; pending: Pending; timer: ReturnType<typeof setTimeout> }> = [];
  #socket: SocketLike | null = null;
  #state: LinkState = 'closed';
  #nextId = 1;
  #attempt = 0;
  #isStopped = false;
  #reconnectTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(options: WsTransportOptions) {
    this.#options = { connectTimeoutMs: 15_000, reconnectDelaysMs: [250, 500, 1000, 2000, 5000], ...options };
    this.#connect();
  }

  get state(): LinkState {
    return this.#state;
  }

  call(method: MethodName, input: unknown): Promise<Result<unknown>> {
    return new Promise((resolve) => {
      const id = this.#nextId++;
      const frame: CallFrame = { t: 'call', id, method, input };
      const pending: Pending = { resolve, frame: JSON.stringify(frame) };
      if (this.#socket?.readyState === OPEN) return this.#send(id, pending);
      const timer = setTimeout(() => {
        const index = this.#waiting.findIndex((entry) => entry.id === id);
        if (index >= 0) this.#waiting.splice(index, 1);
        resolve(unavailable('Not connected to the Tradewind core'));
      }, this.#options.connectTimeoutMs);
      this.#waiting.push({ id, pending, timer });
    });
  }

  listen(listener: (name: EventName, payload: unknown) => void): () => void {
    this.#eventListeners.add(listener);
    return () => this.#eventListeners.delete(listener);
  }

  onState(listener: (state: LinkState) => void): () => void {
    this.#stateListeners.add(listener);
    return () => this.#stateListeners.delete(listener);
  }

  /**
   * Drops the link and opens a new one at once: the web shell authenticates a socket when it
   * opens, so after signing in (a new session cookie) the page reconnects to use it.
   */
  reconnect(): void {
    if (this.#isStopped) return;
    clearTimeout(this.#reconnectTimer);
    const old = this.#socket;
    this.#socket = null;
    old?.close(1000, 'reconnecting');
    this.#failSent('The link to the Tradewind core was reopened; the outcome of this request is unknown');
    this.#attempt = 0;
    this.#connect();
  }

  close(): void {
    this.#isStopped = true;
    clearTimeout(this.#reconnectTimer);
    this.#socket?.close(1000, 'client closing');
    this.#failSent('The link to the Tradewind core was closed');
    for (const entry of this.#waiting.splice(0)) {
      clearTimeout(entry.timer);
      entry.pending.resolve(unavailable('The link to the Tradewind core was closed'));
    }
  }

  #connect(): void {
    this.#setState('connecting');
    const socket = this.#options.createSocket(this.#options.url);
    this.#socket = socket;
    socket.onopen = () => {
      this.#attempt = 0;
      this.#setState('open');
      for (const entry of this.#waiting.splice(0)) {
        clearTimeout(entry.timer);
        this.#send(entry.id, entry.pending);
      }
    };
    socket.onmessage = (event) => this.#receive(event.data);
    socket.onerror = () => undefined; // a close event always follows and drives reconnection
    socket.onclose = () => {
      if (this.#socket !== socket) return;
      this.#socket = null;
      this.#failSent('The link to the Tradewind core dropped; the outcome of this request is unknown');
      if (this.#isStopped) return this.#setState('closed');
      this.#setState('closed');
      const delays = this.#options.reconnectDelaysMs;
      const delay = delays[Math.min(this.#attempt++, delays.length - 1)] ?? 1000;
      this.#reconnectTimer = setTimeout(() => this.#connect(), delay);
    };
  }

  #send(id: number, pending: Pending): void {
    this.#sent.set(id, pending);
    this.#socket?.send(pending.frame);
  }

  #receive(data: unknown): void {
    if (typeof data !== 'string') return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(data);
    } catch {
      return;
    }
    const frame = ServerFrameSchema.safeParse(parsed);
    if (!frame.success) return;
    if (frame.data.t === 'event') {
      const { name, payload } = frame.data;
      if (!isEventName(name)) return;
      for (const listener of this.#eventListeners) listener(name, payload);
      return;
    }
    const id = frame.data.id;
    if (typeof id !== 'number') return;
    const pending = this.#sent.get(id);
    if (!pending) return;
    this.#sent.delete(id);
    pending.resolve(frame.data.result);
  }

  #failSent(message: string): void {
    for (const pending of this.#sent.values()) pending.resolve(unavailable(message));
    this.#sent.clear();
  }

  #setState(state: LinkState): void {
    if (state === this.#state) return;
    this.#state = state;
    for (const listener of this.#stateListeners) listener(state);
  }
}

function unavailable(message: string): Result<never> {
  return { ok: false, error: { code: 'UNAVAILABLE', message } };
}
