import { performance } from 'node:perf_hooks';
import { createCcxtGateway } from '../../src/main/exchange/ccxt-gateway';
import { reconcile, type ReconcileReport } from '../../src/main/orders/reconciler';
import { TRADER } from '../../test-support/binance-emulator/market-fixtures';
import { startTrading, type TradingFixture } from '../../test-support/trading-fixture';
import { marketForOpenOrders, placeRestingBuys } from '../lib/resting-orders';
import { median, type Figure } from '../lib/results';
import { fetchOpenOrdersRaw } from './peer-open-orders';

const OPEN_ORDERS = 1_000;
/** Each fixture adopts once, then reconciles this many times with nothing to change. */
const FIXTURES = 3;
const STEADY_RUNS = 5;

interface Timings {
  readonly adoption: number;
  readonly steady: number[];
  readonly request: number[];
  readonly peer: number[];
}

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await work();
  return { ms: performance.now() - start, value };
}

function expectReport(report: ReconcileReport, expected: Partial<ReconcileReport>): void {
  for (const [field, value] of Object.entries(expected)) {
    if (report[field as keyof ReconcileReport] !== value) throw new Error(`unexpected reconciliation: ${JSON.stringify(report)}`);
  }
}

/**
 * One fresh core and emulator with 1,000 buys resting that the journal has never seen. The
 * product's reconcile() runs over the product's ccxt gateway, as a connection runs it, minus the
 * account stream (which would adopt the orders on its own as they appear). ccxt's rate limiter
 * stays on, as in the product, in its rolling-window mode (Binance's per-minute weight); the
 * runs here stay far inside one minute's budget, so it lets every request through at once.
 */
async function measureFixture(t: TradingFixture): Promise<Timings> {
  placeRestingBuys(t.emulator, OPEN_ORDERS);
  const gateway = await createCcxtGateway({ connection: t.app.accounts.connectionFor(t.accountId), logger: t.core.logger, onHealth: () => undefined });
  try {
    // What a connection does first (ccxt's markets get loaded), then one untimed listing.
    await gateway.syncClock();
    await gateway.fetchSymbols();
    await gateway.fetchOpenOrders();
    await fetchOpenOrdersRaw(t.emulator.url, TRADER);
    const run = (): Promise<ReconcileReport> => reconcile({ accountId: t.accountId, gateway, journal: t.app.journal, logger: t.core.logger, onChanged: () => undefined });
    const adoption = await timed(run);
    expectReport(adoption.value, { checked: 0, adopted: OPEN_ORDERS });
    const timings: Timings = { adoption: adoption.ms, steady: [], request: [], peer: [] };
    for (let index = 0; index < STEADY_RUNS; index++) {
      const ours = await timed(run);
      expectReport(ours.value, { checked: OPEN_ORDERS, updated: 0, adopted: 0, notPlaced: 0, fillsAdded: 0 });
      timings.steady.push(ours.ms);
      timings.request.push((await timed(() => gateway.fetchOpenOrders())).ms);
      const raw = await timed(() => fetchOpenOrdersRaw(t.emulator.url, TRADER));
      if (raw.value !== OPEN_ORDERS) throw new Error(`openOrders listed ${raw.value} orders`);
      timings.peer.push(raw.ms);
    }
    return timings;
  } finally {
    await gateway.close();
  }
}

/** Reconciling 1,000 open orders through the real ccxt client, against the raw request it rests on. */
export async function benchReconcile(): Promise<Figure[]> {
  const all: Timings[] = [];
  for (let fixture = 0; fixture < FIXTURES; fixture++) {
    const t = await startTrading({ emulator: marketForOpenOrders(OPEN_ORDERS) });
    try {
      all.push(await measureFixture(t));
    } finally {
      await t.close();
    }
  }
  const steady = median(all.flatMap((timings) => timings.steady));
  const peer = median(all.flatMap((timings) => timings.peer));
  return [
    { name: 'reconcile 1,000 open orders, all known to the journal (median)', value: steady, unit: 'ms' },
    { name: 'reconcile: gateway openOrders alone, ccxt limiter included (median)', value: median(all.flatMap((timings) => timings.request)), unit: 'ms' },
    { name: 'reconcile 1,000 open orders, all adopted (median)', value: median(all.map((timings) => timings.adoption)), unit: 'ms' },
    { name: 'peer: signed GET openOrders (1,000 orders) + JSON.parse (median)', value: peer, unit: 'ms' },
    { name: 'reconcile 1,000 known open orders / raw openOrders request', value: steady / peer, unit: 'x' },
  ];
}
