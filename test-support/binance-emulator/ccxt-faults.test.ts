import { DDoSProtection, ExchangeError, InvalidNonce, NetworkError, OperationFailed, RequestTimeout } from 'ccxt';
import { afterEach, describe, expect, it } from 'vitest';
import { MarketHarness, TRADER } from './market-fixtures';

const harness = new MarketHarness();

afterEach(() => harness.stop());

function faultsLogged(path?: string): (string | undefined)[] {
  return harness.emulator.requests.filter((request) => path === undefined || request.path === path).map((request) => request.fault);
}

describe('faults on demand, as ccxt sees them', () => {
  it('latency beyond ccxt’s timeout is RequestTimeout; within it the reply just comes late', async () => {
    const emulator = await harness.start();
    emulator.faults.latencyMs = 40;
    await expect(harness.rest(TRADER, {}).fetchTime()).resolves.toEqual(expect.any(Number));
    const impatient = harness.rest();
    impatient.timeout = 10;
    await expect(impatient.fetchTime()).rejects.toThrow(RequestTimeout);
    expect(faultsLogged('/api/v3/time')).toEqual(['latency-40ms', 'latency-40ms']);
  });

  it('429 with Retry-After is DDoSProtection (binance raises it for both 418 and 429), for the next n requests only', async () => {
    const emulator = await harness.start();
    const exchange = harness.rest();
    emulator.faults.rateLimit429Next(2, 7);
    for (let attempt = 0; attempt < 2; attempt++) {
      const call = exchange.fetchTime();
      await expect(call).rejects.toThrow(DDoSProtection);
      await expect(call).rejects.toThrow('"code":-1003');
    }
    expect(exchange.last_response_headers?.['Retry-After']).toBe('7');
    await expect(exchange.fetchTime()).resolves.toEqual(expect.any(Number));
    expect(emulator.requests.map(({ status, fault }) => [status, fault])).toEqual([
      [429, 'rate-limit-429'],
      [429, 'rate-limit-429'],
      [200, undefined],
    ]);
  });

  it('a 418 ban answers every request until it ends, with the seconds left in Retry-After', async () => {
    const emulator = await harness.start();
    const exchange = harness.rest();
    emulator.faults.ban418(120);
    await expect(exchange.fetchTime()).rejects.toThrow(DDoSProtection);
    await expect(exchange.fetchBalance()).rejects.toThrow('IP banned until');
    expect(Number(exchange.last_response_headers?.['Retry-After'])).toBeGreaterThan(118);
    emulator.faults.clockSkewMs = 121_000; // the ban runs on the server clock
    await expect(exchange.fetchTime()).resolves.toEqual(expect.any(Number));
    expect(emulator.requests.map((request) => request.status)).toEqual([418, 418, 200]);
  });

  it.each([
    [503, OperationFailed],
    [500, OperationFailed],
  ])('an order accepted, then answered %i with an unknown-error body: ccxt raises %o, the order stands', async (status, errorClass) => {
    const emulator = await harness.start();
    emulator.faults.acceptOrderThen5xx(1, { status });
    const attempt = harness.rest().createOrder('BTC/USDT', 'market', 'buy', 0.1, undefined, { clientOrderId: 'tw-unknown' });
    await expect(attempt).rejects.toThrow(errorClass);
    await expect(attempt).rejects.toThrow('{"code":-1000,"msg":"An unknown error occurred while processing the request."}');
    expect(emulator.orders(TRADER.apiKey)).toMatchObject([{ clientOrderId: 'tw-unknown', status: 'FILLED', executedQty: '0.10000000' }]);
    expect(emulator.placeCount('tw-unknown')).toBe(1);
    expect(faultsLogged('/api/v3/order')).toEqual([`accept-then-${status}`]);
  });

  it('an order accepted, then its reply dropped: ccxt raises a NetworkError, the order stands', async () => {
    const emulator = await harness.start();
    emulator.faults.acceptOrderThenDropReply(1);
    const exchange = harness.rest();
    const attempt = exchange.createOrder('BTC/USDT', 'limit', 'buy', 0.1, 99.5, { clientOrderId: 'tw-dropped' });
    await expect(attempt).rejects.toThrow(NetworkError);
    await expect(attempt).rejects.toThrow('fetch failed: other side closed');
    const orderRequests = emulator.requests.filter((request) => request.path === '/api/v3/order');
    expect(orderRequests.map(({ status, fault }) => [status, fault])).toEqual([[0, 'accept-then-drop']]);
    // The product finds it again by its clientOrderId.
    expect(await exchange.fetchOrder('', 'BTC/USDT', { clientOrderId: 'tw-dropped' })).toMatchObject({ status: 'open', amount: 0.1 });
    expect(emulator.placeCount('tw-dropped')).toBe(1);
  });

  it('failNext answers one request to a path with the given failure', async () => {
    const emulator = await harness.start();
    const exchange = harness.rest();
    await exchange.loadMarkets();
    emulator.faults.failNext('/api/v3/account', { status: 500 });
    // -1008 is OperationFailed only for api.binance.com URLs: on a custom URL ccxt uses its generic map.
    emulator.faults.failNext('/api/v3/account', { status: 503, body: { code: -1008, msg: 'Server is currently overloaded with other requests. Please try again in a few minutes.' } });
    await expect(exchange.fetchTime()).resolves.toEqual(expect.any(Number));
    await expect(exchange.fetchBalance()).rejects.toThrow(OperationFailed);
    const overloaded = exchange.fetchBalance();
    await expect(overloaded).rejects.toThrow(ExchangeError);
    await expect(overloaded).rejects.not.toThrow(OperationFailed);
    await expect(exchange.fetchBalance()).resolves.toMatchObject({ BTC: { free: 1 } });
    expect(faultsLogged('/api/v3/account')).toEqual(['fail-next-500', 'fail-next-503', undefined]);
  });

  it('clock skew beyond recvWindow is InvalidNonce', async () => {
    const emulator = await harness.start();
    emulator.faults.clockSkewMs = 20_000;
    await expect(harness.rest().fetchBalance()).rejects.toThrow(InvalidNonce);
  });

  it('dropped WebSockets reject pending watches with a NetworkError; watching again reconnects', async () => {
    const emulator = await harness.start();
    // ccxt waits 1 s (then 2, 4 …) before redialling a URL; a zero base keeps the test instant.
    const exchange = await harness.pro(TRADER, { ws: { cost: 5, backoff: { base: 0 } } });
    const trades = exchange.watchTrades('BTC/USDT');
    const orders = exchange.watchOrders('BTC/USDT');
    await emulator.waitForStream('btcusdt@trade');
    await harness.userStreamReady(exchange);
    emulator.faults.dropWebSockets();
    await Promise.all([expect(trades).rejects.toThrow(NetworkError), expect(orders).rejects.toThrow(NetworkError)]);

    const again = exchange.watchTrades('BTC/USDT');
    await emulator.waitForStream('btcusdt@trade');
    emulator.market.clock.advanceSteps(1);
    expect((await again).at(-1)).toMatchObject({ price: 99 });
    expect(emulator.connections.map((connection) => connection.path)).toEqual(['/ws/0', '/ws-api/v3', '/ws/0']);
  });
});
