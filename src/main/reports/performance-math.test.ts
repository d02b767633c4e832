import { describe, expect, it } from 'vitest';
import { equityPoints, maxDrawdownPct, performanceFigures, type ClosedTrade } from './performance-math';

const D1 = Date.UTC(2024, 0, 1);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function trade(exitTime: number, pnl: number): ClosedTrade {
  return { entryTime: exitTime - HOUR, entryPrice: 100, exitTime, exitPrice: 100 + pnl, quantity: 1, fees: 0.1, pnl, returnPct: pnl / 100 };
}

/** Sharpe by the book, computed here apart from the product: mean over sample deviation, times √365. */
function sharpeOf(returns: number[]): number {
  const mean = returns.reduce((sum, value) => sum + value, 0) / returns.length;
  const variance = returns.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (returns.length - 1);
  return (mean / Math.sqrt(variance)) * Math.sqrt(365);
}

describe('performance figures of closed trades', () => {
  it('three days of +100, −50, +30 on 1000: win rate, profit factor, return, drawdown, Sharpe', () => {
    const trades = [trade(D1 + 10 * HOUR, 100), trade(D1 + DAY + 10 * HOUR, -50), trade(D1 + 2 * DAY + 10 * HOUR, 30)];
    const points = equityPoints(1000, trades, D1, D1 + 3 * DAY);
    expect(points.map((point) => point.value)).toEqual([1100, 1100, 1050, 1050, 1080, 1080]);
    const figures = performanceFigures(1000, points, trades);
    expect(figures.tradeCount).toBe(3);
    expect(figures.winRate).toBeCloseTo(2 / 3, 12);
    expect(figures.netPnl).toBe(80);
    expect(figures.returnPct).toBeCloseTo(8, 12);
    // gross profit 130 over gross loss 50
    expect(figures.profitFactor).toBeCloseTo(2.6, 12);
    // from the peak 1100 down to 1050
    expect(figures.maxDrawdownPct).toBeCloseTo((50 / 1100) * 100, 10);
    // daily returns 1100/1000 − 1, 1050/1100 − 1, 1080/1050 − 1
    expect(figures.sharpe).toBeCloseTo(sharpeOf([0.1, 1050 / 1100 - 1, 1080 / 1050 - 1]), 10);
    expect(figures.sharpe).toBeCloseTo(7.2777, 3);
    // Sortino: the same mean over the root mean square of the negative returns alone.
    const returns = [0.1, 1050 / 1100 - 1, 1080 / 1050 - 1];
    const mean = returns.reduce((sum, value) => sum + value, 0) / 3;
    expect(figures.sortino).toBeCloseTo((mean / Math.sqrt((1050 / 1100 - 1) ** 2 / 3)) * Math.sqrt(365), 10);
  });

  it('a day without trades counts as a day of zero return', () => {
    const trades = [trade(D1 + 10 * HOUR, 100), trade(D1 + 2 * DAY + 10 * HOUR, -50)];
    const figures = performanceFigures(1000, equityPoints(1000, trades, D1, D1 + 3 * DAY), trades);
    expect(figures.sharpe).toBeCloseTo(sharpeOf([0.1, 0, 1050 / 1100 - 1]), 10);
  });

  it('no losing trade: no profit factor; no trade: no win rate; one day: no Sharpe', () => {
    const winners = [trade(D1 + HOUR, 10), trade(D1 + DAY + HOUR, 20)];
    const onlyWins = performanceFigures(1000, equityPoints(1000, winners, D1, D1 + 2 * DAY), winners);
    expect(onlyWins.profitFactor).toBeNull();
    expect(onlyWins.winRate).toBe(1);
    expect(onlyWins.maxDrawdownPct).toBe(0);
    expect(onlyWins.sharpe).not.toBeNull();
    // No day closed lower: no downside deviation to divide by.
    expect(onlyWins.sortino).toBeNull();

    const none = performanceFigures(1000, equityPoints(1000, [], D1, D1 + 5 * DAY), []);
    expect(none).toMatchObject({ tradeCount: 0, winRate: null, netPnl: 0, returnPct: 0, profitFactor: null, maxDrawdownPct: 0, sharpe: null, sortino: null });

    const oneDay = [trade(D1 + HOUR, -10)];
    const single = performanceFigures(1000, equityPoints(1000, oneDay, D1, D1 + DAY), oneDay);
    expect(single).toMatchObject({ sharpe: null, sortino: null, profitFactor: 0, winRate: 0 });
  });

  it('no capital: no return and no drawdown rather than a division by zero', () => {
    const trades = [trade(D1 + HOUR, 5)];
    expect(performanceFigures(0, equityPoints(0, trades, D1, D1 + 2 * DAY), trades)).toMatchObject({ returnPct: null, maxDrawdownPct: null, sharpe: null, netPnl: 5 });
  });

  it('max drawdown of a value series: the deepest fall from a running peak', () => {
    const values = [100, 120, 90, 130, 117].map((value, index) => ({ time: D1 + index * HOUR, value }));
    expect(maxDrawdownPct(values)).toBeCloseTo(25, 10);
    expect(maxDrawdownPct([])).toBe(0);
    expect(maxDrawdownPct(values.slice(0, 2))).toBe(0);
  });
});
