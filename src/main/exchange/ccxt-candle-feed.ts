import { type Logger } from '../log/logger';
import { type BinanceClient } from './binance-client';
import { CandleTracker, type CandleFeedListener } from './candle';

const POLL_EVERY_MS = 2_000;
const STREAM_RETRY_EVERY_MS = 10_000;

/**
 * Live candles of one symbol and interval: from ccxt's kline stream while it works; when the
 * stream drops, from the REST klines endpoint every couple of seconds, while the stream is
 * tried again in the background. Either way the same updates come out, marked with where they
 * came from.
 */
export function watchCandles(client: BinanceClient, symbol: string, interval: string, listener: CandleFeedListener, log: Logger): () => void {
  let isStopped = false;
  let pollTimer: NodeJS.Timeout | undefined;
  let source: 'stream' | 'rest' = 'stream';
  const tracker = new CandleTracker((candle) => listener.onCandle(candle, source));
  const unified = client.safeMarket(symbol).symbol;

  async function poll(): Promise<void> {
    try {
      const rows = (await client.publicGetKlines({ symbol, interval, limit: 2 })) as Array<[number, string, string, string, string, string]>;
      for (const [openTime, open, high, low, close, volume] of rows) {
        tracker.push({ openTime, open: Number(open), high: Number(high), low: Number(low), close: Number(close), volume: Number(volume) });
      }
    } catch (error: unknown) {
      log.warn(`Polling ${symbol} ${interval} candles failed`, { error: error instanceof Error ? error.message : String(error) });
    }
  }

  function startPolling(): void {
    if (pollTimer !== undefined || isStopped) return;
    source = 'rest';
    listener.onState('polling');
    void poll();
    pollTimer = setInterval(() => void poll(), POLL_EVERY_MS);
  }

  function stopPolling(): void {
    clearInterval(pollTimer);
    pollTimer = undefined;
  }

  async function run(): Promise<void> {
    listener.onState('connecting');
    while (!isStopped) {
      try {
        const candles = (await client.watchOHLCV(unified, interval)) as number[][];
        if (isStopped) return;
        if (source !== 'stream') {
          stopPolling();
          source = 'stream';
        }
        listener.onState('live');
        for (const [openTime = 0, open = 0, high = 0, low = 0, close = 0, volume = 0] of candles) {
          tracker.push({ openTime, open, high, low, close, volume });
        }
      } catch (error: unknown) {
        if (isStopped) return;
        log.warn(`The ${symbol} ${interval} candle stream dropped; polling REST meanwhile`, { error: error instanceof Error ? error.message : String(error) });
        startPolling();
        await new Promise((resolve) => setTimeout(resolve, STREAM_RETRY_EVERY_MS));
      }
    }
  }

  void run();
  return () => {
    isStopped = true;
    stopPolling();
  };
}
