/**
 * What Binance's answers say about how hard we may push: used request weight from the
 * `X-MBX-USED-WEIGHT-1M` header, a 429 (back off until Retry-After) and a 418 ban (no request
 * at all until it ends). Every request of an account's connection asks here first.
 */
export interface GuardState {
  readonly usedWeight1m: number | null;
  readonly backoffUntil: number | null;
  readonly bannedUntil: number | null;
}

export class RequestRefusedError extends Error {
  override readonly name = 'RequestRefusedError';
  readonly retryAfterMs: number;
  readonly isBan: boolean;

  constructor(message: string, retryAfterMs: number, isBan: boolean) {
    super(message);
    this.retryAfterMs = retryAfterMs;
    this.isBan = isBan;
  }
}

const DEFAULT_RETRY_AFTER_MS = 60_000;

export class RequestGuard {
  readonly #now: () => number;
  readonly #onChange: (state: GuardState) => void;
  #usedWeight1m: number | null = null;
  #backoffUntil: number | null = null;
  #bannedUntil: number | null = null;

  constructor(onChange: (state: GuardState) => void, now: () => number = Date.now) {
    this.#onChange = onChange;
    this.#now = now;
  }

  get state(): GuardState {
    const now = this.#now();
    return {
      usedWeight1m: this.#usedWeight1m,
      backoffUntil: this.#backoffUntil !== null && this.#backoffUntil > now ? this.#backoffUntil : null,
      bannedUntil: this.#bannedUntil !== null && this.#bannedUntil > now ? this.#bannedUntil : null,
    };
  }

  /** Throws instead of letting a request go out during a ban or a back-off. */
  assertMaySend(): void {
    const { bannedUntil, backoffUntil } = this.state;
    const now = this.#now();
    if (bannedUntil !== null) {
      throw new RequestRefusedError(`Binance has banned this IP for ${Math.ceil((bannedUntil - now) / 1000)} s more (HTTP 418); nothing is sent until then`, bannedUntil - now, true);
    }
    if (backoffUntil !== null) {
      throw new RequestRefusedError(`Binance asked to slow down (HTTP 429); next request in ${Math.ceil((backoffUntil - now) / 1000)} s`, backoffUntil - now, false);
    }
  }

  /** Resolves when requests may go out again (background work waits instead of failing). */
  async waitUntilClear(): Promise<void> {
    const { bannedUntil, backoffUntil } = this.state;
    const until = Math.max(bannedUntil ?? 0, backoffUntil ?? 0);
    const wait = until - this.#now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  }

  /** Every REST answer passes through here (status and headers, lower-cased names). */
  observe(status: number, headers: Readonly<Record<string, string | undefined>>): void {
    const weight = Number(headers['x-mbx-used-weight-1m']);
    if (Number.isFinite(weight)) this.#usedWeight1m = weight;
    if (status === 429 || status === 418) {
      const retryAfterSeconds = Number(headers['retry-after']);
      const until = this.#now() + (Number.isFinite(retryAfterSeconds) && retryAfterSeconds > 0 ? retryAfterSeconds * 1000 : DEFAULT_RETRY_AFTER_MS);
      if (status === 418) this.#bannedUntil = until;
      else this.#backoffUntil = until;
    }
    this.#onChange(this.state);
  }
}
