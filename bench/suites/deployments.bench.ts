import { performance } from 'node:perf_hooks';
import { runEngine } from '../../src/main/backtest/engine';
import { DEFAULT_COSTS } from '../../src/main/backtest/engine-types';
import { DEFAULT_RULES } from '../../src/main/backtest/symbol-rules';
import { type StrategyStepper } from '../../src/main/deployments/deployment-runner';
import { type IsolatedStepOutcome } from '../../src/main/strategy-runner/isolated-stepper';
import { parseParams } from '../../src/main/strategy-runner/live-stepper';
import { strategyOfType } from '../../src/shared/strategy/registry';
import { type BarView, type Intent, type PositionView } from '../../src/shared/strategy/types';
import { TRADER } from '../../test-support/binance-emulator/market-fixtures';
import { hmacSha256Hex } from '../../test-support/binance-emulator/signing';
import { type BinanceEmulator } from '../../test-support/binance-emulator/types';
import { fileCandles, MINUTE, REPLAY_START, startReplayTrading, waitFor, WARMUP_BARS } from '../../test-support/deployment-fixture';
import { type TradingFixture } from '../../test-support/trading-fixture';
import { percentile, type Figure } from '../lib/results';

const DEPLOYMENTS = 20;
const LATENCY_BARS = 40;
const CPU_BARS = 120;
const RSI = { period: 14, oversold: 30, overbought: 70 };

/** When the emulator took each order: the first execution report of each order id, told the moment it is placed. */
function orderArrivals(emulator: BinanceEmulator): number[] {
  const arrivals: number[] = [];
  const seen = new Set<string>();
  emulator.onUserEvent(TRADER.apiKey, (event) => {
    const report = event as { e?: string; c?: string };
    if (report.e !== 'executionReport' || report.c === undefined || seen.has(report.c)) return;
    seen.add(report.c);
    arrivals.push(performance.now());
  });
  return arrivals;
}

/** A strategy that trades every bar (buy when flat, sell when holding), so every bar close sends one order per deployment. */
function flipStepper(): StrategyStepper {
  let position: PositionView | null = null;
  let index = 0;
  return {
    setPosition: (view) => {
      position = view;
    },
    step: (bar: BarView): Promise<IsolatedStepOutcome> => {
      const isOpen = position?.isOpen === true;
      const intent: Intent | null = position?.isEntryPending === true ? null : isOpen ? { action: 'exit', reason: 'flip' } : { action: 'enter', orderType: 'market', quoteAmount: 100, reason: 'flip' };
      return Promise.resolve({ ok: true, result: { index: index++, time: bar.time, intent, inputs: {}, previous: {} } });
    },
    close: () => Promise.resolve(),
  };
}

async function deployAll(t: TradingFixture, mode: 'paper' | 'live'): Promise<number[]> {
  const ids: number[] = [];
  for (let index = 0; index < DEPLOYMENTS; index++) {
    const deployment = await t.call('deployments.create', { accountId: t.accountId, strategyType: 'rsi-reversal', params: RSI, symbol: 'BTCUSDT', timeframe: '1m', amountPerTrade: '100', mode });
    ids.push(deployment.id);
  }
  return ids;
}

async function allAt(t: TradingFixture, ids: readonly number[], barTime: number): Promise<void> {
  for (const id of ids) await waitFor(() => t.call('deployments.get', { id }), (d) => (d.state.lastBarTime ?? 0) >= barTime, `bar ${barTime} of deployment ${id}`, 30_000);
}

/** The peer: the same number of bare signed order requests, fired the moment the bar closes, with nothing in between. */
async function rawOrders(url: string, count: number): Promise<void> {
  await Promise.all(
    Array.from({ length: count }, async () => {
      const query = `symbol=BTCUSDT&side=BUY&type=MARKET&quoteOrderQty=10&timestamp=${Date.now()}&recvWindow=10000`;
      const response = await fetch(`${url}/api/v3/order?${query}&signature=${hmacSha256Hex(TRADER.secretKey, query)}`, { method: 'POST', headers: { 'X-MBX-APIKEY': TRADER.apiKey } });
      await response.text();
    }),
  );
}

/**
 * Candle close to order sent: 20 live deployments on BTCUSDT 1m, each trading every bar. The
 * clock starts when the emulator closes the bar (it pushes the kline over the stream) and stops
 * when the emulator places each order: the stream, the closed-bar feed, the strategy
 * step, the journal, the risk gate, the last-price check and the signed request, all included.
 */
