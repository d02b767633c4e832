import { describe, expect, it } from 'vitest';
import { TRADER } from '../../../test-support/binance-emulator/market-fixtures';
import { MINUTE, REPLAY_START as START, replayBacktest, waitFor } from '../../../test-support/deployment-fixture';
import { replayTradingPerFile, RSI_14 as PARAMS } from '../../../test-support/replay-trading-per-file';
import { Decimal } from '../../shared/exchange/decimal';
import { type Deployment } from '../../shared/schemas/deployments';
import { rulesFrom } from '../backtest/backtest-rules';

/*
 * A live deployment on the emulator's replay of March 2024: its decisions become real orders
 * through the order service (journal, gate, origin `strategy`), the position is what its own
 * buys left after the fee, and the trader's own coins and orders on the same symbol are never
 * touched. Its signals come on the same bars as a backtest's.
 */

const LIVE_BARS = 360;

const trading = replayTradingPerFile();

async function runBars(id: number, from: number, to: number): Promise<Deployment> {
  const fixture = trading();
  let deployment = await fixture.call('deployments.get', { id });
  for (let bar = from; bar <= to; bar++) {
    fixture.emulator.market.clock.advanceBars(1, 'BTCUSDT');
    const expected = START + (bar - 1) * MINUTE;
    if (bar % 5 === 0 || bar === to) deployment = await waitFor(() => fixture.call('deployments.get', { id }), (d) => (d.state.lastBarTime ?? 0) >= expected, `bar ${expected}`);
  }
  return deployment;
}

