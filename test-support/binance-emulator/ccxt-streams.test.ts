import { afterEach, describe, expect, it } from 'vitest';
import { MarketHarness, MINUTE, T0 } from './market-fixtures';

const harness = new MarketHarness();

afterEach(() => harness.stop());

describe('market streams through ccxt.pro', () => {
  it('watchOHLCV receives the forming bar on every sub-step, closed on the last', async () => {
    const emulator = await harness.start();
    const exchange = await harness.pro(undefined);
    const first = exchange.watchOHLCV('BTC/USDT', '1m');
    await emulator.waitForStream('btcusdt@kline_1m');
    emulator.market.clock.advanceSteps(1);
    expect((await first).at(-1)).toEqual([T0, 100, 100, 99, 99, 5]);

    const next = exchange.watchOHLCV('BTC/USDT', '1m');
    emulator.market.clock.advanceSteps(1);
    expect((await next).at(-1)).toEqual([T0, 100, 101, 99, 101, 7.5]);
    const closing = exchange.watchOHLCV('BTC/USDT', '1m');
    emulator.market.clock.advanceSteps(1);
    expect((await closing).at(-1)).toEqual([T0, 100, 101, 99, 100.5, 10]);
    const nextBar = exchange.watchOHLCV('BTC/USDT', '1m');
    emulator.market.clock.advanceSteps(1);
    expect((await nextBar).at(-1)).toEqual([T0 + MINUTE, 100.5, 100.5, 100.5, 100.5, 5]);
    expect(emulator.connections.map((connection) => connection.path)).toEqual(['/ws/0']);
  });

  it('watchTrades receives one market trade per sub-step, and the account’s own fills', async () => {
    const emulator = await harness.start();
    const watcher = await harness.pro(undefined);
    const pending = watcher.watchTrades('BTC/USDT');
    await emulator.waitForStream('btcusdt@trade');
    emulator.market.clock.advanceSteps(1);
    const [marketTrade] = await pending;
    expect(marketTrade).toMatchObject({ id: '1', price: 99, amount: 2.5, timestamp: T0 + 19_999, side: 'sell' });

    const own = watcher.watchTrades('BTC/USDT');
    await harness.rest().createOrder('BTC/USDT', 'market', 'buy', 0.5);
    expect((await own).at(-1)).toMatchObject({ id: '2', price: 99.01, amount: 0.5, side: 'buy' });
  });

  it('watchTicker receives the 24-hour mini ticker (what ccxt 4.5.84 subscribes), watchBidsAsks the book ticker', async () => {
    const emulator = await harness.start();
    const exchange = await harness.pro(undefined);
    const ticker = exchange.watchTicker('BTC/USDT');
    const bidsAsks = exchange.watchBidsAsks(['BTC/USDT']);
    await emulator.waitForStream('btcusdt@miniTicker');
    await emulator.waitForStream('btcusdt@bookTicker');
    emulator.market.clock.advanceSteps(1);
    expect(await ticker).toMatchObject({ symbol: 'BTC/USDT', last: 99, open: 100, high: 100, low: 99, baseVolume: 5 });
    expect((await bidsAsks)['BTC/USDT']).toMatchObject({ bid: 98.99, ask: 99.01, bidVolume: 2.5 });

    const full = exchange.watchTicker('BTC/USDT', { name: 'ticker' });
    await emulator.waitForStream('btcusdt@ticker');
    emulator.market.clock.advanceSteps(1);
    expect(await full).toMatchObject({ last: 101, high: 101, low: 99, bid: 100.99, ask: 101.01, change: 1, percentage: 1 });
  });

  it('watchOrderBook syncs a REST snapshot with the diff stream and follows the spread', async () => {
    const emulator = await harness.start({ replay: { depthLevels: 3 } });
    const exchange = await harness.pro(undefined);
    const snapshot = await exchange.watchOrderBook('BTC/USDT');
    expect(snapshot.bids.map(([price]) => price)).toEqual([99.99, 99.98, 99.97]);
    expect(emulator.requests.map((request) => request.path)).toContain('/api/v3/depth');
    const update = exchange.watchOrderBook('BTC/USDT');
    emulator.market.clock.advanceSteps(1);
    const book = await update;
    expect(book.bids.map(([price]) => price)).toEqual([98.99, 98.98, 98.97]);
    expect(book.asks.map(([price]) => price)).toEqual([99.01, 99.02, 99.03]);
  });

  it('serves combined streams and the live SUBSCRIBE / LIST_SUBSCRIPTIONS methods on the wire', async () => {
    const emulator = await harness.start();
    const { WebSocket } = await import('ws');
    const socket = new WebSocket(`${emulator.url.replace('http', 'ws')}/stream?streams=btcusdt@trade/btcusdt@bookTicker`);
    const messages: unknown[] = [];
    let waiting: { count: number; resolve: () => void } | undefined;
    socket.on('message', (data: Buffer) => {
      messages.push(JSON.parse(data.toString('utf8')));
      if (waiting !== undefined && messages.length >= waiting.count) waiting.resolve();
    });
    const received = (count: number): Promise<void> => new Promise((resolve) => (waiting = { count, resolve }));
    await new Promise((resolve) => socket.once('open', resolve));
    const replies = received(2);
    socket.send(JSON.stringify({ method: 'SUBSCRIBE', params: ['btcusdt@kline_1m'], id: 7 }));
    socket.send(JSON.stringify({ method: 'LIST_SUBSCRIPTIONS', id: 8 }));
    await replies;
    expect(messages).toEqual([
      { result: null, id: 7 },
      { result: ['btcusdt@trade', 'btcusdt@bookTicker', 'btcusdt@kline_1m'], id: 8 },
    ]);
    const events = received(5);
    emulator.market.clock.advanceSteps(1);
    await events;
    expect(messages.slice(2).map((message) => (message as { stream: string }).stream)).toEqual(['btcusdt@trade', 'btcusdt@bookTicker', 'btcusdt@kline_1m']);
    expect(messages[3]).toEqual({ stream: 'btcusdt@bookTicker', data: { u: 2, s: 'BTCUSDT', b: '98.99000000', B: '2.50000000', a: '99.01000000', A: '2.50000000' } });
    socket.close();
  });

  it('serves a raw stream named in the path, unwrapped', async () => {
    const emulator = await harness.start();
    const { WebSocket } = await import('ws');
    const socket = new WebSocket(`${emulator.url.replace('http', 'ws')}/ws/btcusdt@kline_1m`);
    await new Promise((resolve) => socket.once('open', resolve));
    const event = new Promise<unknown>((resolve) => socket.once('message', (data: Buffer) => resolve(JSON.parse(data.toString('utf8')))));
    await emulator.waitForStream('btcusdt@kline_1m');
    emulator.market.clock.advanceSteps(3);
    expect(await event).toMatchObject({ e: 'kline', E: T0 + 19_999, s: 'BTCUSDT', k: { t: T0, T: T0 + 59_999, i: '1m', o: '100.00000000', l: '99.00000000', x: false } });
    socket.close();
  });
});
