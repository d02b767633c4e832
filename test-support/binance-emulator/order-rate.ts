import { type Account } from './accounts';

const TEN_SECONDS_MS = 10_000;
const DAY_MS = 86_400_000;

interface Window {
  start: number;
  count: number;
}

/** Orders placed per account in fixed 10-second and day windows: X-MBX-ORDER-COUNT-10S / -1D. */
export class OrderRate {
  private readonly windows = new Map<Account, { tenSeconds: Window; day: Window }>();

  /** `count` orders at once: an OCO counts as 2. */
  add(account: Account, now: number, count = 1): Record<string, string> {
    const windows = this.windows.get(account) ?? { tenSeconds: { start: -1, count: 0 }, day: { start: -1, count: 0 } };
    this.windows.set(account, windows);
    const bump = (window: Window, length: number): number => {
      const start = now - (now % length);
      if (window.start !== start) Object.assign(window, { start, count: 0 });
      window.count += count;
      return window.count;
    };
    return {
      'X-MBX-ORDER-COUNT-10S': String(bump(windows.tenSeconds, TEN_SECONDS_MS)),
      'X-MBX-ORDER-COUNT-1D': String(bump(windows.day, DAY_MS)),
    };
  }
}
