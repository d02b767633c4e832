import { type UsedWeight } from './types';

export type WeightPool = keyof UsedWeight;

const MINUTE_MS = 60_000;

/**
 * Request weight per IP in fixed calendar minutes, as Binance counts it. /api and /sapi are
 * separate pools with separate headers. Nothing is enforced yet; the fault issue adds 429/418.
 */
export class WeightCounter {
  private minute = -1;
  private used: UsedWeight = { api: 0, sapi: 0 };

  add(pool: WeightPool, weight: number, now: number): number {
    this.roll(now);
    this.used[pool] += weight;
    return this.used[pool];
  }

  current(now: number): UsedWeight {
    this.roll(now);
    return { ...this.used };
  }

  private roll(now: number): void {
    const minute = Math.floor(now / MINUTE_MS);
    if (minute !== this.minute) {
      this.minute = minute;
      this.used = { api: 0, sapi: 0 };
    }
  }
}

export const WEIGHT_HEADER: Record<WeightPool, string> = {
  api: 'X-MBX-USED-WEIGHT-1M',
  sapi: 'X-SAPI-USED-IP-WEIGHT-1M',
};
