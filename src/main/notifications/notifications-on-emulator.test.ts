import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTrading, type TradingFixture } from '../../../test-support/trading-fixture';
import { type EventPayload } from '../../shared/contract';
import { type Notification } from '../../shared/schemas/notifications';

/*
 * The feed on the real core against the emulator: a fill is told once however often it is
 * reported, a refusal of the risk gate is told with its reason, a day's report is told when it
 * is written, and reading marks them so.
 */
let t: TradingFixture;
const pushed: Notification[] = [];

beforeAll(async () => {
  t = await startTrading();
  t.core.bus.on((name, payload) => {
    if (name === 'notifications.created') pushed.push(payload as Notification);
  });
}, 60_000);

afterAll(async () => {
  await t.close();
});

describe('notifications', () => {
  it('tells of a fill once, even when the order is looked up again', async () => {
    const order = await t.call('orders.place', { accountId: t.accountId, symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: '0.1' });
    expect(order.status).toBe('FILLED');
    await t.call('orders.reconcile', { accountId: t.accountId });
    const { notifications } = await t.call('notifications.list', {});
    const fills = notifications.filter((notification) => notification.kind === 'fill');
    expect(fills).toHaveLength(1);
    expect(fills[0]).toMatchObject({ level: 'info', title: 'Bought 0.1 BTCUSDT', accountId: t.accountId, deploymentId: null, isRead: false });
    expect(fills[0]?.body).toContain(`(by hand), order ${order.clientOrderId}`);
    expect(pushed.filter((notification) => notification.kind === 'fill')).toHaveLength(1);
  });

  it('tells of a refusal of the risk gate, with the limit in words', async () => {
    await t.call('risk.setLimits', { accountId: t.accountId, maxOrderValue: '50', maxOpenOrders: null, maxOrdersPerMinute: null, priceBandPct: null, dailyLossLimit: null });
    const refused = await t.result('orders.place', { accountId: t.accountId, symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: '0.6' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'RISK_LIMIT' } });
    const { notifications } = await t.call('notifications.list', {});
    const refusal = notifications.find((notification) => notification.kind === 'gate-refusal');
    expect(refusal).toMatchObject({ level: 'warning', title: 'Order on BTCUSDT refused by the risk gate', accountId: t.accountId });
    expect(refusal?.body).toBe(refused.ok ? '' : refused.error.message);
  });

  it("tells of a day's report when it is written, once", () => {
    const ready: EventPayload<'reports.dailyReady'> = { accountId: t.accountId, day: '2026-11-20', quoteAsset: 'USDT', tradeCount: 3, realizedPnl: '12.5', endingEquity: '10012.5', equityChangePct: '0.13' };
    t.core.bus.emit('reports.dailyReady', ready);
    t.core.bus.emit('reports.dailyReady', ready);
    const reports = pushed.filter((notification) => notification.kind === 'daily-report');
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({ title: 'Daily report for 2026-11-20', body: '3 trades, realized P&L 12.5 USDT, +0.13 %' });
  });

  it('pages newest first and marks read', async () => {
    const first = await t.call('notifications.list', { limit: 2 });
    expect(first.notifications.map((notification) => notification.kind)).toEqual(['daily-report', 'gate-refusal']);
    expect(first.unread).toBe(3);
    const next = await t.call('notifications.list', { limit: 2, before: first.nextBefore ?? undefined });
    expect(next.notifications.map((notification) => notification.kind)).toEqual(['fill']);
    expect(next.nextBefore).toBeNull();
    const [newest] = first.notifications;
    expect(await t.call('notifications.markRead', { ids: [newest?.id ?? 0] })).toEqual({ unread: 2 });
    expect((await t.call('notifications.list', { unreadOnly: true })).notifications).toHaveLength(2);
    expect(await t.call('notifications.markRead', {})).toEqual({ unread: 0 });
  });
});
