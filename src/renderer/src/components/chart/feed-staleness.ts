import { type CandleInterval } from '../../../../shared/domain/enums';
import { intervalMs } from '../../../../shared/market/intervals';

export type FeedState = 'connecting' | 'live' | 'polling';

/** What the toolbar badge says about the chart's data. */
export type FeedBadgeKind = 'history' | 'connecting' | 'live' | 'polling' | 'stale' | 'offline';

export interface FeedBadge {
  readonly kind: FeedBadgeKind;
  readonly label: string;
  readonly title: string;
}

export interface FeedBadgeInput {
  readonly hasAccount: boolean;
  readonly interval: CandleInterval;
  /** The feed's state as the core last reported it; null until `market.watch` answered. */
  readonly state: FeedState | null;
  /** Why watching failed (no connection, a paper account, ...); null when it did not. */
  readonly error: string | null;
  /** When the last live candle of this series arrived (wall clock, ms). */
  readonly lastUpdateAt: number | null;
  /** When the chart began watching; before the first candle, staleness counts from here. */
  readonly watchedSince: number | null;
  readonly now: number;
}

/** The longest silence a working feed may keep before the chart calls it stale. */
export const STALE_CAP_MS = 90_000;

/**
 * The rule: a feed is stale when no candle arrived for two bars' worth of time, capped at 90 s.
 * Binance's kline stream pushes the open bar every ~2 s while the market trades and the REST
 * fallback polls well inside a minute, so for every interval from 1m up the 90 s cap is what
 * applies: a minute and a half of silence means the feed (or the link to the core) is down, or
 * the market is not trading, and either way the last price on screen may be wrong.
 */
export function staleAfterMs(interval: CandleInterval): number {
  return Math.min(2 * intervalMs(interval), STALE_CAP_MS);
}

function seconds(ms: number): string {
  return ms < 120_000 ? `${Math.round(ms / 1000)} s` : `${Math.round(ms / 60_000)} min`;
}

export function feedBadge(input: FeedBadgeInput): FeedBadge {
  if (!input.hasAccount) {
    return { kind: 'history', label: 'History', title: 'Stored bars only. Pick an account to stream live candles, see its fills and its open orders.' };
  }
  if (input.error !== null) return { kind: 'offline', label: 'No feed', title: `The live feed could not start: ${input.error}` };
  const since = input.lastUpdateAt ?? input.watchedSince;
  const silence = since === null ? 0 : Math.max(0, input.now - since);
  if (silence > staleAfterMs(input.interval)) {
    const what = input.lastUpdateAt === null ? 'No live candle has arrived' : 'No live candle';
    return { kind: 'stale', label: 'Stale', title: `${what} for ${seconds(silence)}: the last price shown may be out of date.` };
  }
  switch (input.state) {
    case null:
    case 'connecting':
      return { kind: 'connecting', label: 'Connecting', title: 'Opening the live candle feed…' };
    case 'live':
      return { kind: 'live', label: 'Live', title: 'Streaming live candles from the exchange.' };
    case 'polling':
      return { kind: 'polling', label: 'Polling', title: 'The stream is down; candles are polled over REST until it reconnects.' };
  }
}
