/**
 * Slows down guessing a passphrase. Each source (an IP address, the desktop window) gets a few
 * free attempts, then has to wait twice as long after every further failure, up to a cap. A
 * global count does the same more leniently, so many sources cannot add up to a fast guess.
 */
export interface ThrottlePolicy {
  readonly freeAttempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  readonly globalFreeAttempts: number;
}

export const DEFAULT_THROTTLE: ThrottlePolicy = {
  freeAttempts: 3,
  baseDelayMs: 1_000,
  maxDelayMs: 5 * 60_000,
  globalFreeAttempts: 20,
};

interface Record {
  failures: number;
  blockedUntil: number;
}

export type ThrottleDecision = { isAllowed: true } | { isAllowed: false; retryAfterMs: number };

export class AttemptThrottle {
  readonly #policy: ThrottlePolicy;
  readonly #now: () => number;
  readonly #bySource = new Map<string, Record>();
  readonly #global: Record = { failures: 0, blockedUntil: 0 };

  constructor(policy: ThrottlePolicy = DEFAULT_THROTTLE, now: () => number = Date.now) {
    this.#policy = policy;
    this.#now = now;
  }

  check(source: string): ThrottleDecision {
    const until = Math.max(this.#bySource.get(source)?.blockedUntil ?? 0, this.#global.blockedUntil);
    const wait = until - this.#now();
    return wait > 0 ? { isAllowed: false, retryAfterMs: wait } : { isAllowed: true };
  }

  /** Returns how many failures this source has now made in a row. */
  recordFailure(source: string): number {
    const record = this.#bySource.get(source) ?? { failures: 0, blockedUntil: 0 };
    record.failures++;
    record.blockedUntil = this.#now() + this.#delay(record.failures, this.#policy.freeAttempts);
    this.#bySource.set(source, record);
    this.#global.failures++;
    this.#global.blockedUntil = this.#now() + this.#delay(this.#global.failures, this.#policy.globalFreeAttempts);
    return record.failures;
  }

  recordSuccess(source: string): void {
    this.#bySource.delete(source);
    this.#global.failures = 0;
    this.#global.blockedUntil = 0;
  }

  #delay(failures: number, free: number): number {
    if (failures < free) return 0;
    return Math.min(this.#policy.baseDelayMs * 2 ** (failures - free), this.#policy.maxDelayMs);
  }
}
