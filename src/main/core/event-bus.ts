import { contract, type EventName, type EventPayload } from '../../shared/contract';

export type EventListener = (name: EventName, payload: unknown) => void;

/**
 * In-process fan-out of the contract's pushed events to every connected shell. Payloads are
 * parsed against the contract on emit, so what reaches a window is exactly what the contract
 * declares. A failing listener (a window that went away) never stops the others.
 */
export class EventBus {
  readonly #listeners = new Set<EventListener>();
  readonly #onListenerError: (error: unknown) => void;

  constructor(onListenerError: (error: unknown) => void) {
    this.#onListenerError = onListenerError;
  }

  on(listener: EventListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  emit<E extends EventName>(name: E, payload: EventPayload<E>): void {
    const checked: unknown = contract.events[name].payload.parse(payload);
    for (const listener of this.#listeners) {
      try {
        listener(name, checked);
      } catch (error: unknown) {
        this.#onListenerError(error);
      }
    }
  }

  get listenerCount(): number {
    return this.#listeners.size;
  }
}
