import { type CandleInterval } from '../../../shared/domain/enums';

export interface FeedTarget {
  readonly accountId: number;
  readonly symbol: string;
  readonly interval: CandleInterval;
}

export type FeedState = 'connecting' | 'live' | 'polling';
export type WatchResult = { ok: true; state: FeedState } | { ok: false; error: unknown };

export interface FeedWatcherDeps {
  readonly watch: (target: FeedTarget) => Promise<FeedState>;
  readonly unwatch: (target: FeedTarget) => Promise<unknown>;
  /** How long a feed nobody watches any more is kept before it is stopped. */
  readonly releaseDelayMs: number;
  readonly setTimeout: (run: () => void, ms: number) => unknown;
  readonly clearTimeout: (handle: unknown) => void;
}

interface Entry {
  readonly target: FeedTarget;
  readonly listeners: Set<(result: WatchResult) => void>;
  last: WatchResult | null;
  releaseTimer: unknown;
}

const keyOf = (target: FeedTarget): string => `${target.accountId}:${target.symbol}:${target.interval}`;

/**
 * Counts who watches each live feed in this page. The core keeps one feed per account, symbol
 * and interval and `market.unwatch` stops it whoever else still looks, so a feed is only
 * released when the last watcher here lets go, and only after a short delay: flipping to
 * another timeframe and back, or React mounting an effect twice, does not tear the stream down
 * and open it again.
 */
export class FeedWatcher {
  readonly #entries = new Map<string, Entry>();
  readonly #deps: FeedWatcherDeps;

  constructor(deps: FeedWatcherDeps) {
    this.#deps = deps;
  }

  /** Starts (or joins) the feed; `listener` hears how `market.watch` answered. Returns release. */
  acquire(target: FeedTarget, listener: (result: WatchResult) => void): () => void {
    const key = keyOf(target);
    let entry = this.#entries.get(key);
    if (entry === undefined) {
      entry = { target, listeners: new Set(), last: null, releaseTimer: null };
      this.#entries.set(key, entry);
      entry.listeners.add(listener);
      this.#watch(entry);
    } else {
      if (entry.releaseTimer !== null) this.#deps.clearTimeout(entry.releaseTimer);
      entry.releaseTimer = null;
      entry.listeners.add(listener);
      // A feed that failed to start is asked for again by whoever comes next.
      if (entry.last !== null && !entry.last.ok) this.#watch(entry);
      else if (entry.last !== null) listener(entry.last);
    }
    const held = entry;
    let isReleased = false;
    return () => {
      if (isReleased) return;
      isReleased = true;
      held.listeners.delete(listener);
      if (held.listeners.size > 0) return;
      held.releaseTimer = this.#deps.setTimeout(() => {
        if (this.#entries.get(key) !== held || held.listeners.size > 0) return;
        this.#entries.delete(key);
        void this.#deps.unwatch(held.target).catch(() => undefined);
      }, this.#deps.releaseDelayMs);
    };
  }

  /**
   * Asks for a held feed again: after the link to the core dropped (the core may have restarted
   * and lost it), or to retry one that failed. `market.watch` of a running feed only answers
   * its state.
   */
  refresh(target: FeedTarget): void {
    const entry = this.#entries.get(keyOf(target));
    if (entry !== undefined && entry.listeners.size > 0) this.#watch(entry);
  }

  /** Feeds currently held (watched, or waiting out their release delay). */
  get size(): number {
    return this.#entries.size;
  }

  #watch(entry: Entry): void {
    this.#deps.watch(entry.target).then(
      (state) => this.#report(entry, { ok: true, state }),
      (error: unknown) => {
        // A failed watch holds nothing on the core: forget it, so the next acquire asks again.
        if (this.#entries.get(keyOf(entry.target)) === entry && entry.listeners.size === 0) this.#entries.delete(keyOf(entry.target));
        this.#report(entry, { ok: false, error });
      },
    );
  }

  #report(entry: Entry, result: WatchResult): void {
    entry.last = result;
    for (const listener of [...entry.listeners]) listener(result);
  }
}
