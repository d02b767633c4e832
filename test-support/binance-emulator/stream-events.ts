import { type Fixed, formatFixed } from './fixed';
import { isAggregatable } from './intervals';
import { queryKlines } from './klines';
import { type Book, type Level } from './market-payloads';
import { type SymbolReplay } from './symbol-replay';

const ZERO = formatFixed(0n);

export interface PublicTrade {
  id: number;
  price: Fixed;
  qty: Fixed;
  isBuyerMaker: boolean;
}

/** The `<symbol>@kline_<interval>` event for the bar the clock is in; none if the data cannot make it. */
export function klineEvent(replay: SymbolReplay, interval: string): object | undefined {
  if (!isAggregatable(replay.interval, interval)) return undefined;
  const [kline] = queryKlines(replay, { interval, limit: 1 });
  if (kline === undefined) return undefined;
  const symbol = replay.rules.symbol;
  return {
    e: 'kline',
    E: replay.time,
    s: symbol,
    k: {
      t: kline.openTime,
      T: kline.closeTime,
      s: symbol,
      i: interval,
      f: -1,
      L: -1,
      o: formatFixed(kline.open),
      c: formatFixed(kline.close),
      h: formatFixed(kline.high),
      l: formatFixed(kline.low),
      v: formatFixed(kline.volume),
      n: 0,
      x: kline.isClosed,
      q: ZERO,
      V: ZERO,
      Q: ZERO,
      B: '0',
    },
  };
}

export function tradeEvent(replay: SymbolReplay, trade: PublicTrade): object {
  const time = replay.time;
  const { symbol } = replay.rules;
  return { e: 'trade', E: time, s: symbol, t: trade.id, p: formatFixed(trade.price), q: formatFixed(trade.qty), T: time, m: trade.isBuyerMaker, M: true };
}

export function aggTradeEvent(replay: SymbolReplay, trade: PublicTrade): object {
  const time = replay.time;
  const { symbol } = replay.rules;
  const { id } = trade;
  return { e: 'aggTrade', E: time, s: symbol, a: id, p: formatFixed(trade.price), q: formatFixed(trade.qty), f: id, l: id, T: time, m: trade.isBuyerMaker, M: true };
}

/** The levels of `next` that differ from `previous`, and a zero quantity for each level gone. */
function sideDiff(previous: readonly Level[], next: readonly Level[]): Level[] {
  const before = new Map(previous.map(([price, qty]) => [price, qty]));
  const after = new Set(next.map(([price]) => price));
  const changed = next.filter(([price, qty]) => before.get(price) !== qty);
  const removed = previous.filter(([price]) => !after.has(price)).map(([price]): Level => [price, ZERO]);
  return [...changed, ...removed];
}

/** `<symbol>@depth`: one update id per sub-step, so U = u and each follows the last. */
export function depthUpdateEvent(replay: SymbolReplay, previous: Book | undefined, next: Book): object {
  return {
    e: 'depthUpdate',
    E: replay.time,
    s: replay.rules.symbol,
    U: replay.updateId,
    u: replay.updateId,
    b: sideDiff(previous?.bids ?? [], next.bids),
    a: sideDiff(previous?.asks ?? [], next.asks),
  };
}

export function partialDepthEvent(replay: SymbolReplay, book: Book, levels: number): object {
  return { lastUpdateId: replay.updateId, bids: book.bids.slice(0, levels), asks: book.asks.slice(0, levels) };
}
