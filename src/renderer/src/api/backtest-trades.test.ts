import { describe, expect, it } from 'vitest';
import { nextTradeSort, sortTrades, tradeMarkers, tradeWindow, type BacktestTrade } from './backtest-trades';

const HOUR = 3_600_000;
const T0 = Date.UTC(2023, 5, 1);

function trade(seq: number, pnl: number, hours: number | null): BacktestTrade {
  return {
    seq,
    entryTime: T0 + seq * 100 * HOUR,
    entryPrice: 100,
    exitTime: hours === null ? null : T0 + seq * 100 * HOUR + hours * HOUR,
    exitPrice: hours === null ? null : 100 + pnl,
    quantity: 1,
    fees: 0.2,
    pnl,
    returnPct: pnl / 100,
    exitReason: hours === null ? null : 'signal',
  };
}

describe('sorting trades', () => {
  const trades = [trade(1, 5, 10), trade(2, -3, 2), trade(3, 8, null), trade(4, 8, 30)];

  it('sorts by profit either way, ties by trade number', () => {
    expect(sortTrades(trades, { key: 'pnl', isDescending: true }).map((t) => t.seq)).toEqual([3, 4, 1, 2]);
    expect(sortTrades(trades, { key: 'pnl', isDescending: false }).map((t) => t.seq)).toEqual([2, 1, 3, 4]);
  });

  it('keeps an open trade last when sorting by exit or duration', () => {
    expect(sortTrades(trades, { key: 'duration', isDescending: true }).map((t) => t.seq)).toEqual([4, 1, 2, 3]);
    expect(sortTrades(trades, { key: 'exitTime', isDescending: false }).map((t) => t.seq)).toEqual([1, 2, 4, 3]);
  });

  it('leaves the input alone', () => {
    sortTrades(trades, { key: 'pnl', isDescending: true });
    expect(trades.map((t) => t.seq)).toEqual([1, 2, 3, 4]);
  });

  it('flips the same column and starts a new one biggest first', () => {
    expect(nextTradeSort({ key: 'pnl', isDescending: true }, 'pnl')).toEqual({ key: 'pnl', isDescending: false });
    expect(nextTradeSort({ key: 'seq', isDescending: false }, 'returnPct')).toEqual({ key: 'returnPct', isDescending: true });
    expect(nextTradeSort({ key: 'pnl', isDescending: true }, 'seq')).toEqual({ key: 'seq', isDescending: false });
  });
});

describe('the price window of a trade', () => {
  it('holds the whole trade with context on both sides', () => {
    const one = trade(1, 5, 10);
    const { before, limit } = tradeWindow(one, HOUR, T0 + 10_000 * HOUR);
    const first = before - limit * HOUR;
    expect(first).toBeLessThanOrEqual(one.entryTime - 30 * HOUR);
    expect(before).toBeGreaterThan((one.exitTime ?? 0) + 30 * HOUR);
    expect(limit).toBe(71);
  });

  it('ends an open trade at the run’s end and caps a very long one', () => {
    const open = trade(3, 0, null);
    const end = open.entryTime + 5000 * HOUR;
    const { before, limit } = tradeWindow(open, HOUR, end);
    expect(limit).toBe(1500);
    expect(before).toBeGreaterThan(end);
  });

  it('marks a buy at the entry and a sell at the exit, with the reason', () => {
    expect(tradeMarkers(trade(1, 5, 10), (price) => price.toFixed(1))).toEqual([
      { time: T0 + 100 * HOUR, kind: 'entry', text: 'Buy 100.0' },
      { time: T0 + 110 * HOUR, kind: 'exit', text: 'Sell 105.0 (signal)' },
    ]);
    expect(tradeMarkers(trade(3, 0, null), String)).toHaveLength(1);
  });
});
