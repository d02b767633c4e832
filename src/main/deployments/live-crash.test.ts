import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TRADER } from '../../../test-support/binance-emulator/market-fixtures';
import { startDeploymentChild } from '../../../test-support/crash/deployment-child-process';
import { MINUTE, REPLAY_START, replayBacktest, startReplayEmulator, startReplayTrading, waitFor } from '../../../test-support/deployment-fixture';
import { rulesFrom } from '../backtest/backtest-rules';

/*
 * A live deployment killed while its buy is on the way to the exchange: the exchange takes the
 * order, the app never hears back. After the restart the order is found (journal first, then a
 * lookup by its client id), the deployment holds that position without buying again, and later
 * sells exactly it. No order is ever placed twice.
 */

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tradewind-live-crash-'));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

const TOTAL = 360;
const PARAMS = { period: 14, oversold: 30, overbought: 70, amountPerTrade: 1000 };
const LATENCY_MS = 1_500;
const barTime = (bar: number): number => REPLAY_START + (bar - 1) * MINUTE;

describe('a live deployment killed while its order is in flight', () => {
  it('finds the order after the restart, holds that position without a second buy, and sells exactly it', async () => {
    const emulator = await startReplayEmulator();
    try {
      // The bar whose close the first buy is decided on, from a backtest over the same bars (a signal does not depend on the symbol's rules).
      const expected = replayBacktest('rsi-reversal', PARAMS, rulesFrom(null).rules, barTime(TOTAL));
      const first = expected.trades[0];
      if (first === undefined) throw new Error('the backtest buys within the bars');
      const buyBar = (first.entryTime - MINUTE - REPLAY_START) / MINUTE + 1;

      const { child, lastBar, ready } = startDeploymentChild(emulator, dataDir, 'live');
      await ready;
      for (let bar = 1; bar < buyBar; bar++) {
        emulator.market.clock.advanceBars(1, 'BTCUSDT');
        await waitFor(() => Promise.resolve(lastBar()), (time) => (time ?? 0) >= barTime(bar), `bar ${bar} in the child`);
      }
      const placedBefore = emulator.orders(TRADER.apiKey).length;
      // Every request now takes a while: the buy leaves, and the app dies before the answer.
      emulator.faults.latencyMs = LATENCY_MS;
      emulator.market.clock.advanceBars(1, 'BTCUSDT');
      await waitFor(() => Promise.resolve(emulator.requests.some((request) => request.method === 'POST' && request.path === '/api/v3/order' && request.status === 0)), Boolean, 'the buy on its way', 20_000);
      child.kill('SIGKILL');
      await new Promise((resolve) => child.once('exit', resolve));
      // The exchange went on and placed it.
      await waitFor(() => Promise.resolve(emulator.orders(TRADER.apiKey).length), (count) => count === placedBefore + 1, 'the exchange to place the buy');
      emulator.faults.latencyMs = 0;
      const [inFlight] = emulator.orders(TRADER.apiKey).slice(placedBefore);
      if (inFlight === undefined) throw new Error('the buy was placed');
      expect(inFlight).toMatchObject({ side: 'BUY', type: 'MARKET', status: 'FILLED' });

      const trading = await startReplayTrading({ dataDir, emulatorInstance: emulator, isHostingShell: true });
      try {
        const [deployment] = (await trading.call('deployments.list', {})).deployments;
        if (deployment === undefined) throw new Error('the deployment is in the store');
        // The journal had it before it left; the lookup after the restart found it filled.
        await waitFor(() => trading.call('orders.list', { accountId: trading.accountId, limit: 50 }), ({ orders }) => orders.find((order) => order.clientOrderId === inFlight.clientOrderId)?.status === 'FILLED', 'the lookup of the buy');
        for (let bar = buyBar + 1; bar <= TOTAL; bar++) {
          emulator.market.clock.advanceBars(1, 'BTCUSDT');
          if (bar % 5 === 0 || bar === TOTAL) await waitFor(() => trading.call('deployments.get', { id: deployment.id }), (d) => (d.state.lastBarTime ?? 0) >= barTime(bar), `bar ${bar}`);
        }
        await trading.call('deployments.stop', { id: deployment.id });
        const filters = await trading.call('markets.filters', { accountId: trading.accountId, symbol: 'BTCUSDT' });

        // The in-flight buy is the first round trip's entry: held, not bought again, then sold in full.
        const { trades } = await trading.call('deployments.trades', { id: deployment.id });
        expect(trades.length).toBeGreaterThanOrEqual(1);
        expect(trades[0]?.entryOrderClientId).toBe(inFlight.clientOrderId);
        const fee = inFlight.fills.filter((fill) => fill.commissionAsset === 'BTC').reduce((sum, fill) => sum + Number(fill.commission), 0);
        expect(trades[0]?.quantity).toBeCloseTo(Math.floor((Number(inFlight.executedQty) - fee) / Number(filters.stepSize ?? '0.00001')) * Number(filters.stepSize ?? '0.00001'), 10);

        // No order twice: every order on the exchange was placed once, and each buy is one decision's.
        const own = emulator.orders(TRADER.apiKey);
        for (const order of own) expect(emulator.placeCount(order.clientOrderId)).toBe(1);
        const { decisions } = await trading.call('deployments.decisions', { deploymentId: deployment.id, signalsOnly: false, limit: 5000 });
        const buys = own.filter((order) => order.side === 'BUY').map((order) => order.clientOrderId);
        expect(buys.sort()).toEqual(decisions.filter((decision) => decision.signal === 'buy' && decision.orderClientId !== null).map((decision) => decision.orderClientId).sort());
        // The decision cut short by the crash is linked to its order and says what happened.
        const cut = decisions.find((decision) => decision.barTime === barTime(buyBar));
        expect(cut).toMatchObject({ signal: 'buy', orderClientId: inFlight.clientOrderId });
        expect(cut?.outcome).toMatch(/sent as the app stopped/);
        const barTimes = decisions.map((decision) => decision.barTime);
        expect(new Set(barTimes).size).toBe(barTimes.length);
      } finally {
        await trading.close();
      }
    } finally {
      await emulator.close();
    }
  }, 180_000);
});
