import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CandleBatchBuilder, type CandleBatch } from '../../shared/market/candle-batch';
import { type Intent, type StrategyDefinition } from '../../shared/strategy/types';
import { runEngine } from './engine';

const MINUTE = 60_000;
const RULES = { tickSize: 0.01, stepSize: 0.001, minQty: 0.001, minNotional: 5 };
const COSTS = { makerFee: 0.001, takerFee: 0.001, slippageBps: 0 };

function bars(rows: ReadonlyArray<readonly [number, number, number, number]>): CandleBatch {
  const builder = new CandleBatchBuilder(false, rows.length);
  rows.forEach(([open, high, low, close], i) => builder.push(Float64Array.of(i * MINUTE, open, high, low, close, 1)));
  return builder.build();
}

/** A strategy that says, at the close of given bars, exactly what the test tells it to. */
function scripted(script: Readonly<Record<number, Intent>>): StrategyDefinition {
  return { type: 'scripted', name: 'Scripted', version: 1, description: '', params: z.object({}), indicators: () => ({}), step: ({ index }) => script[index] ?? null };
}

const market = (quoteAmount: number, extra: Partial<Extract<Intent, { action: 'enter' }>> = {}): Intent => ({ action: 'enter', orderType: 'market', quoteAmount, reason: 'test', ...extra });

describe('the simulated broker, on a dozen hand-computed candles', () => {
  const candles = bars([
    [100, 101, 99, 100], // 0: buy 1,000 at market, stop 5 %, target 10 %
    [100, 102, 99, 101], // 1: filled at the open, 10 at 100
    [101, 105, 100, 104],
    [104, 111, 103, 108], // 3: the high reaches 110: take-profit. Then a limit buy at 100 for 500, stop 2 %
    [107, 108, 101, 102], // 4: the low stays above 100
    [101, 103, 99.5, 102], // 5: the limit fills at 100 (5), stop at 98
    [102, 104, 97, 98], // 6: the stop: sold at 98. Then buy 300 at market, trailing 5 %
    [99, 110, 98, 108], // 7: 3.03 at 99; the high of 110 lifts the trailing stop to 104.5
    [107, 109, 104, 105], // 8: the trailing stop at 104.5. Then buy 200 at market
    [105, 106, 104, 105], // 9: 1.904 at 105. Then exit
    [106, 107, 105, 106], // 10: sold at the open, 106. Then buy 100 at market
    [110, 111, 109, 110], // 11: 0.909 at 110, still open at the end
  ]);
  const output = runEngine({
    strategy: scripted({
      0: market(1000, { stopLoss: 0.05, takeProfit: 0.1 }),
      3: { action: 'enter', orderType: 'limit', limitPrice: 100, quoteAmount: 500, stopLoss: 0.02, reason: 'test' },
      6: market(300, { trailingStop: 0.05 }),
      8: market(200),
      9: { action: 'exit', reason: 'signal' },
      10: market(100),
    }),
    params: {},
    candles,
    initialCapital: 10_000,
    costs: COSTS,
    rules: RULES,
  });

  it('fills, charges and closes exactly as worked out by hand', () => {
    const trades = output.trades.map((trade) => ({ ...trade, fees: round(trade.fees), pnl: round(trade.pnl), returnPct: round(trade.returnPct) }));
    expect(trades).toEqual([
      { entryTime: 1 * MINUTE, entryPrice: 100, exitTime: 3 * MINUTE, exitPrice: 110, quantity: 10, fees: round(1 + 1.1), pnl: round(1098.9 - 1001), returnPct: round(97.9 / 1001), entryReason: 'test', exitReason: 'take-profit' },
      { entryTime: 5 * MINUTE, entryPrice: 100, exitTime: 6 * MINUTE, exitPrice: 98, quantity: 5, fees: round(0.5 + 0.49), pnl: round(489.51 - 500.5), returnPct: round(-10.99 / 500.5), entryReason: 'test', exitReason: 'stop-loss' },
      { entryTime: 7 * MINUTE, entryPrice: 99, exitTime: 8 * MINUTE, exitPrice: 104.5, quantity: 3.03, fees: round(0.29997 + 0.316635), pnl: round(316.318365 - 300.26997), returnPct: round(16.048395 / 300.26997), entryReason: 'test', exitReason: 'trailing-stop' },
      { entryTime: 9 * MINUTE, entryPrice: 105, exitTime: 10 * MINUTE, exitPrice: 106, quantity: 1.904, fees: round(0.19992 + 0.201824), pnl: round(201.622176 - 200.11992), returnPct: round(1.502256 / 200.11992), entryReason: 'test', exitReason: 'signal' },
      { entryTime: 11 * MINUTE, entryPrice: 110, exitTime: null, exitPrice: null, quantity: 0.909, fees: round(0.09999), pnl: round(-0.09999), returnPct: round(-0.09999 / 100.08999), entryReason: 'test', exitReason: null },
    ]);
    expect(output.feesPaid).toBeCloseTo(1 + 1.1 + 0.5 + 0.49 + 0.29997 + 0.316635 + 0.19992 + 0.201824 + 0.09999, 9);
    expect(output.refused).toBe(0);
  });

  it('marks the equity at every close, and the trade list reconciles to it to the cent', () => {
    const expected = [10_000, 10_009, 10_039, 10_097.9, 10_097.9, 10_107.4, 10_086.91, 10_113.88003, 10_102.958395, 10_102.758475, 10_104.460651, 10_104.360661];
    expect(Array.from(output.equity, round)).toEqual(expected.map(round));
    const total = output.trades.reduce((sum, trade) => sum + trade.pnl, 0);
    expect(Math.round((10_000 + total) * 100)).toBe(Math.round((output.equity.at(-1) ?? 0) * 100));
    // Bars that closed holding a position: 1, 2, 5, 7, 9 and 11.
    expect(output.barsInPosition).toBe(6);
  });
});

