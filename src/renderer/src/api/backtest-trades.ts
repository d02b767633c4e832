import { type BacktestDetail } from '../../../shared/schemas/backtests';

export type BacktestTrade = BacktestDetail['trades'][number];

export type TradeSortKey = 'seq' | 'entryTime' | 'exitTime' | 'duration' | 'pnl' | 'returnPct' | 'fees';

export interface TradeSort {
  readonly key: TradeSortKey;
  readonly isDescending: boolean;
}

export const DEFAULT_TRADE_SORT: TradeSort = { key: 'seq', isDescending: false };

function valueOf(trade: BacktestTrade, key: TradeSortKey): number | null {
  switch (key) {
    case 'duration':
      return trade.exitTime === null ? null : trade.exitTime - trade.entryTime;
    case 'exitTime':
    case 'entryTime':
    case 'seq':
    case 'pnl':
    case 'returnPct':
    case 'fees':
      return trade[key];
  }
}

/** Sorted by one column; a trade still open (no exit) sorts last either way; ties keep their order. */
export function sortTrades(trades: readonly BacktestTrade[], sort: TradeSort): BacktestTrade[] {
  const direction = sort.isDescending ? -1 : 1;
  return [...trades].sort((a, b) => {
    const left = valueOf(a, sort.key);
    const right = valueOf(b, sort.key);
    if (left === null || right === null) return left === right ? a.seq - b.seq : left === null ? 1 : -1;
    return left === right ? a.seq - b.seq : (left - right) * direction;
  });
}

/** A click on a column header: the same column flips, another starts descending (biggest first) except for the trade number. */
export function nextTradeSort(current: TradeSort, key: TradeSortKey): TradeSort {
  if (current.key === key) return { key, isDescending: !current.isDescending };
  return { key, isDescending: key !== 'seq' && key !== 'entryTime' };
}

/** Bars shown before the entry and after the exit, at least. */
const MIN_CONTEXT_BARS = 30;
const MAX_WINDOW_BARS = 1500;

/**
 * The candles to fetch for a trade's price chart: the trade with context on both sides. An
 * open trade ends at the run's end. The window is asked as `before` + `limit` (newest first
 * paging), capped so a months-long trade still loads fast.
 */
export function tradeWindow(trade: BacktestTrade, intervalMs: number, runEnd: number): { before: number; limit: number } {
  const exit = trade.exitTime ?? runEnd;
  const tradeBars = Math.max(1, Math.round((exit - trade.entryTime) / intervalMs));
  const context = Math.max(MIN_CONTEXT_BARS, Math.round(tradeBars / 2));
  const limit = Math.min(MAX_WINDOW_BARS, tradeBars + 2 * context + 1);
  const after = Math.max(context, Math.floor((limit - tradeBars) / 2));
  return { before: exit + (after + 1) * intervalMs, limit };
}

export interface TradeMarkerSpec {
  readonly time: number;
  readonly kind: 'entry' | 'exit';
  readonly text: string;
}

/** The entry (a buy below the bar) and the exit (a sell above it), with prices as text. */
export function tradeMarkers(trade: BacktestTrade, formatPrice: (price: number) => string): TradeMarkerSpec[] {
  const entry: TradeMarkerSpec = { time: trade.entryTime, kind: 'entry', text: `Buy ${formatPrice(trade.entryPrice)}` };
  if (trade.exitTime === null || trade.exitPrice === null) return [entry];
  const reason = trade.exitReason === null || trade.exitReason === '' ? '' : ` (${trade.exitReason})`;
  return [entry, { time: trade.exitTime, kind: 'exit', text: `Sell ${formatPrice(trade.exitPrice)}${reason}` }];
}
