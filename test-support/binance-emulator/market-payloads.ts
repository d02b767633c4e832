import { type Fixed, formatFixed, max, min } from './fixed';
import { barIndexAt } from './kline-file';
import { type Liquidity } from './liquidity';
import { type SymbolReplay } from './symbol-replay';

const DAY_MS = 86_400_000;
const ZERO = formatFixed(0n);

export type Level = [price: string, qty: string];

export interface Book {
  bids: Level[];
  asks: Level[];
}

/**
 * A synthetic book around the replay's bid and ask: `levels` prices a tick apart on each side,
 * each showing the sub-step's liquidity (see Liquidity.levelQty). Resting orders are not in it.
 */
export function syntheticBook(replay: SymbolReplay, liquidity: Liquidity, levels: number): Book {
  const tick = replay.rules.tickSize;
  const qty = formatFixed(liquidity.levelQty(replay));
  const bids: Level[] = [];
  const asks: Level[] = [];
  for (let level = 0n; level < BigInt(levels); level++) {
    const bid = replay.bid - level * tick;
    if (bid > 0n) bids.push([formatFixed(bid), qty]);
    asks.push([formatFixed(replay.ask + level * tick), qty]);
  }
  return { bids, asks };
}

interface RollingStats {
  openTime: number;
  closeTime: number;
  open: Fixed;
  high: Fixed;
  low: Fixed;
  last: Fixed;
  volume: Fixed;
}

/** The last 24 hours of market time, from the bars the clock has reached. */
function rollingStats(replay: SymbolReplay): RollingStats {
  const closeTime = replay.time;
  const current = replay.currentBar;
  const first = Math.min(current, barIndexAt(replay.series, closeTime - DAY_MS) + 1);
  const opening = replay.barValues(first);
  let { high, low, volume } = opening;
  for (let index = first + 1; index <= current; index++) {
    const bar = replay.barValues(index);
    high = max(high, bar.high);
    low = min(low, bar.low);
    volume += bar.volume;
  }
  return { openTime: closeTime - DAY_MS, closeTime, open: opening.open, high, low, last: replay.price, volume };
}

/** Binance's priceChangePercent: three decimals, signed. */
function percentChange(open: Fixed, last: Fixed): string {
  if (open === 0n) return '0.000';
  const change = last - open;
  const magnitude = change < 0n ? -change : change;
  const thousandths = (magnitude * 100_000n * 2n + open) / (2n * open);
  const text = `${thousandths / 1000n}.${(thousandths % 1000n).toString().padStart(3, '0')}`;
  return change < 0n && thousandths > 0n ? `-${text}` : text;
}

/** GET /api/v3/ticker/24hr. Quote volume, VWAP and trade counts are not in the data: zero. */
export function ticker24h(replay: SymbolReplay, liquidity: Liquidity): object {
  const stats = rollingStats(replay);
  const levelQty = formatFixed(liquidity.levelQty(replay));
  return {
    symbol: replay.rules.symbol,
    priceChange: formatFixed(stats.last - stats.open),
    priceChangePercent: percentChange(stats.open, stats.last),
    weightedAvgPrice: ZERO,
    prevClosePrice: formatFixed(stats.open),
    lastPrice: formatFixed(stats.last),
    lastQty: formatFixed(replay.stepVolume),
    bidPrice: formatFixed(replay.bid),
    bidQty: levelQty,
    askPrice: formatFixed(replay.ask),
    askQty: levelQty,
    openPrice: formatFixed(stats.open),
    highPrice: formatFixed(stats.high),
    lowPrice: formatFixed(stats.low),
    volume: formatFixed(stats.volume),
    quoteVolume: ZERO,
    openTime: stats.openTime,
    closeTime: stats.closeTime,
    firstId: -1,
    lastId: -1,
    count: 0,
  };
}

/** The `<symbol>@ticker` event (24hrTicker). */
export function tickerEvent(replay: SymbolReplay, liquidity: Liquidity): object {
  const stats = rollingStats(replay);
  const levelQty = formatFixed(liquidity.levelQty(replay));
  return {
    e: '24hrTicker',
    E: stats.closeTime,
    s: replay.rules.symbol,
    p: formatFixed(stats.last - stats.open),
    P: percentChange(stats.open, stats.last),
    w: ZERO,
    x: formatFixed(stats.open),
    c: formatFixed(stats.last),
    Q: formatFixed(replay.stepVolume),
    b: formatFixed(replay.bid),
    B: levelQty,
    a: formatFixed(replay.ask),
    A: levelQty,
    o: formatFixed(stats.open),
    h: formatFixed(stats.high),
    l: formatFixed(stats.low),
    v: formatFixed(stats.volume),
    q: ZERO,
    O: stats.openTime,
    C: stats.closeTime,
    F: -1,
    L: -1,
    n: 0,
  };
}

/** The `<symbol>@miniTicker` event (24hrMiniTicker). */
export function miniTickerEvent(replay: SymbolReplay): object {
  const stats = rollingStats(replay);
  return {
    e: '24hrMiniTicker',
    E: stats.closeTime,
    s: replay.rules.symbol,
    c: formatFixed(stats.last),
    o: formatFixed(stats.open),
    h: formatFixed(stats.high),
    l: formatFixed(stats.low),
    v: formatFixed(stats.volume),
    q: ZERO,
  };
}

export function bookTickerBody(replay: SymbolReplay, liquidity: Liquidity): object {
  const qty = formatFixed(liquidity.levelQty(replay));
  return { symbol: replay.rules.symbol, bidPrice: formatFixed(replay.bid), bidQty: qty, askPrice: formatFixed(replay.ask), askQty: qty };
}

/** The `<symbol>@bookTicker` event: no event type or time on spot, just the update id. */
export function bookTickerEvent(replay: SymbolReplay, liquidity: Liquidity): object {
  const qty = formatFixed(liquidity.levelQty(replay));
  return { u: replay.updateId, s: replay.rules.symbol, b: formatFixed(replay.bid), B: qty, a: formatFixed(replay.ask), A: qty };
}
