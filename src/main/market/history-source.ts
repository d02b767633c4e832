import { type CandleInterval } from '../../shared/domain/enums';
import { endpointOf } from '../../shared/market/venue';
import { createBinanceClient, type BinanceClient } from '../exchange/binance-client';

/** One page of history: [openTime, open, high, low, close, volume] rows, oldest first. */
export type OhlcvRow = readonly [number, number, number, number, number, number];

/** Where history downloads come from: a venue's public klines, no API key needed. */
export interface HistorySource {
  /** Bars from `since` on; without it, the newest `limit` bars, the one still forming last. */
  fetchCandles(symbol: string, interval: CandleInterval, since: number | undefined, limit: number): Promise<OhlcvRow[]>;
  close(): Promise<void>;
}

export type CreateHistorySource = (venue: string) => Promise<HistorySource>;

/** Binance returns at most 1,000 klines per request. */
export const PAGE_LIMIT = 1000;

/** History through ccxt's `fetchOHLCV` on a keyless client, under ccxt's own rate limiter. */
export function ccxtHistorySources(options: { testnetUrl?: string | null; timeoutMs?: number } = {}): CreateHistorySource {
  return async (venue) => {
    const endpoint = endpointOf(venue);
    const client: BinanceClient = await createBinanceClient({
      environment: endpoint.environment,
      baseUrl: endpoint.baseUrl,
      credentials: null,
      testnetUrl: options.testnetUrl ?? null,
      ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
    });
    let isLoaded = false;
    let hasLoadFailed = false;
    return {
      async fetchCandles(symbol, interval, since, limit) {
        if (!isLoaded) {
          // ccxt keeps a failed loadMarkets promise and hands it out again unless told to reload.
          await client.loadMarkets(hasLoadFailed).catch((error: unknown) => {
            hasLoadFailed = true;
            throw error;
          });
          isLoaded = true;
        }
        const rows = await client.fetchOHLCV(client.safeMarket(symbol).symbol, interval, since, Math.min(limit, PAGE_LIMIT));
        return rows.map((row) => [row[0] ?? NaN, row[1] ?? NaN, row[2] ?? NaN, row[3] ?? NaN, row[4] ?? NaN, row[5] ?? NaN] as const);
      },
      close: () => client.close(),
    };
  };
}
