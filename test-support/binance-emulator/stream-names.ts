import { KLINE_INTERVALS } from './intervals';

/** A market stream a connection can subscribe to, parsed from its Binance name. */
export type StreamSpec =
  | { kind: 'kline'; symbol: string; interval: string }
  | { kind: 'trade' | 'aggTrade' | 'bookTicker' | 'ticker' | 'miniTicker' | 'depth'; symbol: string }
  | { kind: 'partialDepth'; symbol: string; levels: number };

const INTERVALS = KLINE_INTERVALS.join('|');
const KLINE = new RegExp(`^([a-z0-9]+)@kline_(${INTERVALS})$`);
const SIMPLE = /^([a-z0-9]+)@(trade|aggTrade|bookTicker|ticker|miniTicker)$/;
const DIFF_DEPTH = /^([a-z0-9]+)@depth(?:@(?:100|1000)ms)?$/;
const PARTIAL_DEPTH = /^([a-z0-9]+)@depth(5|10|20)(?:@(?:100|1000)ms)?$/;

/** Binance stream names are lower case; anything else is not a stream. */
export function parseStream(name: string): StreamSpec | undefined {
  const kline = KLINE.exec(name);
  if (kline !== null) return { kind: 'kline', symbol: (kline[1] ?? '').toUpperCase(), interval: kline[2] ?? '' };
  const simple = SIMPLE.exec(name);
  if (simple !== null) {
    const kind = simple[2];
    if (kind === 'trade' || kind === 'aggTrade' || kind === 'bookTicker' || kind === 'ticker' || kind === 'miniTicker') {
      return { kind, symbol: (simple[1] ?? '').toUpperCase() };
    }
  }
  const diff = DIFF_DEPTH.exec(name);
  if (diff !== null) return { kind: 'depth', symbol: (diff[1] ?? '').toUpperCase() };
  const partial = PARTIAL_DEPTH.exec(name);
  if (partial !== null) return { kind: 'partialDepth', symbol: (partial[1] ?? '').toUpperCase(), levels: Number(partial[2]) };
  return undefined;
}
