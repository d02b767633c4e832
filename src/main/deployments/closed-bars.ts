import { type CandleInterval } from '../../shared/domain/enums';
import { intervalMs } from '../../shared/market/intervals';
import { type BarView } from '../../shared/strategy/types';
import { type EventBus } from '../core/event-bus';
import { type CandleFeeds } from '../exchange/candle-feeds';
import { type ExchangeService } from '../exchange/exchange-service';
import { PAGE_LIMIT, type CreateHistorySource, type HistorySource, type OhlcvRow } from '../market/history-source';
import { type LiveCandle } from '../exchange/candle';

export interface BarKey {
  readonly accountId: number;
  readonly symbol: string;
  readonly interval: CandleInterval;
}

/** Where a deployment's closed bars come from: the account's exchange, as history and live. */
export interface ClosedBars {
  /** The newest `count` closed bars, oldest first, ending at `upTo` (a closed bar's open time) or at the newest closed bar now. */
  newest(key: BarKey, count: number, upTo?: number): Promise<BarView[]>;
  /** Closed bars with open times from `from` to `to` (both closed), oldest first. */
  between(key: BarKey, from: number, to: number): Promise<BarView[]>;
  /** Calls `onClosed` with each bar as it closes, from now on; the returned function stops it. */
  watch(key: BarKey, onClosed: (bar: BarView) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

export interface ExchangeClosedBarsDeps {
  readonly exchange: ExchangeService;
  readonly feeds: CandleFeeds;
  readonly bus: EventBus;
  readonly sources: CreateHistorySource;
}

const barOf = (row: OhlcvRow): BarView => ({ time: row[0], open: row[1], high: row[2], low: row[3], close: row[4], volume: row[5] });

/**
 * Closed bars from the account's exchange: history through its public klines (paged, no key),
 * live through the shared candle feed, which says a bar closed when the next one begins. A
 * feed can skip bars (a dropped stream, a fast replay), so callers fill gaps with `between`.
 */
export function exchangeClosedBars(deps: ExchangeClosedBarsDeps): ClosedBars {
  const sources = new Map<string, Promise<HistorySource>>();

  async function sourceFor(accountId: number): Promise<HistorySource> {
    const { venue } = await deps.exchange.connect(accountId);
    let source = sources.get(venue);
    if (source === undefined) {
      source = deps.sources(venue);
      sources.set(venue, source);
      source.catch(() => sources.delete(venue));
    }
    return source;
  }

  async function between(key: BarKey, from: number, to: number): Promise<BarView[]> {
    const source = await sourceFor(key.accountId);
    const bars: BarView[] = [];
    let since = from;
    while (since <= to) {
      const rows = await source.fetchCandles(key.symbol, key.interval, since, PAGE_LIMIT);
      const fresh = rows.filter((row) => row[0] >= since && row[0] <= to);
      bars.push(...fresh.map(barOf));
      const last = rows.at(-1);
      if (fresh.length === 0 || last === undefined || last[0] >= to || rows.length < PAGE_LIMIT) break;
      since = last[0] + 1;
    }
    return bars;
  }

  return {
    async newest(key, count, upTo) {
      let end = upTo;
      if (end === undefined) {
        const source = await sourceFor(key.accountId);
        // The newest two bars: the one still forming comes last, the newest closed before it.
        const rows = await source.fetchCandles(key.symbol, key.interval, undefined, 2);
        const closed = rows.at(-2);
        if (closed === undefined) return [];
        end = closed[0];
      }
      return between(key, end - (count - 1) * intervalMs(key.interval), end);
    },
    between,
    async watch(key, onClosed) {
      const stopListening = deps.bus.on((name, payload) => {
        if (name !== 'market.candle') return;
        const candle = payload as LiveCandle & { accountId: number; symbol: string; interval: string };
        if (!candle.isClosed || candle.accountId !== key.accountId || candle.symbol !== key.symbol || candle.interval !== key.interval) return;
        onClosed({ time: candle.openTime, open: candle.open, high: candle.high, low: candle.low, close: candle.close, volume: candle.volume });
      });
      try {
        await deps.feeds.watch(key.accountId, key.symbol, key.interval);
      } catch (error: unknown) {
        stopListening();
        throw error;
      }
      return async () => {
        stopListening();
        await deps.feeds.unwatch(key.accountId, key.symbol, key.interval);
      };
    },
    async close() {
      const open = await Promise.all([...sources.values()].map((source) => source.catch(() => null)));
      sources.clear();
      await Promise.all(open.map((source) => source?.close() ?? Promise.resolve()));
    },
  };
}
