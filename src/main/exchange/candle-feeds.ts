import { type EventBus } from '../core/event-bus';
import { type Logger } from '../log/logger';
import { type SeriesKey } from '../market/candle-store';
import { isCandleInterval } from '../../shared/market/intervals';
import { type FeedState, type LiveCandle } from './candle';
import { type ExchangeService } from './exchange-service';

/** What a live feed does with stored history. */
export interface LiveHistory {
  /** A closed candle is stored once, when the next one begins. */
  storeClosed(key: SeriesKey, candle: LiveCandle): void;
  /** A feed that starts fills in the recent bars the store lacks, so the chart has a past. */
  fetchRecent(key: SeriesKey): void;
}

interface Feed {
  readonly stop: () => void;
  state: FeedState;
}

/**
 * The live candle feeds windows asked for, one per account, symbol and interval however many
 * windows watch it; every update goes out as a `market.candle` event. Each watch is counted,
 * so a feed stops only when the last window watching it lets go.
 */
export class CandleFeeds {
  readonly #feeds = new Map<string, Promise<Feed>>();
  readonly #watchers = new Map<string, number>();

  constructor(
    private readonly exchange: ExchangeService,
    private readonly bus: EventBus,
    private readonly logger: Logger,
    private readonly history: LiveHistory = { storeClosed: () => undefined, fetchRecent: () => undefined },
  ) {}

  async watch(accountId: number, symbol: string, interval: string): Promise<FeedState> {
    const key = `${accountId}:${symbol}:${interval}`;
    let feed = this.#feeds.get(key);
    if (feed === undefined) {
      feed = this.#open(accountId, symbol, interval);
      this.#feeds.set(key, feed);
      feed.catch(() => {
        this.#feeds.delete(key);
        this.#watchers.delete(key);
      });
    }
    this.#watchers.set(key, (this.#watchers.get(key) ?? 0) + 1);
    return (await feed).state;
  }

  /** True when this was the last watcher and the feed stopped. */
  async unwatch(accountId: number, symbol: string, interval: string): Promise<boolean> {
    const key = `${accountId}:${symbol}:${interval}`;
    const left = (this.#watchers.get(key) ?? 0) - 1;
    if (left > 0) {
      this.#watchers.set(key, left);
      return false;
    }
    this.#watchers.delete(key);
    const feed = await this.#feeds.get(key)?.catch(() => undefined);
    this.#feeds.delete(key);
    feed?.stop();
    return feed !== undefined;
  }

  async stopAll(): Promise<void> {
    const feeds = await Promise.all([...this.#feeds.values()].map((feed) => feed.catch(() => undefined)));
    this.#feeds.clear();
    this.#watchers.clear();
    for (const feed of feeds) feed?.stop();
  }

  async #open(accountId: number, symbol: string, interval: string): Promise<Feed> {
    const connection = await this.exchange.connect(accountId);
    const feed: Feed = { stop: () => undefined, state: 'connecting' };
    const stop = connection.gateway.watchCandles(
      symbol,
      interval,
      {
        onCandle: (candle, source) => {
          if (candle.isClosed && isCandleInterval(interval)) this.history.storeClosed({ venue: connection.venue, symbol, interval }, candle);
          this.bus.emit('market.candle', { accountId, symbol, interval, ...candle, source });
        },
        onState: (state) => {
          feed.state = state;
          this.bus.emit('market.feed', { accountId, symbol, interval, state });
        },
      },
    );
    this.logger.child('market').info(`Watching ${symbol} ${interval} candles on account ${accountId}`);
    if (isCandleInterval(interval)) this.history.fetchRecent({ venue: connection.venue, symbol, interval });
    return Object.assign(feed, { stop });
  }
}
