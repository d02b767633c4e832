import { afterEach, describe, expect, it } from 'vitest';
import { ROWS, TRADER } from '../../../test-support/binance-emulator/market-fixtures';
import { startTrading, type TradingFixture } from '../../../test-support/trading-fixture';
import { Decimal } from '../../shared/exchange/decimal';
import { periodStart } from '../../shared/portfolio/pnl-buckets';
import { seedFill, seedOrder } from '../store/test-seed';

/*
 * The hand-made BTCUSDT bars walk 100.00 → 99.00 → … with a one-tick (0.01) half-spread, on a
 * manual clock. The account starts with 10000 USDT and 1 BTC; its maker rate is 0.075 %, its
 * taker rate 0.1 %, and the emulator takes commission in the asset received.
 */
const KEY = { ...TRADER, commission: { maker: '0.00075', taker: '0.001' } };
let t: TradingFixture;
afterEach(() => t.close());

const normalized = (balances: ReadonlyArray<{ asset: string; free: string; locked: string }>) =>
  balances.map(({ asset, free, locked }) => ({ asset, free: new Decimal(free).toFixed(), locked: new Decimal(locked).toFixed() })).sort((a, b) => (a.asset < b.asset ? -1 : 1));

describe('portfolio on the emulator', () => {
  it('balances and the commission rates come from the account', async () => {
    t = await startTrading({ emulator: { keys: [KEY] } });
    const balances = await t.call('portfolio.balances', { accountId: t.accountId });
    expect(balances).toMatchObject({ accountId: t.accountId, makerRate: '0.00075', takerRate: '0.001' });
    expect(normalized(balances.balances)).toEqual([
      { asset: 'BTC', free: '1', locked: '0' },
      { asset: 'USDT', free: '10000', locked: '0' },
    ]);
    await t.call('orders.place', { accountId: t.accountId, symbol: 'BTCUSDT', side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity: '0.1', price: '90' });
    // 0.1 × 90 = 9 USDT locked by the resting buy
    const after = await t.call('portfolio.balances', { accountId: t.accountId });
    expect(normalized(after.balances)).toEqual(normalized(t.emulator.balances(TRADER.apiKey)));
    expect(after.balances.find((balance) => balance.asset === 'USDT')).toEqual({ asset: 'USDT', free: '9991', locked: '9' });
  });

  it('the ticker: best bid, best ask and last price', async () => {
    t = await startTrading({ emulator: { keys: [KEY] } });
    // 100.00 ∓ one tick
    expect(await t.call('market.ticker', { accountId: t.accountId, symbol: 'BTCUSDT' })).toMatchObject({ symbol: 'BTCUSDT', bid: '99.99', ask: '100.01', last: '100' });
    t.emulator.market.clock.advanceSteps(1); // down to 99.00
    const ticker = await t.call('market.ticker', { accountId: t.accountId, symbol: 'BTCUSDT' });
    expect(ticker).toMatchObject({ bid: '98.99', ask: '99.01', last: '99' });
    expect(Math.abs(ticker.time - Date.now())).toBeLessThan(5_000);
    const unknown = await t.result('market.ticker', { accountId: t.accountId, symbol: 'NOPEUSDT' });
    expect(unknown.ok).toBe(false);
  });

  it('positions and P&L after market and limit fills, by average cost with the fees', async () => {
    t = await startTrading({ emulator: { keys: [KEY] } });
    const base = { accountId: t.accountId, symbol: 'BTCUSDT' } as const;
    // 1. market buy 0.5 at the ask 100.01 = 50.005 USDT; fee 0.5 × 0.001 = 0.0005 BTC (taker)
    await t.call('orders.place', { ...base, side: 'BUY', type: 'MARKET', quantity: '0.5' });
    // 2. limit buy 0.1 at 99.50 rests, then fills as maker: 9.95 USDT; fee 0.1 × 0.00075 = 0.000075 BTC
    const limit = await t.call('orders.place', { ...base, side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity: '0.1', price: '99.50' });
    t.emulator.market.clock.advanceSteps(1); // 99.00
    await expect.poll(() => t.app.journal.fillsOf(limit.clientOrderId).length, { timeout: 10_000 }).toBe(1);
    // 3. market sell 0.2 at the bid 98.99 = 19.798 USDT; fee 0.019798 USDT
    const sell = await t.call('orders.place', { ...base, side: 'SELL', type: 'MARKET', quantity: '0.2' });
    expect(sell.status).toBe('FILLED');

    // The emulator's own record: these trades, and balances 1 + 0.4995 + 0.099925 − 0.2 BTC,
    // 10000 − 50.005 − 9.95 + 19.778202 USDT.
    expect(t.emulator.trades(TRADER.apiKey).map(({ price, qty, quoteQty, commission, commissionAsset }) => [price, qty, quoteQty, commission, commissionAsset].map((value) => (/^[\d.]+$/.test(value) ? new Decimal(value).toFixed() : value)))).toEqual([
      ['100.01', '0.5', '50.005', '0.0005', 'BTC'],
      ['99.5', '0.1', '9.95', '0.000075', 'BTC'],
      ['98.99', '0.2', '19.798', '0.019798', 'USDT'],
    ]);
    expect(normalized(t.emulator.balances(TRADER.apiKey))).toEqual([
      { asset: 'BTC', free: '1.399425', locked: '0' },
      { asset: 'USDT', free: '9959.823202', locked: '0' },
    ]);

    /*
     * H = 0.5 − 0.0005 + 0.1 − 0.000075 = 0.599425 BTC for C = 50.005 + 9.95 = 59.955 USDT.
     * The sale takes 0.2 out at 59.955 × 0.2 / 0.599425 = 20.0041706636; proceeds 19.798 − 0.019798
     * = 19.778202; realized −0.2259686636 = −1.1296 % of the cost sold.
     * Left: 0.399425 BTC (the BTC balance less the 1 held before) for 39.9508293364, average
     * 100.0208533178; at 99: worth 39.543075, unrealized −0.4077543364 = −1.0206 %.
     * Fees: 0.0005 × 100.01 + 0.000075 × 99.5 + 0.019798 = 0.0772655.
     */
    const { positions } = await t.call('portfolio.positions', { accountId: t.accountId, isOpenOnly: true });
    expect(positions).toEqual([
      {
        symbol: 'BTCUSDT',
        baseAsset: 'BTC',
        quoteAsset: 'USDT',
        quantity: '0.399425',
        costBasis: '39.9508293364',
        averageEntry: '100.0208533178',
        lastPrice: '99',
        marketValue: '39.543075',
        unrealizedPnl: '-0.4077543364',
        unrealizedPct: '-1.0206',
        realizedPnl: '-0.2259686636',
        realizedPct: '-1.1296',
        feesPaid: '0.0772655',
        unvaluedFees: [],
        untrackedSold: '0',
        fills: 3,
        lastFillAt: expect.any(Number) as number,
      },
    ]);

    const sellFill = t.app.journal.fillsOf(sell.clientOrderId)[0];
    if (sellFill === undefined) throw new Error('the sale has no fill');
    expect(positions[0]?.lastFillAt).toBe(sellFill.time);
    for (const period of ['day', 'week', 'month'] as const) {
      expect((await t.call('portfolio.pnl', { accountId: t.accountId, period, limit: 10 })).buckets).toEqual([
        { start: periodStart(sellFill.time, period), quoteAsset: 'USDT', realized: '-0.2259686636', fees: '0.019798', sells: 1 },
      ]);
    }

    const history = await t.call('fills.history', { accountId: t.accountId, limit: 2 });
    expect(history.total).toBe(3);
    expect(history.fills.map((fill) => fill.side)).toEqual(['SELL', 'BUY']);
    const rest = await t.call('fills.history', { accountId: t.accountId, limit: 2, ...(history.nextCursor ? { cursor: history.nextCursor } : {}) });
    expect(rest).toMatchObject({ total: null, nextCursor: null });
    expect(rest.fills.map((fill) => [fill.side, fill.price])).toEqual([['BUY', '100.01000000']]);
  });

  it('a fee in a third asset is valued at the current price of <asset><quote>, or left unvalued', async () => {
    t = await startTrading({ emulator: { keys: [KEY], market: { BTCUSDT: { rows: ROWS, interval: '1m' }, ETHUSDT: { rows: ROWS, interval: '1m' } } } });
    const { sqlite } = t.app.store;
    const at = Date.UTC(2024, 0, 1);
    // BUY 1 BTC for 100 USDT, fee 0.01 ETH; BUY 1 BTC for 100 USDT, fee 0.5 XYZ (no XYZUSDT market)
    for (const [n, commission, asset] of [[1, '0.01', 'ETH'], [2, '0.5', 'XYZ']] as const) {
      const clientOrderId = seedOrder(sqlite, { clientOrderId: `seeded-${n}`, accountId: t.accountId, createdAt: at + n, price: '100', quantity: '1', executedQty: '1', cumulativeQuoteQty: '100' });
      seedFill(sqlite, { accountId: t.accountId, orderClientId: clientOrderId, tradeId: `seeded-${n}`, time: at + n, price: '100', qty: '1', quoteQty: '100', commission, commissionAsset: asset });
    }
    // ETHUSDT trades at 100 now: the ETH fee is 0.01 × 100 = 1 USDT of cost; C = 100 + 1 + 100 = 201 for 2 BTC
    const { positions } = await t.call('portfolio.positions', { accountId: t.accountId, isOpenOnly: false });
    expect(positions).toMatchObject([{ symbol: 'BTCUSDT', quantity: '2', costBasis: '201', averageEntry: '100.5', feesPaid: '1', unvaluedFees: [{ asset: 'XYZ', amount: '0.5' }], lastPrice: '100' }]);
  });
});
