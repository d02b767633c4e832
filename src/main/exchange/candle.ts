/** One candle as the live feed reports it. Market data is float64 by design (see ARCHITECTURE). */
export interface LiveCandle {
  readonly openTime: number;
  readonly open: number;
  readonly high: number;
  readonly low: number;
  readonly close: number;
  readonly volume: number;
  /** A newer candle has begun, so this one will not change again. */
  readonly isClosed: boolean;
}

export type FeedSource = 'stream' | 'rest';
export type FeedState = 'connecting' | 'live' | 'polling';

export interface CandleFeedListener {
  onCandle(candle: LiveCandle, source: FeedSource): void;
  onState(state: FeedState): void;
}

/**
 * Turns a sequence of candle snapshots (the forming candle, over and over) into updates, and
 * notices when a candle closed: when the next one begins. A candle is passed on closed once.
 */
export class CandleTracker {
  #current: LiveCandle | null = null;

  constructor(private readonly emit: (candle: LiveCandle) => void) {}

  push(candle: Omit<LiveCandle, 'isClosed'>): void {
    const current = this.#current;
    if (current !== null && candle.openTime < current.openTime) return;
    if (current !== null && candle.openTime > current.openTime) this.emit({ ...current, isClosed: true });
    const next = { ...candle, isClosed: false };
    this.#current = next;
    this.emit(next);
  }
}
