import { and, asc, desc, eq, gte, lte } from 'drizzle-orm';
import { type PortfolioSnapshot } from '../../shared/schemas/reports';
import { type StoreDb } from '../store/open-store';
import { portfolioSnapshots } from '../store/schema';
import { StoredHoldingsSchema, type StoredHoldings } from './snapshot-value';

type Reader = Pick<StoreDb, 'select'>;
type SnapshotRow = typeof portfolioSnapshots.$inferSelect;

export interface NewSnapshot {
  readonly accountId: number;
  readonly ts: number;
  readonly quoteAsset: string;
  readonly totalValue: string;
  readonly holdings: StoredHoldings;
}

/** Stores a snapshot; false when the account already has one at that instant (a scheduled tick run twice). */
export function insertSnapshot(db: Pick<StoreDb, 'insert'>, snapshot: NewSnapshot): boolean {
  const result = db
    .insert(portfolioSnapshots)
    .values({ ...snapshot, holdings: JSON.stringify(snapshot.holdings) })
    .onConflictDoNothing()
    .run();
  return result.changes > 0;
}

export function toPortfolioSnapshot(accountId: number, row: Pick<SnapshotRow, 'ts' | 'quoteAsset' | 'totalValue' | 'holdings'>): PortfolioSnapshot {
  const holdings = StoredHoldingsSchema.parse(JSON.parse(row.holdings));
  return { accountId, ts: row.ts, quoteAsset: row.quoteAsset, totalValue: row.totalValue, cash: holdings.cash, holdings: holdings.assets, paper: holdings.paper };
}

/** The newest snapshot at or before `time`. */
export function snapshotAtOrBefore(db: Reader, accountId: number, time: number): PortfolioSnapshot | null {
  const row = db
    .select()
    .from(portfolioSnapshots)
    .where(and(eq(portfolioSnapshots.accountId, accountId), lte(portfolioSnapshots.ts, time)))
    .orderBy(desc(portfolioSnapshots.ts))
    .limit(1)
    .get();
  return row === undefined ? null : toPortfolioSnapshot(accountId, row);
}

export interface CurvePoint {
  readonly ts: number;
  readonly totalValue: string;
  readonly quoteAsset: string;
  readonly holdings: string;
}

/** Every snapshot of the range (inclusive), oldest first, unparsed: the equity curve reads only a few fields. */
export function curveRows(db: Reader, accountId: number, from: number, to: number): CurvePoint[] {
  return db
    .select({ ts: portfolioSnapshots.ts, totalValue: portfolioSnapshots.totalValue, quoteAsset: portfolioSnapshots.quoteAsset, holdings: portfolioSnapshots.holdings })
    .from(portfolioSnapshots)
    .where(and(eq(portfolioSnapshots.accountId, accountId), gte(portfolioSnapshots.ts, from), lte(portfolioSnapshots.ts, to)))
    .orderBy(asc(portfolioSnapshots.ts))
    .all();
}

export function firstSnapshotTime(db: Reader, accountId: number): number | null {
  const row = db.select({ ts: portfolioSnapshots.ts }).from(portfolioSnapshots).where(eq(portfolioSnapshots.accountId, accountId)).orderBy(asc(portfolioSnapshots.ts)).limit(1).get();
  return row?.ts ?? null;
}
