import { performance } from 'node:perf_hooks';
import { DEFAULT_SYMBOLS, toExchangeInfoSymbol } from '../../test-support/binance-emulator/symbols';
import { startTrading } from '../../test-support/trading-fixture';
import { createInstantGateway } from '../lib/instant-gateway';
import { percentile, type Figure } from '../lib/results';
import { openRawJournal } from './peer-sqlite-journal';

const WARM_UP = 200;
const ORDERS = 2_000;

/**
 * What the app adds to every order before and after the network: `orders.place` through the
 * core's router (validation, the filter check, the pending row and its audit entry committed,
 * marked sent, the reply applied), against an exchange that answers at once. The peer is the
 * bare write-ahead minimum on the same disk.
 */
export async function benchOrderJournal(): Promise<Figure[]> {
  let sentAt = 0;
  const t = await startTrading({
    createGateway: () =>
      Promise.resolve(
        createInstantGateway({
          symbols: DEFAULT_SYMBOLS.map(toExchangeInfoSymbol),
          lastPrice: '100.00',
          onOrder: () => {
            sentAt = performance.now();
          },
        }),
      ),
  });
  const raw = openRawJournal();
  try {
    await t.call('exchange.connect', { accountId: t.accountId });
    const order = { accountId: t.accountId, symbol: 'BTCUSDT', side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity: '0.1', price: '100.00' } as const;
    const whole: number[] = [];
    const beforeSend: number[] = [];
    const peer: number[] = [];
    // Ours and the peer take turns, so a busy moment on the machine lands on both.
    for (let index = 0; index < WARM_UP + ORDERS; index++) {
      const start = performance.now();
      const placed = await t.call('orders.place', order);
      const end = performance.now();
      raw.writeOne();
      const peerEnd = performance.now();
      if (placed.status !== 'FILLED') throw new Error(`expected the instant exchange to fill the order, got ${placed.status}`);
      if (index < WARM_UP) continue;
      whole.push((end - start) * 1000);
      beforeSend.push((sentAt - start) * 1000);
      peer.push((peerEnd - end) * 1000);
    }
    const ours = percentile(whole, 50);
    const bare = percentile(peer, 50);
    return [
      { name: 'orders.place with an instant exchange, whole call (p50)', value: ours, unit: 'µs' },
      { name: 'orders.place with an instant exchange, whole call (p99)', value: percentile(whole, 99), unit: 'µs' },
      { name: 'orders.place with an instant exchange, until sent (p50)', value: percentile(beforeSend, 50), unit: 'µs' },
      { name: 'orders.place with an instant exchange, until sent (p99)', value: percentile(beforeSend, 99), unit: 'µs' },
      { name: 'peer: raw SQLite INSERT then UPDATE, one commit each (p50)', value: bare, unit: 'µs' },
      { name: 'peer: raw SQLite INSERT then UPDATE, one commit each (p99)', value: percentile(peer, 99), unit: 'µs' },
      { name: 'orders.place overhead / raw SQLite write-ahead (p50)', value: ours / bare, unit: 'x' },
    ];
  } finally {
    raw.close();
    await t.close();
  }
}
