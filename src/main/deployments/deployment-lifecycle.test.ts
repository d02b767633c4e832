import { afterEach, describe, expect, it } from 'vitest';
import { MINUTE, REPLAY_START, startReplayTrading, waitFor } from '../../../test-support/deployment-fixture';
import { type TradingFixture } from '../../../test-support/trading-fixture';
import { type Deployment, type DeploymentCreateInput } from '../../shared/schemas/deployments';
import { IsolatedStepper } from '../strategy-runner/isolated-stepper';
import { type StrategySource } from '../strategy-runner/strategy-worker-protocol';

const FIXTURE = new URL('../strategy-runner/isolated-stepper.fixture.ts', import.meta.url).href;
const RSI = { period: 14, oversold: 30, overbought: 70 };

let fixture: TradingFixture | null = null;

afterEach(async () => {
  await fixture?.close();
  fixture = null;
});

/** Trading whose deployments run `source` (whatever strategy type they name) with a short step budget. */
async function tradingWith(source: StrategySource, params: unknown): Promise<TradingFixture> {
  fixture = await startReplayTrading({ startStrategy: () => IsolatedStepper.start({ source, params, stepBudgetMs: 500 }) });
  return fixture;
}

function deploy(trading: TradingFixture, extra: Partial<DeploymentCreateInput> = {}): Promise<Deployment> {
  return trading.call('deployments.create', { accountId: trading.accountId, strategyType: 'rsi-reversal', params: RSI, symbol: 'BTCUSDT', timeframe: '1m', amountPerTrade: '1000', mode: 'paper', ...extra });
}

function advance(trading: TradingFixture, bars: number): void {
  for (let bar = 0; bar < bars; bar++) trading.emulator.market.clock.advanceBars(1, 'BTCUSDT');
}

const until = (trading: TradingFixture, id: number, isDone: (d: Deployment) => boolean, what: string): Promise<Deployment> =>
  waitFor(() => trading.call('deployments.get', { id }), isDone, what);

describe('a deployment whose strategy misbehaves', () => {
  it('is paused with the error when the strategy throws, and manual orders still go through', async () => {
    // Bar indexes count the 1,000 warm-up bars: 1,002 is the third bar after the start.
    const trading = await tradingWith({ module: FIXTURE, exportName: 'throwingStrategy' }, { badBar: 1002 });
    const deployment = await deploy(trading);
    advance(trading, 4);
    const paused = await until(trading, deployment.id, (d) => d.status === 'paused', 'the pause');
    expect(paused.statusReason).toBe('The strategy failed: strategy blew up on bar 1002');
    expect(paused.state.lastError).toBe('strategy blew up on bar 1002');
    const order = await trading.call('orders.place', { accountId: trading.accountId, symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quoteOrderQty: '100' });
    expect(order.status).toBe('FILLED');
  }, 60_000);

  it('is paused when a step outlasts its budget, while a manual order is placed during the spin', async () => {
    const trading = await tradingWith({ module: FIXTURE, exportName: 'loopingStrategy' }, { badBar: 1000 });
    const deployment = await deploy(trading);
    advance(trading, 2);
    // The strategy spins in its worker thread; order handling on the main thread does not wait for it.
    const order = await trading.call('orders.place', { accountId: trading.accountId, symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quoteOrderQty: '100' });
    expect(order.status).toBe('FILLED');
    const paused = await until(trading, deployment.id, (d) => d.status === 'paused', 'the pause');
    expect(paused.statusReason).toBe('The strategy failed: The strategy step exceeded its 500 ms budget');
    // Resuming starts a fresh worker, which warms up again; the bar it spun on is behind it.
    const resumed = await trading.call('deployments.resume', { id: deployment.id });
    expect(resumed.status).toBe('paused');
    expect(resumed.statusReason).toMatch(/^Could not start: The strategy step exceeded its 500 ms budget/);
  }, 60_000);
});

