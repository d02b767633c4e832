import { type LinkSource } from './link-source';

/**
 * What the person is told about the link. `disconnected` means reconnecting has not worked for
 * a while: the usual cause is a restarted web shell, which prints a new URL with a new token.
 */
export type LinkStatus = 'connecting' | 'connected' | 'reconnecting' | 'disconnected';

export interface LinkMonitor {
  readonly get: () => LinkStatus;
  readonly subscribe: (listener: () => void) => () => void;
  /** Called each time the link opens again after having dropped (not on the first open). */
  readonly onReconnected: (listener: () => void) => () => void;
}

/** How long a dropped link may keep retrying before we call it disconnected. */
export const DISCONNECTED_AFTER_MS = 10_000;

/** Derives the person-facing status from the transport's raw state, with a grace timer. */
export function monitorLink(source: LinkSource, graceMs: number = DISCONNECTED_AFTER_MS): LinkMonitor {
  const listeners = new Set<() => void>();
  const reconnectListeners = new Set<() => void>();
  let hasEverOpened = false;
  let hasGivenUp = false;
  let graceTimer: ReturnType<typeof setTimeout> | undefined;
  let status: LinkStatus = 'connecting';

  const derive = (): LinkStatus => {
    if (source.get() === 'open') return 'connected';
    if (hasGivenUp) return 'disconnected';
    return hasEverOpened ? 'reconnecting' : 'connecting';
  };

  const publish = (): void => {
    const next = derive();
    if (next === status) return;
    status = next;
    for (const listener of listeners) listener();
  };

  const startGrace = (): void => {
    if (graceTimer !== undefined) return;
    graceTimer = setTimeout(() => {
      hasGivenUp = true;
      publish();
    }, graceMs);
  };

  const onRawChange = (): void => {
    if (source.get() === 'open') {
      clearTimeout(graceTimer);
      graceTimer = undefined;
      hasGivenUp = false;
      const isReconnect = hasEverOpened;
      hasEverOpened = true;
      publish();
      if (isReconnect) for (const listener of reconnectListeners) listener();
      return;
    }
    startGrace();
    publish();
  };

  // Kept for the life of the page: there is one link and one monitor.
  source.subscribe(onRawChange);
  onRawChange();

  return {
    get: () => status,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onReconnected: (listener) => {
      reconnectListeners.add(listener);
      return () => reconnectListeners.delete(listener);
    },
  };
}