describe('a live deployment on the emulator', () => {
  it('trades with its own orders on the signals a backtest gives, and never touches what the trader holds by hand', async () => {
    const fixture = trading();
    const { accountId, emulator } = fixture;
    // The trader's own position and a resting order of theirs on the same symbol.
    const manualBuy = await fixture.call('orders.place', { accountId, symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: '0.01' });
    expect(manualBuy.status).toBe('FILLED');
    const manualSell = await fixture.call('orders.place', { accountId, symbol: 'BTCUSDT', side: 'SELL', type: 'LIMIT', timeInForce: 'GTC', quantity: '0.5', price: '90000' });
    expect(manualSell.status).toBe('NEW');
    const btcBefore = emulator.balances(TRADER.apiKey).find((balance) => balance.asset === 'BTC');

    const created = await fixture.call('deployments.create', { accountId, strategyType: 'rsi-reversal', params: PARAMS, symbol: 'BTCUSDT', timeframe: '1m', amountPerTrade: '1000', mode: 'live' });
    expect(created.status).toBe('running');
    const { sessions: opened } = await fixture.call('deployments.sessions', { id: created.id });
    // The session starts from the account's worth on the market: its USDT plus its BTC at the last price.
    expect(Number(opened[0]?.initialBalance)).toBeGreaterThan(100_000);

    const deployment = await runBars(created.id, 1, LIVE_BARS);
    const lastBar = deployment.state.lastBarTime ?? 0;
    expect(lastBar).toBe(START + (LIVE_BARS - 1) * MINUTE);

    const filters = await fixture.call('markets.filters', { accountId, symbol: 'BTCUSDT' });
    const backtest = replayBacktest('rsi-reversal', { ...PARAMS, amountPerTrade: 1000 }, rulesFrom(filters).rules, lastBar);
    const closed = backtest.trades.filter((trade) => trade.exitTime !== null);
    expect(closed.length).toBeGreaterThanOrEqual(2);

    const { trades } = await fixture.call('deployments.trades', { id: created.id });
    const { decisions } = await fixture.call('deployments.decisions', { deploymentId: created.id });
    // Each order went out at the close of the bar that signalled, the bar before the backtest's fill.
    const barOf = (clientOrderId: string | null): number | null => decisions.find((decision) => decision.orderClientId === clientOrderId)?.barTime ?? null;
    expect(trades.map((trade) => [barOf(trade.entryOrderClientId), barOf(trade.exitOrderClientId)])).toEqual(closed.map((trade) => [trade.entryTime - MINUTE, (trade.exitTime ?? 0) - MINUTE]));
    expect(trades.every((trade) => trade.mode === 'live' && trade.exitReason === 'RSI 14 fell below 70' && trade.entryReason === 'RSI 14 rose above 30')).toBe(true);

    // Its orders: origin strategy, tagged with it, one per decision that sent one, each placed once.
    const orders = (await fixture.call('orders.list', { accountId, limit: 500 })).orders.filter((order) => order.deploymentId === created.id);
    expect(orders.every((order) => order.origin === 'strategy')).toBe(true);
    const sent = decisions.flatMap((decision) => (decision.orderClientId === null ? [] : [decision.orderClientId]));
    expect(orders.map((order) => order.clientOrderId).sort()).toEqual([...sent].sort());
    for (const id of sent) expect(emulator.placeCount(id)).toBe(1);
    for (const decision of decisions.filter((candidate) => candidate.orderClientId !== null)) expect(decision.outcome).toMatch(/^Market (buy|sell) of /);

    // Each sell sold exactly what its buy left after the fee, rounded down to the lot step.
    const exchangeOrders = emulator.orders(TRADER.apiKey);
    for (const trade of trades) {
      const buy = exchangeOrders.find((order) => order.clientOrderId === trade.entryOrderClientId);
      const sell = exchangeOrders.find((order) => order.clientOrderId === trade.exitOrderClientId);
      if (buy === undefined || sell === undefined) throw new Error('both orders of a round trip reached the exchange');
      expect(buy).toMatchObject({ side: 'BUY', type: 'MARKET' });
      expect(Number(buy.origQuoteOrderQty)).toBe(1000);
      const fee = buy.fills.filter((fill) => fill.commissionAsset === 'BTC').reduce((sum, fill) => sum.plus(fill.commission), new Decimal(0));
      const held = new Decimal(buy.executedQty).minus(fee);
      const step = new Decimal(filters.stepSize ?? '0.00001');
      expect(new Decimal(sell.executedQty).toString()).toBe(held.dividedBy(step).floor().times(step).toString());
    }

    // The trader's resting sell is still there, and their coins are all still there (the deployment's dust aside, it only ever added).
    const stillResting = await fixture.call('orders.list', { accountId, limit: 500 });
    expect(stillResting.orders.find((order) => order.clientOrderId === manualSell.clientOrderId)?.status).toBe('NEW');
    const btcAfter = emulator.balances(TRADER.apiKey).find((balance) => balance.asset === 'BTC');
    const held = new Decimal(deployment.state.positionQty);
    expect(new Decimal(btcAfter?.free ?? '0').plus(btcAfter?.locked ?? '0').minus(held).greaterThanOrEqualTo(new Decimal(btcBefore?.free ?? '0').plus(btcBefore?.locked ?? '0'))).toBe(true);

    const stopped = await fixture.call('deployments.stop', { id: created.id });
    const { sessions } = await fixture.call('deployments.sessions', { id: created.id });
    expect(sessions[0]).toMatchObject({ stopReason: 'user', tradeCount: trades.length });

    // The divergence view lines the session up with the backtester's replay of its own candles:
    // the same trades on the same bars, and what the exchange's fills cost against the replay's.
    const divergence = await fixture.call('deployments.divergence', { id: created.id, sessionId: sessions[0]?.id ?? 0 });
    expect(divergence).toMatchObject({ mode: 'live', fromBar: START, toBar: lastBar, bars: LIVE_BARS, missed: 0, extra: 0, notes: [] });
    const bothClosed = divergence.rows.filter((row) => row.replay?.exitBar !== null && row.actual?.exitBar !== null);
    expect(bothClosed).toHaveLength(trades.length);
    bothClosed.forEach((row, index) => {
      const real = trades[index];
      const replayed = closed[index];
      if (real === undefined || replayed === undefined) throw new Error('a row for each trade');
      expect(row).toMatchObject({ kind: 'matched', entryBarsLate: 0, exitBarsLate: 0, notes: [] });
      expect(row.actual).toMatchObject({ entryPrice: real.entryPrice, exitPrice: real.exitPrice, fees: real.fees, pnl: real.pnl });
      expect(row.replay).toMatchObject({ entryPrice: replayed.entryPrice, exitPrice: replayed.exitPrice, fees: replayed.fees, pnl: replayed.pnl });
      expect(row.entrySlippageBps).toBeCloseTo(((real.entryPrice - replayed.entryPrice) / replayed.entryPrice) * 10_000, 9);
      expect(row.exitSlippageBps).toBeCloseTo(((replayed.exitPrice ?? 0) - real.exitPrice) / (replayed.exitPrice ?? 1) * 10_000, 9);
      expect(row.feeDiff).toBeCloseTo(real.fees - replayed.fees, 12);
      expect(row.pnlDiff).toBeCloseTo(real.pnl - replayed.pnl, 12);
    });
    // The exchange filled at its own prices, not the replay's next open.
    expect(bothClosed.some((row) => row.entrySlippageBps !== 0 || row.exitSlippageBps !== 0)).toBe(true);
    expect(divergence.actual.pnl).toBeCloseTo(trades.reduce((sum, trade) => sum + trade.pnl, 0), 9);
    expect(Number(sessions[0]?.finalBalance)).toBeGreaterThan(100_000);
    expect(stopped.state.equity).not.toBeNull();
  }, 180_000);

  it('runs two deployments side by side on one symbol, each selling only what it bought, one protected by a stop-loss and take-profit on the exchange', async () => {
    const fixture = trading();
    const { accountId, emulator } = fixture;
    const common = { accountId, strategyType: 'rsi-reversal', symbol: 'BTCUSDT', timeframe: '1m', mode: 'live' } as const;
    const plain = await fixture.call('deployments.create', { ...common, params: PARAMS, amountPerTrade: '1000' });
    const bracketed = await fixture.call('deployments.create', { ...common, params: { ...PARAMS, stopLoss: 0.002, takeProfit: 0.002 }, amountPerTrade: '500' });
    const firstBar = LIVE_BARS + 1;
    const waitingBrackets = fixture.app.store.sqlite.prepare<[], { count: number }>("select count(*) as count from brackets where status = 'waiting'");
    for (let bar = firstBar; bar < firstBar + LIVE_BARS; bar++) {
      emulator.market.clock.advanceBars(1, 'BTCUSDT');
      // Bar by bar, both deployments done with it and any exits sent, so the OCO meets the price it was priced for.
      for (const id of [plain.id, bracketed.id]) await waitFor(() => fixture.call('deployments.get', { id }), (d) => (d.state.lastBarTime ?? 0) >= START + (bar - 1) * MINUTE, `bar ${bar} of ${id}`);
      await waitFor(() => Promise.resolve(waitingBrackets.get()?.count ?? 0), (count) => count === 0, 'the exits');
    }

    const exchangeOrders = emulator.orders(TRADER.apiKey);
    const journal = (await fixture.call('orders.list', { accountId, limit: 500 })).orders;
    for (const id of [plain.id, bracketed.id]) {
      const { trades } = await fixture.call('deployments.trades', { id });
      expect(trades.length).toBeGreaterThanOrEqual(1);
      for (const trade of trades) {
        const buy = exchangeOrders.find((order) => order.clientOrderId === trade.entryOrderClientId);
        const sold = journal.filter((order) => order.deploymentId === id && order.side === 'SELL' && order.createdAt >= (journal.find((candidate) => candidate.clientOrderId === trade.entryOrderClientId)?.createdAt ?? 0));
        if (buy === undefined) throw new Error('the entry reached the exchange');
        const fee = buy.fills.filter((fill) => fill.commissionAsset === 'BTC').reduce((sum, fill) => sum.plus(fill.commission), new Decimal(0));
        // Never more than its own buy left after the fee.
        const soldForTrade = sold.filter((order) => order.clientOrderId === trade.exitOrderClientId).reduce((sum, order) => sum.plus(order.executedQty), new Decimal(0));
        expect(soldForTrade.lessThanOrEqualTo(new Decimal(buy.executedQty).minus(fee))).toBe(true);
        expect(soldForTrade.greaterThan(0)).toBe(true);
      }
    }
    // The bracketed one's exits were an OCO on the exchange, sized to its own holding, and at least one of them closed a trade.
    const { trades: protectedTrades } = await fixture.call('deployments.trades', { id: bracketed.id });
    expect(protectedTrades.some((trade) => trade.exitReason === 'stop-loss' || trade.exitReason === 'take-profit')).toBe(true);
    const lists = emulator.orderLists(TRADER.apiKey);
    const ownLegs = journal.filter((order) => order.deploymentId === bracketed.id && order.listClientOrderId !== null);
    expect(ownLegs.length).toBeGreaterThanOrEqual(2);
    const ownLists = lists.filter((candidate) => ownLegs.some((leg) => leg.listClientOrderId === candidate.listClientOrderId));
    expect(ownLists.length).toBeGreaterThanOrEqual(1);
    for (const list of ownLists) {
      expect(list.orders.map((leg) => leg.type).sort()).toEqual(['LIMIT_MAKER', 'STOP_LOSS_LIMIT']);
    }
    // The plain one never sent a list.
    expect(journal.some((order) => order.deploymentId === plain.id && order.listClientOrderId !== null)).toBe(false);
    await fixture.call('deployments.stop', { id: plain.id });
    await fixture.call('deployments.stop', { id: bracketed.id });
  }, 180_000);

  it('follows its stop-loss and take-profit itself on closed bars when the exchange refuses the OCO', async () => {
    const fixture = trading();
    const { accountId, emulator } = fixture;
    const created = await fixture.call('deployments.create', { accountId, strategyType: 'rsi-reversal', symbol: 'BTCUSDT', timeframe: '1m', mode: 'live', params: { ...PARAMS, stopLoss: 0.002, takeProfit: 0.002 }, amountPerTrade: '500' });
    const firstBar = 2 * LIVE_BARS + 1;
    const failedBrackets = fixture.app.store.sqlite.prepare<[], { count: number }>("select count(*) as count from brackets where status = 'failed'");
    const failedBefore = failedBrackets.get()?.count ?? 0;
    const waitingBrackets = fixture.app.store.sqlite.prepare<[], { count: number }>("select count(*) as count from brackets where status = 'waiting'");
    let trades: Awaited<ReturnType<typeof fixture.call<'deployments.trades'>>>['trades'] = [];
    // Its OCO is refused, as Binance refuses one whose prices the market has already moved past.
    emulator.faults.failNext('/api/v3/orderList/oco', { status: 400, body: { code: -2010, msg: 'The relationship of the prices for the orders is not correct.' } });
    for (let bar = firstBar; bar < firstBar + LIVE_BARS && trades.length === 0; bar++) {
      emulator.market.clock.advanceBars(1, 'BTCUSDT');
      await waitFor(() => fixture.call('deployments.get', { id: created.id }), (d) => (d.state.lastBarTime ?? 0) >= START + (bar - 1) * MINUTE, `bar ${bar}`);
      await waitFor(() => Promise.resolve(waitingBrackets.get()?.count ?? 0), (count) => count === 0, 'the exits');
      trades = (await fixture.call('deployments.trades', { id: created.id })).trades;
    }
    emulator.faults.clear();
    expect(failedBrackets.get()?.count ?? 0).toBeGreaterThan(failedBefore);
    expect(trades).toHaveLength(1);
    const [trade] = trades;
    expect(['stop-loss', 'take-profit']).toContain(trade?.exitReason);
    // It sold at market, by itself, what its buy left.
    const sell = emulator.orders(TRADER.apiKey).find((order) => order.clientOrderId === trade?.exitOrderClientId);
    expect(sell).toMatchObject({ side: 'SELL', type: 'MARKET', status: 'FILLED' });
    await fixture.call('deployments.stop', { id: created.id });
  }, 180_000);
});