describe('a deployment', () => {
  it('pauses with the reason when it hits its own max trades per day', async () => {
    fixture = await startReplayTrading();
    const trading = fixture;
    const deployment = await deploy(trading, { limits: { maxTradesPerDay: 1, maxAmountPerTrade: null, cooldownMinutes: null, maxDrawdownPct: null } });
    // The RSI enters twice in the first 6 hours of March 1 (see paper-parity.test.ts): the second entry is refused.
    for (let bar = 0; bar < 360; bar++) {
      trading.emulator.market.clock.advanceBars(1, 'BTCUSDT');
      if (bar % 10 === 9) {
        const current = await until(trading, deployment.id, (d) => d.status !== 'running' || (d.state.lastBarTime ?? 0) >= REPLAY_START + (bar - 1) * MINUTE, `bar ${bar}`);
        if (current.status !== 'running') break;
      }
    }
    const paused = await until(trading, deployment.id, (d) => d.status === 'paused', 'the pause');
    expect(paused.statusReason).toBe('Max trades per day reached (1)');
    expect(paused.state.tradesTotal).toBe(1);
    const { decisions } = await trading.call('deployments.decisions', { deploymentId: deployment.id });
    const buys = decisions.filter((decision) => decision.signal === 'buy');
    expect(buys).toHaveLength(2);
    expect(buys[1]).toMatchObject({ orderClientId: null, noOrderReason: 'Max trades per day reached (1)' });
    // The feed says so.
    const { notifications } = await trading.call('notifications.list', {});
    expect(notifications.find((notification) => notification.kind === 'deployment-error')).toMatchObject({ level: 'error', deploymentId: deployment.id, title: 'RSI reversal on BTCUSDT 1m paused', body: 'Max trades per day reached (1)' });
  }, 60_000);

  it('keeps each edit of its parameters as a version, and refuses edits while it runs', async () => {
    fixture = await startReplayTrading();
    const trading = fixture;
    const deployment = await deploy(trading);
    const whileRunning = await trading.result('deployments.update', { id: deployment.id, params: { period: 10 } });
    expect(whileRunning).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    await trading.call('deployments.pause', { id: deployment.id });
    const bad = await trading.result('deployments.update', { id: deployment.id, params: { oversold: 80, overbought: 70 } });
    expect(bad).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', message: expect.stringContaining('Oversold must be below overbought') as unknown } });
    const edited = await trading.call('deployments.update', { id: deployment.id, params: { ...RSI, period: 10 }, limits: { maxTradesPerDay: 3, maxAmountPerTrade: '2000', cooldownMinutes: 15, maxDrawdownPct: 10 } });
    expect(edited).toMatchObject({ paramsVersion: 2, params: { period: 10, amountPerTrade: 1000 }, limits: { maxTradesPerDay: 3, maxAmountPerTrade: '2000', cooldownMinutes: 15, maxDrawdownPct: 10 } });
    const { versions } = await trading.call('deployments.versions', { id: deployment.id });
    expect(versions.map((version) => [version.version, version.params.period])).toEqual([
      [1, 14],
      [2, 10],
    ]);
    const resumed = await trading.call('deployments.resume', { id: deployment.id });
    expect(resumed.status).toBe('running');
    const stopped = await trading.call('deployments.stop', { id: deployment.id });
    expect(stopped).toMatchObject({ status: 'stopped', statusReason: 'Stopped by you', sessionId: null });
  }, 60_000);

  it('is stopped by the kill switch, its session ended with that reason', async () => {
    fixture = await startReplayTrading();
    const trading = fixture;
    const deployment = await deploy(trading);
    await trading.call('risk.engageKillSwitch', { reason: 'test' });
    const stopped = await trading.call('deployments.get', { id: deployment.id });
    expect(stopped).toMatchObject({ status: 'stopped', statusReason: 'Kill switch engaged' });
    const { sessions } = await trading.call('deployments.sessions', { id: deployment.id });
    expect(sessions[0]).toMatchObject({ stopReason: 'kill-switch' });
    expect(await trading.result('deployments.start', { id: deployment.id })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  }, 60_000);
});