describe('ambiguous bars are settled against the trader', () => {
  it('a bar that reaches both the stop and the target is taken as the stop', () => {
    const candles = bars([
      [100, 100, 100, 100],
      [100, 100, 100, 100],
      [100, 111, 94, 100], // both 95 and 110 are touched
    ]);
    const { trades } = runEngine({ strategy: scripted({ 0: market(1000, { stopLoss: 0.05, takeProfit: 0.1 }) }), params: {}, candles, initialCapital: 10_000, costs: COSTS, rules: RULES });
    expect(trades[0]).toMatchObject({ exitPrice: 95, exitReason: 'stop-loss' });
  });

  it('a bar that gaps below the stop fills at its open, and slippage moves market fills against the trader', () => {
    const candles = bars([
      [100, 100, 100, 100],
      [100, 100, 100, 100],
      [90, 92, 89, 91], // opens below the 95 stop
    ]);
    const { trades } = runEngine({ strategy: scripted({ 0: market(1000, { stopLoss: 0.05 }) }), params: {}, candles, initialCapital: 10_000, costs: { ...COSTS, slippageBps: 10 }, rules: RULES });
    // Entry 100 × 1.001 = 100.1; the stop fills at the open 90 × 0.999 = 89.91.
    expect(trades[0]).toMatchObject({ entryPrice: 100.1, exitPrice: 89.91, quantity: 9.99, exitReason: 'stop-loss' });
  });

  it('refuses an entry below the minimum notional, as the exchange would', () => {
    const candles = bars([
      [100, 100, 100, 100],
      [100, 100, 100, 100],
    ]);
    const output = runEngine({ strategy: scripted({ 0: market(4) }), params: {}, candles, initialCapital: 10_000, costs: COSTS, rules: RULES });
    expect(output.trades).toEqual([]);
    expect(output.refused).toBe(1);
  });
});

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

describe('risk limits, as live trading applies them', () => {
  const flat = bars(Array.from({ length: 10 }, () => [100, 100, 100, 100] as const));
  const everyBar: Record<number, Intent> = {};
  for (let i = 0; i < 10; i++) everyBar[i] = i % 2 === 0 ? market(100) : { action: 'exit', reason: 'signal' };
  const run = (limits: Parameters<typeof runEngine>[0]['limits']) => runEngine({ strategy: scripted(everyBar), params: {}, candles: flat, initialCapital: 10_000, costs: COSTS, rules: RULES, ...(limits ? { limits } : {}) });
  const none = { maxTradesPerDay: null, maxAmountPerTrade: null, cooldownMs: null, maxDrawdownPct: null };

  it('off, every entry goes through', () => {
    expect(run(undefined).trades).toHaveLength(5);
  });

  it('max trades per day, max amount per trade and the cooldown each stop entries, and are counted', () => {
    const perDay = run({ ...none, maxTradesPerDay: 2 });
    expect(perDay.trades).toHaveLength(2);
    expect(perDay.blocked['max-trades-per-day']).toBe(3);
    const amount = run({ ...none, maxAmountPerTrade: 99 });
    expect(amount.trades).toEqual([]);
    expect(amount.blocked['max-amount-per-trade']).toBe(5);
    // Entries fill on bars 1, 3, 5...; exits on 2, 4...: a 2-minute cooldown skips every other entry.
    const cooldown = run({ ...none, cooldownMs: 2 * MINUTE });
    expect(cooldown.trades.map((trade) => trade.entryTime)).toEqual([1 * MINUTE, 5 * MINUTE, 9 * MINUTE]);
    expect(cooldown.blocked.cooldown).toBe(2);
  });

  it('the drawdown limit halts entries once equity falls that far below its peak', () => {
    const falling = bars([
      [100, 100, 100, 100],
      [100, 100, 100, 100],
      [100, 100, 50, 50], // the position halves: equity 10,000 → 9,950 (0.5 %)
      [50, 50, 50, 50],
      [50, 50, 50, 50],
    ]);
    const output = runEngine({ strategy: scripted({ 0: market(100), 2: { action: 'exit', reason: 'signal' }, 3: market(100) }), params: {}, candles: falling, initialCapital: 10_000, costs: COSTS, rules: RULES, limits: { ...none, maxDrawdownPct: 0.004 } });
    expect(output.trades).toHaveLength(1);
    expect(output.blocked['max-drawdown']).toBe(1);
  });
});
