/** The timer functions a coalescer uses; tests pass fakes. */
export interface Timers {
  readonly setTimeout: (run: () => void, ms: number) => unknown;
  readonly clearTimeout: (handle: unknown) => void;
}

export interface Coalesced {
  /** Asks for a run within `waitMs`; asks made while one is pending join it. */
  readonly request: () => void;
  /** Runs now, dropping the pending one. */
  readonly flush: () => void;
  readonly cancel: () => void;
}

const DEFAULT_TIMERS: Timers = {
  setTimeout: (run, ms) => globalThis.setTimeout(run, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
};

/**
 * Turns a burst of requests into one run at the end of a window. A download stores a page
 * every fraction of a second, and each page is a `candles.stored` event: asking the core for
 * the coverage once per event would have it recount the gaps of millions of bars many times a
 * second. Every request is followed by a run that starts after it, so the last change is never
 * missed.
 */
export function coalesce(run: () => void, waitMs: number, timers: Timers = DEFAULT_TIMERS): Coalesced {
  let pending: unknown = null;
  const cancel = (): void => {
    if (pending !== null) timers.clearTimeout(pending);
    pending = null;
  };
  return {
    request: () => {
      if (pending !== null) return;
      pending = timers.setTimeout(() => {
        pending = null;
        run();
      }, waitMs);
    },
    flush: () => {
      cancel();
      run();
    },
    cancel,
  };
}
