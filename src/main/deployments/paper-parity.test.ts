import { describe, expect, it } from 'vitest';
import { MINUTE, REPLAY_START as START, replayBacktest, waitFor } from '../../../test-support/deployment-fixture';
import { replayTradingPerFile, RSI_14 as PARAMS } from '../../../test-support/replay-trading-per-file';
import { type Deployment } from '../../shared/schemas/deployments';
import { rulesFrom } from '../backtest/backtest-rules';

/*
 * Parity: a paper deployment fed the emulator's replay of March 2024 (real Binance 1m bars)
 * trades exactly as the backtest engine does over the same candles, warm-up included: the
 * engine runs over the warm-up bars plus the bars the deployment traded, trading from the
 * first bar after the warm-up, and both trade lists must be equal to the last double.
 */

const LIVE_BARS = 360;

const trading = replayTradingPerFile();

describe('a paper deployment on the emulator', () => {
  it('makes the same trades as a backtest of the same strategy over the same candles', async () => {
    const fixture = trading();
    const { accountId, emulator } = fixture;
    const created = await fixture.call('deployments.create', { accountId, strategyType: 'rsi-reversal', params: PARAMS, symbol: 'BTCUSDT', timeframe: '1m', amountPerTrade: '1000', mode: 'paper', paperCapital: '10000' });
    expect(created.status).toBe('running');
    // Warmed up on the 1,000 bars before the replay's clock: the newest closed one is the bar before START.
    expect(created.state.lastBarTime).toBe(START - MINUTE);

    let deployment: Deployment = created;
    for (let bar = 1; bar <= LIVE_BARS; bar++) {
      emulator.market.clock.advanceBars(1, 'BTCUSDT');
      // Bar START + (bar - 1) minutes has closed once the next one began.
      const expected = START + (bar - 1) * MINUTE;
      if (bar % 5 === 0 || bar === LIVE_BARS) deployment = await waitFor(() => fixture.call('deployments.get', { id: created.id }), (d) => (d.state.lastBarTime ?? 0) >= expected, `bar ${expected}`);
    }
    const lastBar = deployment.state.lastBarTime ?? 0;
    expect(lastBar).toBe(START + (LIVE_BARS - 1) * MINUTE);
    const stopped = await fixture.call('deployments.stop', { id: created.id });
    expect(stopped.status).toBe('stopped');

    const filters = await fixture.call('markets.filters', { accountId, symbol: 'BTCUSDT' });
    const expected = replayBacktest('rsi-reversal', { ...PARAMS, amountPerTrade: 1000 }, rulesFrom(filters).rules, lastBar);
    const closed = expected.trades.filter((trade) => trade.exitTime !== null);
    expect(closed.length).toBeGreaterThanOrEqual(2);

    const { trades } = await fixture.call('deployments.trades', { id: created.id });
    expect(trades.map((trade) => ({ entryTime: trade.entryTime, entryPrice: trade.entryPrice, exitTime: trade.exitTime, exitPrice: trade.exitPrice, quantity: trade.quantity, fees: trade.fees, pnl: trade.pnl, exitReason: trade.exitReason }))).toEqual(
      closed.map((trade) => ({ entryTime: trade.entryTime, entryPrice: trade.entryPrice, exitTime: trade.exitTime, exitPrice: trade.exitPrice, quantity: trade.quantity, fees: trade.fees, pnl: trade.pnl, exitReason: trade.exitReason })),
    );
    const open = expected.trades.find((trade) => trade.exitTime === null);
    expect(Number(stopped.state.positionQty)).toBe(open?.quantity ?? 0);

    // Each entry was decided on the close of the bar before it filled, and the journal says why.
    const { decisions } = await fixture.call('deployments.decisions', { deploymentId: created.id });
    for (const trade of trades) {
      const decision = decisions.find((candidate) => candidate.barTime === trade.entryTime - MINUTE);
      expect(decision).toMatchObject({ signal: 'buy', reason: 'RSI 14 rose above 30', noOrderReason: null });
      expect(decision?.inputs.rsi).toBeGreaterThan(30);
      expect(decision?.strength).toBeGreaterThan(0);
      expect(decision?.strength).toBeLessThanOrEqual(1);
      expect(decision?.outcome).toMatch(/^Simulated market buy/);
    }
    const { sessions } = await fixture.call('deployments.sessions', { id: created.id });
    expect(sessions).toHaveLength(1);
    expect(sessions[0]).toMatchObject({ initialBalance: '10000', stopReason: 'user', tradeCount: trades.length, winCount: trades.filter((trade) => trade.pnl > 0).length, firstBarTime: START, lastBarTime: lastBar, paramsVersion: 1 });

    // Its divergence view replays the session's own candles through the backtester: nothing missed, nothing extra, no price or fee apart.
    const divergence = await fixture.call('deployments.divergence', { id: created.id });
    expect(divergence).toMatchObject({ mode: 'paper', fromBar: START, toBar: lastBar, bars: LIVE_BARS, warmupBars: 1000, missed: 0, extra: 0, matched: expected.trades.length, meanEntrySlippageBps: 0, notes: [] });
    expect(divergence.actual).toEqual(divergence.replay);
    expect(divergence.replay.trades).toBe(expected.trades.length);
    for (const row of divergence.rows) {
      expect(row).toMatchObject({ kind: 'matched', entryBarsLate: 0, entrySlippageBps: 0, notes: [] });
      if (row.replay?.exitBar !== null) expect(row).toMatchObject({ exitBarsLate: 0, exitSlippageBps: 0, feeDiff: 0, pnlDiff: 0 });
    }
    expect(divergence.rows.filter((row) => row.actual?.exitBar !== null).map((row) => row.actual?.entryPrice)).toEqual(trades.map((trade) => trade.entryPrice));
  }, 120_000);
});
