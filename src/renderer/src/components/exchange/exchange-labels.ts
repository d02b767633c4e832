import { type ExchangeStatus } from '../../../../shared/schemas/exchange';
import { secondsUntil } from '../common/format';

/** Above this share of Binance's per-minute request weight the figure turns amber. */
export const WEIGHT_WARN_SHARE = 0.8;
/** A clock this far from the exchange's risks -1021 rejections (Binance's default recvWindow is 5 s). */
export const OFFSET_WARN_MS = 1000;

export type Level = 'ok' | 'warn' | 'alarm';

/** "+12 ms", "−1.4 s": how far this machine's clock runs ahead of (or behind) the exchange's. */
export function formatOffset(offsetMs: number): string {
  const sign = offsetMs > 0 ? '+' : offsetMs < 0 ? '−' : '±';
  return `${sign}${formatDuration(Math.abs(offsetMs))}`;
}

/** "12 ms", "1.5 s". */
function formatDuration(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}

export function offsetTitle(offsetMs: number): string {
  if (offsetMs === 0) return 'This machine\'s clock matches Binance\'s server time. Requests are signed with the exchange\'s time.';
  const direction = offsetMs > 0 ? 'ahead of' : 'behind';
  return `This machine's clock is ${formatDuration(Math.abs(offsetMs))} ${direction} Binance's server time. Requests are signed with the exchange's time, which is measured again whenever Binance answers -1021.`;
}

export function offsetLevel(offsetMs: number): Level {
  return Math.abs(offsetMs) >= OFFSET_WARN_MS ? 'warn' : 'ok';
}

export function weightLevel(used: number, limit: number): Level {
  if (used >= limit) return 'alarm';
  return used >= limit * WEIGHT_WARN_SHARE ? 'warn' : 'ok';
}

/** The one thing about a connection a trader must know first, and how loudly to say it. */
export function connectionHeadline(status: ExchangeStatus, now: number): { readonly text: string; readonly level: Level; readonly title: string } {
  if (status.bannedUntil !== null && status.bannedUntil > now) {
    const seconds = secondsUntil(status.bannedUntil, now);
    return {
      text: `banned · ${formatWait(seconds)}`,
      level: 'alarm',
      title: `Binance banned this IP (HTTP 418) for sending too many requests. Nothing is sent until ${new Date(status.bannedUntil).toLocaleTimeString()}; orders cannot be placed or cancelled until then.`,
    };
  }
  if (status.backoffUntil !== null && status.backoffUntil > now) {
    const seconds = secondsUntil(status.backoffUntil, now);
    return {
      text: `slow down · ${formatWait(seconds)}`,
      level: 'warn',
      title: `Binance asked to slow down (HTTP 429, Retry-After). Requests wait ${seconds} s; continuing would lead to a ban.`,
    };
  }
  if (status.state === 'failed') return { text: 'failed', level: 'alarm', title: status.lastError ?? 'The connection could not be opened.' };
  if (status.state === 'connecting') return { text: 'connecting', level: 'ok', title: 'Syncing the clock, loading markets, opening the account stream and reconciling orders…' };
  if (status.stream === 'reconnecting') {
    return { text: 'stream lost', level: 'warn', title: 'The account stream dropped and is reconnecting; orders are looked up over REST meanwhile.' };
  }
  return { text: status.state, level: 'ok', title: status.lastError === null ? 'Connected; the account stream is live.' : `Connected. Last problem: ${status.lastError}` };
}

/** "42 s", "3:05": a wait that may run to minutes. */
export function formatWait(seconds: number): string {
  if (seconds < 60) return `${seconds} s`;
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
