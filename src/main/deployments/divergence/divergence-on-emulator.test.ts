import { describe, expect, it } from 'vitest';
import { MINUTE, REPLAY_START as START, waitFor } from '../../../../test-support/deployment-fixture';
import { replayTradingPerFile, RSI_14 as PARAMS } from '../../../../test-support/replay-trading-per-file';

/*
 * The divergence view on sessions that did not trade as the backtester would have: a paper
 * deployment paused over one of the replay's trades, and a live one whose every buy the
 * account's risk gate refused. Each missed entry is listed with the reason the journal gives.
 */

const trading = replayTradingPerFile();

/** Advances the replay bar by bar up to bar `to` (1 is START), waiting for the deployment when it runs. */
async function runBars(id: number, from: number, to: number, isRunning: boolean): Promise<void> {
  const fixture = trading();
  for (let bar = from; bar <= to; bar++) {
    fixture.emulator.market.clock.advanceBars(1, 'BTCUSDT');
    const closed = START + (bar - 1) * MINUTE;
    if (isRunning && (bar % 5 === 0 || bar === to)) await waitFor(() => fixture.call('deployments.get', { id }), (d) => (d.state.lastBarTime ?? 0) >= closed, `bar ${closed}`);
  }
}

describe('the divergence view of a session that went its own way', () => {
  it('lists the entry a pause made a paper deployment miss, and matches the rest', async () => {
    const fixture = trading();
    const { accountId } = fixture;
    const created = await fixture.call('deployments.create', { accountId, strategyType: 'rsi-reversal', params: PARAMS, symbol: 'BTCUSDT', timeframe: '1m', amountPerTrade: '1000', mode: 'paper' });
    // RSI 14 enters on bars 2 and 142 of March 2024 (see paper-parity): pausing over bars 101 to 300 misses the second.
    await runBars(created.id, 1, 100, true);
    await fixture.call('deployments.pause', { id: created.id });
    await runBars(created.id, 101, 300, false);
    await fixture.call('deployments.resume', { id: created.id });
    await runBars(created.id, 301, 360, true);
    await fixture.call('deployments.stop', { id: created.id });

    const divergence = await fixture.call('deployments.divergence', { id: created.id });
    expect(divergence).toMatchObject({ mode: 'paper', fromBar: START, toBar: START + 359 * MINUTE, bars: 360 });
    expect(divergence.missed).toBeGreaterThanOrEqual(1);
    const missed = divergence.rows.filter((row) => row.kind === 'missed');
    for (const row of missed) {
      const entryBar = row.replay?.entryBar ?? 0;
      expect(entryBar).toBeGreaterThan(START + 100 * MINUTE);
      expect(entryBar).toBeLessThanOrEqual(START + 300 * MINUTE);
      expect(row.notes[0]).toMatch(/^The deployment journaled no buy on this bar: it was paused or not running then/);
    }
    expect(missed[0]?.replay?.entryBar).toBe(START + 141 * MINUTE);
    // The first trade, before the pause, is the replay's to the double.
    expect(divergence.rows[0]).toMatchObject({ kind: 'matched', entryBarsLate: 0, exitBarsLate: 0, entrySlippageBps: 0, exitSlippageBps: 0, feeDiff: 0, pnlDiff: 0 });
    expect(divergence.extra).toBe(0);
  }, 120_000);

  it('lists every entry the risk gate refused a live deployment, with the gate\'s words', async () => {
    const fixture = trading();
    const { accountId } = fixture;
    await fixture.call('risk.setLimits', { accountId, maxOrderValue: '500', maxOpenOrders: null, maxOrdersPerMinute: null, priceBandPct: null, dailyLossLimit: null });
    const created = await fixture.call('deployments.create', { accountId, strategyType: 'rsi-reversal', params: PARAMS, symbol: 'BTCUSDT', timeframe: '1m', amountPerTrade: '1000', mode: 'live' });
    await runBars(created.id, 361, 720, true);
    await fixture.call('deployments.stop', { id: created.id });
    await fixture.call('risk.setLimits', { accountId, maxOrderValue: null, maxOpenOrders: null, maxOrdersPerMinute: null, priceBandPct: null, dailyLossLimit: null });

    const { trades } = await fixture.call('deployments.trades', { id: created.id });
    expect(trades).toHaveLength(0);
    const divergence = await fixture.call('deployments.divergence', { id: created.id });
    expect(divergence).toMatchObject({ mode: 'live', fromBar: START + 360 * MINUTE, bars: 360, matched: 0, extra: 0, actual: { trades: 0, pnl: 0, fees: 0 } });
    expect(divergence.missed).toBeGreaterThanOrEqual(1);
    expect(divergence.missed).toBe(divergence.replay.trades);
    const { decisions } = await fixture.call('deployments.decisions', { deploymentId: created.id });
    for (const row of divergence.rows) {
      const refusal = decisions.find((decision) => decision.barTime === (row.replay?.entryBar ?? 0) - MINUTE)?.noOrderReason;
      expect(refusal).toMatch(/500/);
      expect(row.notes[0]).toBe(`The deployment signalled too, but placed no order: ${refusal ?? ''}`);
    }
  }, 120_000);
});
