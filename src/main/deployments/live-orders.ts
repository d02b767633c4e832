import { and, asc, desc, eq, gte, inArray, isNotNull, notInArray } from 'drizzle-orm';
import { type StoreDb } from '../store/open-store';
import { brackets, decisions, deploymentTrades, fills, orders } from '../store/schema';
import { type RoundTripOrders, type TripOrder } from './live-round-trip';

type Reader = Pick<StoreDb, 'select'>;

const tripOrderColumns = {
  clientOrderId: orders.clientOrderId,
  side: orders.side,
  type: orders.type,
  status: orders.status,
  executedQty: orders.executedQty,
  cumulativeQuoteQty: orders.cumulativeQuoteQty,
  createdAt: orders.createdAt,
};

export type LiveTripOrder = TripOrder & { readonly type: string };

export type LiveRoundTripOrders = RoundTripOrders & { readonly entry: LiveTripOrder; readonly exits: readonly LiveTripOrder[] };

/**
 * A live deployment's round trips not yet recorded as trades, oldest first: each buy it made
 * since its last recorded entry, with the sells made before its next buy, and their fills. The
 * journal is written before anything is sent, so this finds an order even when the app died
 * while sending it, and a round trip that closed while the app was down.
 */
export function unrecordedRoundTrips(db: Reader, deploymentId: number): LiveRoundTripOrders[] {
  const recorded = db.select({ id: deploymentTrades.entryOrderClientId }).from(deploymentTrades).where(and(eq(deploymentTrades.deploymentId, deploymentId), isNotNull(deploymentTrades.entryOrderClientId)));
  const lastRecorded = db
    .select({ createdAt: orders.createdAt })
    .from(orders)
    .where(and(eq(orders.deploymentId, deploymentId), inArray(orders.clientOrderId, recorded)))
    .orderBy(desc(orders.createdAt))
    .get();
  const since = lastRecorded?.createdAt ?? 0;
  const all = db
    .select(tripOrderColumns)
    .from(orders)
    .where(and(eq(orders.deploymentId, deploymentId), gte(orders.createdAt, since), notInArray(orders.clientOrderId, recorded)))
    .orderBy(asc(orders.createdAt), asc(orders.clientOrderId))
    .all();
  const trips: { entry: LiveTripOrder; exits: LiveTripOrder[] }[] = [];
  for (const order of all) {
    if (order.side === 'BUY') trips.push({ entry: order, exits: [] });
    else trips.at(-1)?.exits.push(order);
  }
  if (trips.length === 0) return [];
  const ids = trips.flatMap((trip) => [trip.entry.clientOrderId, ...trip.exits.map((exit) => exit.clientOrderId)]);
  const tripFills = db
    .select({ orderClientId: fills.orderClientId, price: fills.price, qty: fills.qty, commission: fills.commission, commissionAsset: fills.commissionAsset, time: fills.time })
    .from(fills)
    .where(inArray(fills.orderClientId, ids))
    .all();
  return trips.map((trip) => {
    const own = new Set([trip.entry.clientOrderId, ...trip.exits.map((exit) => exit.clientOrderId)]);
    return { ...trip, fills: tripFills.filter((fill) => own.has(fill.orderClientId)) };
  });
}

/** The rule that fired for the decision that sent this order, if it was written. */
export function reasonOfOrder(db: Reader, deploymentId: number, clientOrderId: string): string | null {
  return db.select({ reason: decisions.reason }).from(decisions).where(and(eq(decisions.deploymentId, deploymentId), eq(decisions.orderClientId, clientOrderId))).get()?.reason ?? null;
}

/** The bracket an entry was sent with: its levels, and whether the exchange holds (or is about to hold) them. */
export function bracketOf(db: Reader, entryClientOrderId: string): { readonly stopPrice: number | null; readonly takeProfitPrice: number | null; readonly isOnExchange: boolean } | null {
  const row = db.select({ status: brackets.status, stopPrice: brackets.stopPrice, takeProfitPrice: brackets.takeProfitPrice }).from(brackets).where(eq(brackets.entryClientOrderId, entryClientOrderId)).get();
  if (row === undefined) return null;
  return {
    stopPrice: row.stopPrice === null ? null : Number(row.stopPrice),
    takeProfitPrice: row.takeProfitPrice === null ? null : Number(row.takeProfitPrice),
    isOnExchange: row.status === 'waiting' || row.status === 'placed',
  };
}
