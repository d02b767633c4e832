import { type AppState, type AppStatus } from '../../shared/schemas/app';
import { type EventBus } from './event-bus';

/**
 * The app's one status, announced on every change and repeated as a heartbeat so a window can
 * tell a quiet core from a dead link.
 */
export class StatusService {
  readonly #bus: EventBus;
  readonly #startedAt: number;
  #state: AppState = 'starting';
  #message: string | null = null;
  #heartbeat: NodeJS.Timeout | undefined;

  constructor(bus: EventBus, startedAt: number = Date.now()) {
    this.#bus = bus;
    this.#startedAt = startedAt;
  }

  current(): AppStatus {
    return { state: this.#state, startedAt: this.#startedAt, at: Date.now(), message: this.#message };
  }

  set(state: AppState, message: string | null = null): void {
    if (state === this.#state && message === this.#message) return;
    this.#state = state;
    this.#message = message;
    this.#bus.emit('app.status', this.current());
  }

  startHeartbeat(intervalMs: number): void {
    this.stopHeartbeat();
    this.#heartbeat = setInterval(() => this.#bus.emit('app.status', this.current()), intervalMs);
    this.#heartbeat.unref();
  }

  stopHeartbeat(): void {
    clearInterval(this.#heartbeat);
    this.#heartbeat = undefined;
  }
}
