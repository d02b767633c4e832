import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startDeploymentChild } from '../../../test-support/crash/deployment-child-process';
import { MINUTE, REPLAY_START, replayBacktest, startReplayEmulator, startReplayTrading, waitFor } from '../../../test-support/deployment-fixture';
import { rulesFrom } from '../backtest/backtest-rules';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tradewind-deployment-crash-'));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

const BEFORE_KILL = 150;
const UNSEEN = 40;
const TOTAL = 360;

describe('a paper deployment killed mid-session', () => {
  it('resumes after the restart with the same position, catches up the bars it missed, and trades as the backtest did', async () => {
    const emulator = await startReplayEmulator();
    try {
      const { child, lastBar, ready } = startDeploymentChild(emulator, dataDir);
      await ready;
      for (let bar = 1; bar <= BEFORE_KILL; bar++) {
        emulator.market.clock.advanceBars(1, 'BTCUSDT');
        if (bar % 10 === 0) await waitFor(() => Promise.resolve(lastBar()), (time) => (time ?? 0) >= REPLAY_START + (bar - 1) * MINUTE, `bar ${bar} in the child`);
      }
      // More bars close while it works, and it dies in the middle of them.
      for (let bar = 0; bar < UNSEEN; bar++) emulator.market.clock.advanceBars(1, 'BTCUSDT');
      child.kill('SIGKILL');
      await new Promise((resolve) => child.once('exit', resolve));
      const writtenBeforeKill = lastBar() ?? 0;
      expect(writtenBeforeKill).toBeGreaterThanOrEqual(REPLAY_START + (BEFORE_KILL - 1) * MINUTE);
      // It died with bars still to do, so the restart has some to catch up on.
      expect(writtenBeforeKill).toBeLessThan(REPLAY_START + (BEFORE_KILL + UNSEEN - 1) * MINUTE);

      const trading = await startReplayTrading({ dataDir, emulatorInstance: emulator, isHostingShell: true });
      try {
        const [deployment] = (await trading.call('deployments.list', {})).deployments;
        if (deployment === undefined) throw new Error('the deployment is in the store');
        // Left running: the restarted core picks it up and trades the bars it missed.
        await waitFor(() => trading.call('deployments.get', { id: deployment.id }), (d) => (d.state.lastBarTime ?? 0) >= REPLAY_START + (BEFORE_KILL + UNSEEN - 1) * MINUTE, 'the catch-up');
        for (let bar = BEFORE_KILL + UNSEEN + 1; bar <= TOTAL; bar++) {
          emulator.market.clock.advanceBars(1, 'BTCUSDT');
          if (bar % 10 === 0 || bar === TOTAL) await waitFor(() => trading.call('deployments.get', { id: deployment.id }), (d) => (d.state.lastBarTime ?? 0) >= REPLAY_START + (bar - 1) * MINUTE, `bar ${bar}`);
        }
        const stopped = await trading.call('deployments.stop', { id: deployment.id });
        const lastBarTime = stopped.state.lastBarTime ?? 0;
        expect(lastBarTime).toBe(REPLAY_START + (TOTAL - 1) * MINUTE);

        const filters = await trading.call('markets.filters', { accountId: trading.accountId, symbol: 'BTCUSDT' });
        const expected = replayBacktest('rsi-reversal', { period: 14, oversold: 30, overbought: 70, amountPerTrade: 1000 }, rulesFrom(filters).rules, lastBarTime);
        const { trades } = await trading.call('deployments.trades', { id: deployment.id });
        const closed = expected.trades.filter((trade) => trade.exitTime !== null);
        expect(closed.length).toBeGreaterThanOrEqual(2);
        expect(trades.map((trade) => [trade.entryTime, trade.entryPrice, trade.exitTime, trade.exitPrice, trade.quantity, trade.pnl])).toEqual(
          closed.map((trade) => [trade.entryTime, trade.entryPrice, trade.exitTime, trade.exitPrice, trade.quantity, trade.pnl]),
        );
        expect(Number(stopped.state.positionQty)).toBe(expected.trades.find((trade) => trade.exitTime === null)?.quantity ?? 0);
        // Every bar was decided once: no decision twice for one bar, across the kill.
        const { decisions } = await trading.call('deployments.decisions', { deploymentId: deployment.id, signalsOnly: false, limit: 5000 });
        const barTimes = decisions.map((decision) => decision.barTime);
        expect(new Set(barTimes).size).toBe(barTimes.length);
        // One session across the crash: a crash is not a stop.
        const { sessions } = await trading.call('deployments.sessions', { id: deployment.id });
        expect(sessions).toHaveLength(1);
        expect(sessions[0]).toMatchObject({ stopReason: 'user', tradeCount: trades.length });
      } finally {
        await trading.close();
      }
    } finally {
      await emulator.close();
    }
  }, 120_000);
});
