import { and, asc, eq, gte, isNull } from 'drizzle-orm';
import { type StoreDb } from '../store/open-store';
import { decisions, orders } from '../store/schema';
import { completeDecision } from './deployment-repo';

/** What a live decision says while its order is on the way; one still saying it at a start was cut short by a crash. */
export const SENDING_OUTCOME = 'Sending…';

/**
 * Settles the decisions a crash caught between writing them and hearing back from the exchange:
 * each is linked to the order the deployment journaled right after it (the journal is written
 * before sending, so if it went, it is there), or marked as never sent. The order's own fate is
 * settled by reconciliation, which looks it up on the exchange by its client id.
 */
export function settleInterruptedDecisions(db: StoreDb, deploymentId: number): number {
  const cut = db
    .select({ id: decisions.id, ts: decisions.ts, signal: decisions.signal })
    .from(decisions)
    .where(and(eq(decisions.deploymentId, deploymentId), eq(decisions.outcome, SENDING_OUTCOME), isNull(decisions.orderClientId)))
    .orderBy(asc(decisions.ts))
    .all();
  return db.transaction((tx) => {
    const linked = new Set(
      tx
        .select({ id: decisions.orderClientId })
        .from(decisions)
        .where(eq(decisions.deploymentId, deploymentId))
        .all()
        .map((row) => row.id),
    );
    for (const decision of cut) {
      // The decision's own order: the first of its side journaled after it, not a bracket's leg, not claimed by another decision.
      const order = tx
        .select({ clientOrderId: orders.clientOrderId, side: orders.side })
        .from(orders)
        .where(and(eq(orders.deploymentId, deploymentId), eq(orders.side, decision.signal === 'buy' ? 'BUY' : 'SELL'), isNull(orders.listClientOrderId), gte(orders.createdAt, decision.ts)))
        .orderBy(asc(orders.createdAt))
        .all()
        .find((candidate) => !linked.has(candidate.clientOrderId));
      if (order !== undefined) linked.add(order.clientOrderId);
      if (order === undefined) {
        completeDecision(tx, decision.id, { orderClientId: null, noOrderReason: 'The app stopped before the order was sent', outcome: 'No order: the app stopped before the order was sent' });
      } else {
        completeDecision(tx, decision.id, { orderClientId: order.clientOrderId, noOrderReason: null, outcome: `${order.side === 'BUY' ? 'Buy' : 'Sell'} order ${order.clientOrderId} was sent as the app stopped; its outcome was looked up on the exchange after the restart` });
      }
    }
    return cut.length;
  });
}