async function measureLatency(): Promise<{ ours: number[]; peer: number[] }> {
  const t = await startReplayTrading({ startStrategy: () => Promise.resolve(flipStepper()) });
  try {
    const arrivals = orderArrivals(t.emulator);
    const ids = await deployAll(t, 'live');
    const ours: number[] = [];
    const peer: number[] = [];
    for (let bar = 1; bar <= LATENCY_BARS; bar++) {
      const before = arrivals.length;
      const closedAt = performance.now();
      t.emulator.market.clock.advanceBars(1, 'BTCUSDT');
      await allAt(t, ids, REPLAY_START + (bar - 1) * MINUTE);
      await waitFor(() => Promise.resolve(arrivals.length - before), (count) => count >= DEPLOYMENTS, `the orders of bar ${bar}`);
      if (bar > 3) ours.push(...arrivals.slice(before, before + DEPLOYMENTS).map((at) => at - closedAt));
      // The peer, between bars, on the same emulator.
      const peerBefore = arrivals.length;
      const peerStart = performance.now();
      await rawOrders(t.emulator.url, DEPLOYMENTS);
      if (bar > 3) peer.push(...arrivals.slice(peerBefore, peerBefore + DEPLOYMENTS).map((at) => at - peerStart));
    }
    return { ours, peer };
  } finally {
    await t.close();
  }
}

/**
 * CPU of 20 paper RSI deployments, each in its own worker thread, over 120 one-minute bars the
 * emulator closes back to back: process CPU (main and worker threads, the in-process emulator
 * included) per bar. The peer is the backtest engine stepping the same strategy over the same
 * bars 20 times: the arithmetic alone.
 */
async function measureCpu(): Promise<{ perBar: number; peerPerBar: number }> {
  const t = await startReplayTrading();
  try {
    const ids = await deployAll(t, 'paper');
    const before = process.cpuUsage();
    for (let bar = 1; bar <= CPU_BARS; bar++) {
      t.emulator.market.clock.advanceBars(1, 'BTCUSDT');
      await allAt(t, ids, REPLAY_START + (bar - 1) * MINUTE);
    }
    const used = process.cpuUsage(before);
    const perBar = (used.user + used.system) / 1000 / CPU_BARS;
    const strategy = strategyOfType('rsi-reversal');
    if (strategy === undefined) throw new Error('rsi-reversal is built in');
    const candles = fileCandles(REPLAY_START - WARMUP_BARS * MINUTE, REPLAY_START + (CPU_BARS - 1) * MINUTE);
    const peerBefore = process.cpuUsage();
    for (let run = 0; run < DEPLOYMENTS; run++) {
      runEngine({ strategy, params: parseParams(strategy, { ...RSI, amountPerTrade: 100 }), candles, initialCapital: 10_000, costs: DEFAULT_COSTS, rules: DEFAULT_RULES, tradeFromIndex: WARMUP_BARS });
    }
    const peerUsed = process.cpuUsage(peerBefore);
    return { perBar, peerPerBar: (peerUsed.user + peerUsed.system) / 1000 / CPU_BARS };
  } finally {
    await t.close();
  }
}

export async function benchDeployments(): Promise<Figure[]> {
  const { ours, peer } = await measureLatency();
  const { perBar, peerPerBar } = await measureCpu();
  const p50 = percentile(ours, 50);
  const peerP50 = percentile(peer, 50);
  return [
    { name: `candle close to order sent, ${DEPLOYMENTS} live deployments (p50)`, value: p50, unit: 'ms', note: 'Emulator closes the bar → kline stream → closed-bar feed → strategy → journal, gate, last price → signed POST arrives' },
    { name: `candle close to order sent, ${DEPLOYMENTS} live deployments (p99)`, value: percentile(ours, 99), unit: 'ms' },
    { name: `peer: ${DEPLOYMENTS} bare signed order POSTs fired at once, until arrival (p50)`, value: peerP50, unit: 'ms' },
    { name: `peer: ${DEPLOYMENTS} bare signed order POSTs fired at once, until arrival (p99)`, value: percentile(peer, 99), unit: 'ms' },
    { name: 'candle close to order sent / bare POST (p50)', value: p50 / peerP50, unit: 'x' },
    { name: `CPU per 1m bar, ${DEPLOYMENTS} paper RSI deployments in workers`, value: perBar, unit: 'ms', note: 'Process CPU, main and worker threads, with the in-process emulator serving the bars' },
    { name: `CPU share of one core at real time (1 bar a minute), ${DEPLOYMENTS} deployments`, value: (perBar / MINUTE) * 100, unit: '%' },
    { name: `peer: backtest engine, the same strategy × ${DEPLOYMENTS} over the same bars, CPU per bar`, value: peerPerBar, unit: 'ms', note: 'Includes the 1,000 warm-up bars each run steps through' },
    { name: 'deployments CPU per bar / backtest engine CPU per bar', value: perBar / peerPerBar, unit: 'x' },
  ];
}
