import { type ExchangeGateway } from '../exchange/gateway';
import { type Logger } from '../log/logger';
import { type JournalOrder, type OrderJournal } from './order-journal';

/**
 * After this long, an order the exchange does not know can no longer reach it: Binance refuses
 * a request whose timestamp is older than its recvWindow (ccxt sends 10 s), so a request still
 * in flight somewhere is dead by then. Before it, "not found" may only mean "not yet".
 */
export const NOT_PLACED_AFTER_MS = 60_000;

export interface ReconcileReport {
  readonly checked: number;
  readonly updated: number;
  readonly adopted: number;
  readonly notPlaced: number;
  /** Orders the exchange does not know yet, looked up again next time. */
  readonly stillUnknown: number;
  readonly fillsAdded: number;
}

export interface ReconcilerDeps {
  readonly accountId: number;
  readonly gateway: ExchangeGateway;
  readonly journal: OrderJournal;
  readonly logger: Logger;
  /** Told about every order this changed, so windows can update. */
  readonly onChanged: (order: JournalOrder) => void;
  readonly now?: () => number;
}

/**
 * Brings the journal in line with the exchange, by clientOrderId. One request lists the open
 * orders; every order the journal still expects to change is matched against it, and only the
 * ones no longer open are looked up one by one (they filled, were cancelled, or never arrived).
 * An open order the journal lacks is adopted and marked; executions the journal is missing are
 * fetched. An order the exchange cannot find is looked up again on the next run, and only
 * declared "not placed" once it can no longer arrive. It is never dropped.
 */
export async function reconcile(deps: ReconcilerDeps): Promise<ReconcileReport> {
  const { accountId, gateway, journal, onChanged } = deps;
  const now = deps.now ?? Date.now;
  const log = deps.logger.child('reconcile');
  let updated = 0;
  let notPlaced = 0;
  let stillUnknown = 0;
  let adopted = 0;
  let fillsAdded = 0;
  const unsettled = journal.unsettled(accountId);
  const open = await gateway.fetchOpenOrders();
  const openById = new Map(open.map((report) => [report.clientOrderId, report]));

  for (const order of unsettled) {
    const report = openById.get(order.clientOrderId) ?? (await gateway.fetchOrder(order.symbol, order.clientOrderId));
    if (report !== null) {
      const { order: after, hasChanged } = journal.apply(accountId, report, now());
      if (hasChanged) {
        updated++;
        onChanged(after);
      }
      continue;
    }
    const since = order.sentAt ?? order.createdAt;
    const canStillArrive = order.status === 'pending' || order.status === 'unknown' ? now() - since < NOT_PLACED_AFTER_MS : true;
    if (canStillArrive) {
      stillUnknown++;
      if (order.status !== 'pending' && order.status !== 'unknown') {
        log.warn(`The exchange no longer finds order ${order.clientOrderId} (${order.status}); looking again later`, { clientOrderId: order.clientOrderId });
      }
      continue;
    }
    const after = journal.markNotPlaced(order.clientOrderId, 'The exchange never received this order (it was not sent, or its request was lost and has expired)', now());
    log.warn(`Order ${order.clientOrderId} was never placed; marked as not placed`, { clientOrderId: order.clientOrderId });
    notPlaced++;
    onChanged(after);
  }

  for (const report of open) {
    if (journal.get(report.clientOrderId) !== undefined) continue;
    const taken = journal.adopt(accountId, report, now());
    log.info(`Adopted order ${report.clientOrderId} (${report.side} ${report.symbol}), placed outside Tradewind`, { clientOrderId: report.clientOrderId });
    adopted++;
    onChanged(taken);
  }

  for (const order of journal.withMissingFills(accountId)) {
    if (order.exchangeOrderId === null) continue;
    const added = journal.recordTrades(accountId, order.clientOrderId, await gateway.fetchOrderTrades(order.symbol, order.exchangeOrderId));
    if (added > 0) {
      fillsAdded += added;
      onChanged(order);
    }
  }

  const report: ReconcileReport = { checked: unsettled.length, updated, adopted, notPlaced, stillUnknown, fillsAdded };
  if (updated + adopted + notPlaced + fillsAdded > 0) log.info('Reconciled with the exchange', { ...report });
  return report;
}
