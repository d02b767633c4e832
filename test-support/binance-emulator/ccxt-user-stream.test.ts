import { AuthenticationError } from 'ccxt';
import { afterEach, describe, expect, it } from 'vitest';
import { keyString } from './fixtures';
import { MarketHarness, TRADER } from './market-fixtures';

const harness = new MarketHarness();

afterEach(() => harness.stop());

describe('the user data stream through ccxt.pro (WebSocket API userDataStream.subscribe.signature)', () => {
  it('watchOrders receives the execution reports of a placement and of its fill', async () => {
    const emulator = await harness.start();
    const exchange = await harness.pro();
    const placed = exchange.watchOrders('BTC/USDT');
    await harness.userStreamReady(exchange);
    const order = await exchange.createOrder('BTC/USDT', 'limit', 'buy', 0.1, 99.5, { clientOrderId: 'tw-watched' });
    const [update] = await placed;
    expect(update).toMatchObject({ id: order.id, clientOrderId: 'tw-watched', status: 'open', filled: 0, price: 99.5, amount: 0.1 });
    expect(update?.info).toMatchObject({ e: 'executionReport', x: 'NEW', X: 'NEW', w: true, t: -1, N: null, C: '' });

    const filled = exchange.watchOrders('BTC/USDT');
    emulator.market.clock.advanceSteps(1);
    const [fill] = (await filled).slice(-1);
    expect(fill).toMatchObject({ id: order.id, status: 'closed', filled: 0.1, cost: 9.95, fee: { cost: 0.0001, currency: 'BTC' } });
    expect(fill?.info).toMatchObject({ x: 'TRADE', X: 'FILLED', l: '0.10000000', L: '99.50000000', m: true, n: '0.00010000', N: 'BTC', w: false });
    expect(emulator.connections.map((connection) => connection.path)).toEqual(['/ws-api/v3']);
  });

  it('watchOrders sees a cancel with the original clientOrderId, and orders placed elsewhere', async () => {
    const emulator = await harness.start();
    const exchange = await harness.pro();
    const first = exchange.watchOrders('BTC/USDT');
    await harness.userStreamReady(exchange);
    const elsewhere = emulator.placeOrder(TRADER.apiKey, { symbol: 'BTCUSDT', side: 'SELL', type: 'LIMIT', timeInForce: 'GTC', quantity: '0.2', price: '105', newClientOrderId: 'web-1' });
    expect((await first)[0]).toMatchObject({ id: String(elsewhere.orderId), clientOrderId: 'web-1', status: 'open', side: 'sell' });
    expect(await exchange.fetchOpenOrders('BTC/USDT')).toMatchObject([{ clientOrderId: 'web-1' }]);

    const canceled = exchange.watchOrders('BTC/USDT');
    await exchange.cancelOrder(String(elsewhere.orderId), 'BTC/USDT');
    const [report] = (await canceled).slice(-1);
    expect(report).toMatchObject({ clientOrderId: 'web-1', status: 'canceled' });
    expect(report?.info).toMatchObject({ x: 'CANCELED', C: 'web-1' });
    // c is the cancel request's own id, not the order's.
    expect((report?.info as Record<string, unknown>)['c']).not.toBe('web-1');
  });

  it('watchBalance follows outboundAccountPosition after a placement and balanceUpdate after a deposit', async () => {
    const emulator = await harness.start();
    const exchange = await harness.pro();
    const locked = exchange.watchBalance();
    await harness.userStreamReady(exchange);
    await exchange.createOrder('BTC/USDT', 'limit', 'buy', 0.1, 99.5);
    expect((await locked)['USDT']).toMatchObject({ free: 9990.05, used: 9.95 });

    const deposited = exchange.watchBalance();
    emulator.adjustBalance(TRADER.apiKey, 'USDT', '25.5');
    expect((await deposited)['USDT']).toMatchObject({ free: 10015.55 });
    expect(emulator.balances(TRADER.apiKey)[0]).toEqual({ asset: 'USDT', free: '10015.55000000', locked: '9.95000000' });
  });

  it('watchMyTrades receives the account’s fills', async () => {
    await harness.start();
    const exchange = await harness.pro();
    const trades = exchange.watchMyTrades('BTC/USDT');
    await harness.userStreamReady(exchange);
    await exchange.createOrder('BTC/USDT', 'market', 'sell', 0.25);
    expect((await trades)[0]).toMatchObject({ price: 99.99, amount: 0.25, side: 'sell', takerOrMaker: 'taker', fee: { cost: 0.02499750, currency: 'USDT' } });
  });

  it('a wrong secret fails the WebSocket API subscription with AuthenticationError (-1022)', async () => {
    await harness.start();
    const exchange = await harness.pro({ ...TRADER, secretKey: keyString('notTheSecret') });
    await exchange.loadMarkets();
    const attempt = exchange.watchOrders('BTC/USDT');
    // ccxt also rejects a future of its own that nobody awaits; without this it is an unhandled rejection.
    const orphan: unknown = exchange.client(`${harness.emulator.url.replace('http', 'ws')}/ws-api/v3`).futures['authenticate:signature:spot'];
    if (orphan instanceof Promise) orphan.catch(() => undefined);
    await expect(attempt).rejects.toThrow(AuthenticationError);
    await expect(attempt).rejects.toThrow('Signature for this request is not valid.');
  });
});
