/**
 * Limits on opening positions, the same for a backtest, paper and live (a null limit is no
 * limit). They only ever stop an entry; they never close a position.
 */
export interface EntryLimitSettings {
  readonly maxTradesPerDay: number | null;
  /** Quote currency; an entry asking for more is refused, as the live gate refuses it. */
  readonly maxAmountPerTrade: number | null;
  /** After a position closes, no entry for this long. */
  readonly cooldownMs: number | null;
  /** Once equity is this fraction below its peak (0.2 = 20 %), no further entries. */
  readonly maxDrawdownPct: number | null;
}

export const NO_LIMITS: EntryLimitSettings = { maxTradesPerDay: null, maxAmountPerTrade: null, cooldownMs: null, maxDrawdownPct: null };

export type EntryRefusal = 'max-trades-per-day' | 'max-amount-per-trade' | 'cooldown' | 'max-drawdown';

const DAY = 86_400_000;

/** What EntryLimits has counted, as JSON can hold it (null for "never"), so a restart goes on counting. */
export interface EntryLimitsSnapshot {
  readonly day: number;
  readonly entriesToday: number;
  readonly lastExit: number | null;
  readonly peak: number | null;
  readonly isHalted: boolean;
}

/** Tracks what the limits need (entries today, the last exit, the equity peak) and says whether an entry may go. */
export class EntryLimits {
  #day = -1;
  #entriesToday = 0;
  #lastExit = -Infinity;
  #peak = -Infinity;
  #isHalted = false;

  constructor(readonly settings: EntryLimitSettings) {}

  /** Null when an entry of `quoteAmount` at `time` is allowed, else the limit that refuses it. */
  refusal(time: number, quoteAmount: number): EntryRefusal | null {
    const { maxTradesPerDay, maxAmountPerTrade, cooldownMs } = this.settings;
    if (this.#isHalted) return 'max-drawdown';
    if (maxAmountPerTrade !== null && quoteAmount > maxAmountPerTrade) return 'max-amount-per-trade';
    if (cooldownMs !== null && time < this.#lastExit + cooldownMs) return 'cooldown';
    if (maxTradesPerDay !== null && Math.floor(time / DAY) === this.#day && this.#entriesToday >= maxTradesPerDay) return 'max-trades-per-day';
    return null;
  }

  onEntry(time: number): void {
    const day = Math.floor(time / DAY);
    if (day !== this.#day) {
      this.#day = day;
      this.#entriesToday = 0;
    }
    this.#entriesToday += 1;
  }

  onExit(time: number): void {
    this.#lastExit = time;
  }

  snapshot(): EntryLimitsSnapshot {
    return {
      day: this.#day,
      entriesToday: this.#entriesToday,
      lastExit: Number.isFinite(this.#lastExit) ? this.#lastExit : null,
      peak: Number.isFinite(this.#peak) ? this.#peak : null,
      isHalted: this.#isHalted,
    };
  }

  restore(snapshot: EntryLimitsSnapshot): void {
    this.#day = snapshot.day;
    this.#entriesToday = snapshot.entriesToday;
    this.#lastExit = snapshot.lastExit ?? -Infinity;
    this.#peak = snapshot.peak ?? -Infinity;
    this.#isHalted = snapshot.isHalted;
  }

  /** Entries counted on `time`'s UTC day. */
  entriesOn(time: number): number {
    return Math.floor(time / DAY) === this.#day ? this.#entriesToday : 0;
  }

  /** The equity after a bar; crossing the drawdown limit halts entries for good. */
  onEquity(equity: number): void {
    if (equity > this.#peak) this.#peak = equity;
    const limit = this.settings.maxDrawdownPct;
    if (limit !== null && !this.#isHalted && equity < this.#peak * (1 - limit)) this.#isHalted = true;
  }
}
