import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveDataFile } from '../../../test-support/binance-emulator/kline-file';
import { startTrading, type TradingFixture } from '../../../test-support/trading-fixture';
import { openCliMarket } from '../cli/commands/market-cli';
import { type EventPayload } from '../../shared/contract';

let t: TradingFixture;
const progress: Array<EventPayload<'backtests.progress'>> = [];
beforeAll(async () => {
  t = await startTrading();
  const { store, market } = openCliMarket(t.dataDir, {});
  await market.importFile({ venue: 'binance', symbol: 'BTCUSDT', interval: '1m', path: resolveDataFile('BTCUSDT-1m-2024.csv.gz') });
  store.close();
  t.core.bus.on((name, payload) => {
    if (name === 'backtests.progress') progress.push(payload as EventPayload<'backtests.progress'>);
  });
}, 60_000);
afterAll(() => t.close());

const YEAR = { strategy: 'ma-crossover', venue: 'binance', symbol: 'BTCUSDT', interval: '1m', from: Date.UTC(2024, 0, 1), to: Date.UTC(2024, 11, 31, 23, 59) } as const;

describe('sweeps started from a window', () => {
  const sweepProgress: Array<EventPayload<'sweeps.progress'>> = [];
  beforeAll(() => {
    t.core.bus.on((name, payload) => {
      if (name === 'sweeps.progress') sweepProgress.push(payload as EventPayload<'sweeps.progress'>);
    });
  });

  it('run every set on the workers, announce progress, and keep the ranked results for the session', async () => {
    const started = await t.call('sweeps.run', { ...YEAR, grid: { short: [20, 50], long: { from: 100, to: 200, step: 100 } }, rank: 'netProfitPct' });
    expect(started).toMatchObject({ status: 'running', done: 0, total: 4 });
    await expect.poll(() => sweepProgress.find((event) => event.id === started.id && event.status !== 'running')?.status, { timeout: 30_000 }).toBe('completed');
    const result = await t.call('sweeps.get', { id: started.id });
    expect(result).toMatchObject({ axes: ['short', 'long'], sets: 4, skipped: 0, rank: 'netProfitPct', progress: { status: 'completed', done: 4, total: 4 }, walkForward: null });
    const profits = result.rows.map((row) => row.metrics['netProfitPct'] ?? NaN);
    expect(profits).toEqual([...profits].sort((a, b) => b - a));
    // The default set is among them, with the fingerprint pinned for it.
    expect(result.rows.find((row) => row.params['short'] === 50 && row.params['long'] === 200)?.fingerprint.slice(0, 12)).toBe('7fbe52b07655');
  }, 40_000);

  it('stop when cancelled, keeping what had run', async () => {
    const started = await t.call('sweeps.run', { ...YEAR, grid: { short: { from: 5, to: 95, step: 5 }, long: [100, 200] }, rank: 'sharpe' });
    await t.call('sweeps.cancel', { id: started.id });
    await expect.poll(() => sweepProgress.find((event) => event.id === started.id && event.status !== 'running')?.status, { timeout: 30_000 }).toBe('canceled');
    const result = await t.call('sweeps.get', { id: started.id });
    expect(result.rows.length).toBeLessThan(38);
    expect(await t.result('sweeps.get', { id: 999 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await t.result('sweeps.run', { ...YEAR, grid: { short: [300], long: [200] } })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', message: 'No combination of the grid is valid for MA crossover (1 refused)' } });
  }, 40_000);
});

describe('backtests started from a window', () => {
  it('report progress in slices, then store the same run the CLI would', async () => {
    progress.length = 0;
    const started = await t.call('backtests.run', YEAR);
    expect(started).toMatchObject({ strategy: 'ma-crossover', status: 'running', metrics: null });
    await expect.poll(() => progress.at(-1)?.status, { timeout: 20_000 }).toBe('completed');
    const dones = progress.filter((event) => event.id === started.id).map((event) => event.done);
    expect(dones.length).toBeGreaterThan(10);
    expect(dones).toEqual([...dones].sort((a, b) => a - b));
    const detail = await t.call('backtests.get', { id: started.id });
    // The pinned fingerprint of the built-in MA crossover over this year (built-in-fingerprints.test.ts).
    expect(detail.run.fingerprint?.slice(0, 12)).toBe('7fbe52b07655');
    expect(detail.trades).toHaveLength(1757);
    expect((await t.call('backtests.list', { limit: 5 })).runs[0]).toMatchObject({ id: started.id, status: 'completed' });
  }, 30_000);

  it('stop when cancelled, kept as canceled', async () => {
    progress.length = 0;
    const started = await t.call('backtests.run', { ...YEAR, strategy: 'rsi-reversal' });
    await expect.poll(() => progress.some((event) => event.id === started.id), { timeout: 10_000 }).toBe(true);
    await t.call('backtests.cancel', { id: started.id });
    await expect.poll(() => progress.at(-1)?.status, { timeout: 10_000 }).toBe('canceled');
    expect(await t.call('backtests.get', { id: started.id })).toMatchObject({ run: { status: 'canceled', metrics: null, fingerprint: null } });
  }, 30_000);

  it('refuse what cannot run, with the reason', async () => {
    expect(await t.result('backtests.run', { ...YEAR, strategy: 'martingale' })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect(await t.result('backtests.run', { ...YEAR, symbol: 'ETHUSDT' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: expect.stringContaining('No ETHUSDT 1m bars are stored') as unknown } });
    expect(await t.result('backtests.run', { ...YEAR, params: { short: 300, long: 200 } })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
  });

  it('list the strategies with a schema a form can be built from', async () => {
    const { strategies } = await t.call('strategies.list', {});
    expect(strategies.map((strategy) => strategy.type)).toEqual(['rsi-reversal', 'ma-crossover', 'combined']);
    const rsi = strategies[0];
    expect(rsi?.defaults).toEqual({ period: 14, oversold: 30, overbought: 70, amountPerTrade: 100, stopLoss: null, takeProfit: null, trailingStop: null });
    expect(rsi?.paramsSchema).toMatchObject({ type: 'object', properties: { period: { type: 'integer', minimum: 2, maximum: 500, default: 14 } } });
  });
});
