import { describe, expect, it } from 'vitest';
import { type DivergenceTrade } from '../../../shared/schemas/divergence';
import { lineUpTrades, type JournalSignal } from './trade-lineup';

const BAR = 60_000;
const T0 = Date.UTC(2024, 2, 1);
const at = (bars: number): number => T0 + bars * BAR;

function trade(entry: number, exit: number | null, prices: Partial<DivergenceTrade> = {}): DivergenceTrade {
  return { entryBar: at(entry), entryPrice: 100, exitBar: exit === null ? null : at(exit), exitPrice: exit === null ? null : 110, quantity: 1, fees: 0.21, pnl: exit === null ? null : 9.79, exitReason: exit === null ? null : 'signal', ...prices };
}

const buy = (bar: number, noOrderReason: string | null = null): JournalSignal => ({ barTime: at(bar), signal: 'buy', reason: 'RSI 14 rose above 30', noOrderReason, outcome: noOrderReason === null ? 'Market buy of 1000 USDT' : null });

describe('lining a session up with its replay', () => {
  it('finds nothing to say when the deployment traded exactly as the replay', () => {
    const same = [trade(10, 20), trade(40, 55)];
    const rows = lineUpTrades({ replay: same, actual: same, journal: [buy(9), buy(39)], barMs: BAR });
    expect(rows.map((row) => row.kind)).toEqual(['matched', 'matched']);
    for (const row of rows) expect(row).toMatchObject({ entryBarsLate: 0, exitBarsLate: 0, entrySlippageBps: 0, exitSlippageBps: 0, feeDiff: 0, pnlDiff: 0, notes: [] });
  });

  it('measures what the real fills cost against the replay, in basis points, worse being positive', () => {
    const replay = [trade(10, 20)];
    const actual = [trade(10, 20, { entryPrice: 100.05, exitPrice: 109.89, fees: 0.25, pnl: 9.59 })];
    const [row] = lineUpTrades({ replay, actual, journal: [], barMs: BAR });
    expect(row?.kind).toBe('matched');
    expect(row?.entrySlippageBps).toBeCloseTo(5, 9);
    expect(row?.exitSlippageBps).toBeCloseTo(10, 9);
    expect(row?.feeDiff).toBeCloseTo(0.04, 12);
    expect(row?.pnlDiff).toBeCloseTo(-0.2, 12);
  });

  it('pairs an entry a couple of bars late with the replay\'s, and says how late and why it left differently', () => {
    const [row] = lineUpTrades({ replay: [trade(10, 20)], actual: [trade(12, 18, { exitReason: 'stop-loss' })], journal: [], barMs: BAR });
    expect(row).toMatchObject({ kind: 'matched', entryBarsLate: 2, exitBarsLate: -2 });
    expect(row?.notes).toEqual(['Entered 2 bars after the replay', 'Exited 2 bars before the replay', 'Exited on stop-loss; the replay on signal']);
  });

  it('pairs entries on the same bar first, and never pairs entries far apart', () => {
    const replay = [trade(10, 12), trade(13, 20), trade(100, 110)];
    const actual = [trade(13, 20), trade(30, 35)];
    const rows = lineUpTrades({ replay, actual, journal: [], barMs: BAR });
    expect(rows.map((row) => [row.kind, row.replay?.entryBar ?? null, row.actual?.entryBar ?? null])).toEqual([
      ['missed', at(10), null],
      ['matched', at(13), at(13)],
      ['extra', null, at(30)],
      ['missed', at(100), null],
    ]);
  });

  it('explains a missed entry from the journal: refused, not signalled, or still in an earlier trade', () => {
    const replay = [trade(10, 20), trade(30, 40), trade(60, 70)];
    const actual = [trade(50, 65)];
    const journal = [buy(9, 'Refused by the risk gate: order value 1000 is above the limit 500')];
    const rows = lineUpTrades({ replay, actual, journal, barMs: BAR });
    expect(rows.map((row) => row.kind)).toEqual(['missed', 'missed', 'extra', 'missed']);
    expect(rows[0]?.notes).toEqual(['The deployment signalled too, but placed no order: Refused by the risk gate: order value 1000 is above the limit 500']);
    expect(rows[1]?.notes[0]).toMatch(/journaled no buy on this bar: it was paused or not running/);
    expect(rows[2]?.notes).toEqual(['The replay had no entry near this bar']);
    expect(rows[3]?.notes).toEqual(['The deployment was still in its trade from 2024-03-01 00:50 UTC']);
  });

  it('tells an extra entry the replay skipped because it was still in a trade, and marks trades still open at the end', () => {
    const replay = [trade(10, null)];
    const actual = [trade(10, 15), trade(20, null)];
    const rows = lineUpTrades({ replay, actual, journal: [buy(19)], barMs: BAR });
    expect(rows[0]).toMatchObject({ kind: 'matched', exitBarsLate: null, pnlDiff: null, feeDiff: null, exitSlippageBps: null });
    expect(rows[0]?.notes).toEqual(["The replay still holds this trade at the session's last bar"]);
    expect(rows[1]).toMatchObject({ kind: 'extra' });
    expect(rows[1]?.notes).toEqual(['The deployment entered on "RSI 14 rose above 30"', 'The replay was still in its trade from 2024-03-01 00:10 UTC', "The deployment still held this trade at the session's last bar"]);
  });
});
