import { Decimal, toExchangeString } from '../../shared/exchange/decimal';
import { type Deployment } from '../../shared/schemas/deployments';
import { type Notification } from '../../shared/schemas/notifications';
import { type DailyReady } from '../../shared/schemas/reports';
import { type EventBus } from '../core/event-bus';
import { type Logger } from '../log/logger';
import { type JournalOrder } from '../orders/order-journal';
import { type StoreDb } from '../store/open-store';
import { insertNotification, type NewNotification } from './notification-repo';

/** Refusals of one rule on one symbol are told once a minute: a strategy asking every bar is not a flood. */
const REFUSAL_WINDOW_MS = 60_000;

export interface GateRefusalNotice {
  readonly accountId: number;
  readonly symbol: string;
  readonly rule: string;
  readonly message: string;
}

/**
 * Turns what happens into the in-app feed: fills, refusals of the risk gate, deployments that
 * stopped on their own, and each day's report. Each is stored once per event (a fill reported by
 * the reply, the stream and a lookup is one notification) and pushed as `notifications.created`,
 * which the window shows in its feed and, where the trader allows it, on the desktop.
 */
export class NotificationCenter {
  readonly #db: StoreDb;
  readonly #bus: EventBus;
  readonly #log: Logger;
  readonly #now: () => number;

  constructor(deps: { db: StoreDb; bus: EventBus; logger: Logger; now?: () => number }) {
    this.#db = deps.db;
    this.#bus = deps.bus;
    this.#log = deps.logger.child('notifications');
    this.#now = deps.now ?? Date.now;
  }

  /** Every change of an order passes here; a fill (in part or in full) is told once per amount filled. */
  orderChanged(order: JournalOrder): void {
    const executed = new Decimal(order.executedQty);
    if (executed.isZero() || (order.status !== 'FILLED' && order.status !== 'PARTIALLY_FILLED')) return;
    const side = order.side === 'BUY' ? 'Bought' : 'Sold';
    const average = new Decimal(order.cumulativeQuoteQty).dividedBy(executed).toSignificantDigits(10);
    const whose = order.origin === 'strategy' && order.deploymentId !== null ? `deployment #${order.deploymentId}` : order.isAdopted ? 'placed outside this app' : order.listClientOrderId === null ? 'by hand' : 'bracket exit';
    this.#add({
      kind: 'fill',
      level: 'info',
      title: `${side} ${toExchangeString(executed)} ${order.symbol}${order.status === 'PARTIALLY_FILLED' ? ' (part)' : ''}`,
      body: `${order.type} ${order.side} at ${toExchangeString(average)} on average (${whose}), order ${order.clientOrderId}`,
      accountId: order.accountId,
      deploymentId: order.deploymentId,
      eventKey: `fill:${order.clientOrderId}:${toExchangeString(executed)}`,
    });
  }

  gateRefused(refusal: GateRefusalNotice): void {
    const window = Math.floor(this.#now() / REFUSAL_WINDOW_MS);
    this.#add({
      kind: 'gate-refusal',
      level: 'warning',
      title: `Order on ${refusal.symbol} refused by the risk gate`,
      body: refusal.message,
      accountId: refusal.accountId,
      deploymentId: null,
      eventKey: `gate:${refusal.accountId}:${refusal.symbol}:${refusal.rule}:${window}`,
    });
  }

  /** A deployment paused or stopped without being asked to: a limit, a strategy error, the kill switch. */
  deploymentHalted(deployment: Deployment, reason: string): void {
    this.#add({
      kind: 'deployment-error',
      level: 'error',
      title: `${deployment.strategyName} on ${deployment.symbol} ${deployment.timeframe} ${deployment.status === 'stopped' ? 'stopped' : 'paused'}`,
      body: reason,
      accountId: deployment.accountId,
      deploymentId: deployment.id,
      eventKey: `deployment:${deployment.id}:${deployment.status}:${deployment.updatedAt}`,
    });
  }

  dailyReport(report: DailyReady): void {
    const change = report.equityChangePct === null ? '' : `, ${Number(report.equityChangePct) >= 0 ? '+' : ''}${report.equityChangePct} %`;
    this.#add({
      kind: 'daily-report',
      level: 'info',
      title: `Daily report for ${report.day}`,
      body: `${report.tradeCount} trade${report.tradeCount === 1 ? '' : 's'}, realized P&L ${report.realizedPnl} ${report.quoteAsset}${change}`,
      accountId: report.accountId,
      deploymentId: null,
      eventKey: `daily:${report.accountId}:${report.day}`,
    });
  }

  #add(notification: NewNotification): Notification | null {
    try {
      const stored = insertNotification(this.#db, notification, this.#now());
      if (stored !== null) this.#bus.emit('notifications.created', stored);
      return stored;
    } catch (error: unknown) {
      // A notification that cannot be stored (the account was just deleted) never stops what it tells of.
      this.#log.warn(`A notification was not stored: ${notification.title}`, { error: error instanceof Error ? error.message : String(error) });
      return null;
    }
  }
}
