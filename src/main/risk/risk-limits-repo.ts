import { eq } from 'drizzle-orm';
import { type RiskLimits, type RiskLimitsInput } from '../../shared/schemas/risk';
import { riskLimits } from '../store/schema';
import { type StoreDb } from '../store/open-store';

/** An account's pre-trade limits; an account that never set any has none (every field null). */
export function readRiskLimits(db: StoreDb, accountId: number): RiskLimits {
  const row = db.select().from(riskLimits).where(eq(riskLimits.accountId, accountId)).get();
  return {
    accountId,
    maxOrderValue: row?.maxAmountPerTrade ?? null,
    maxOpenOrders: row?.maxOpenOrders ?? null,
    maxOrdersPerMinute: row?.maxOrdersPerMinute ?? null,
    priceBandPct: row?.priceBandPct ?? null,
    dailyLossLimit: row?.dailyLossLimit ?? null,
    updatedAt: row?.updatedAt ?? null,
  };
}

/** Replaces the account's limits (the fields this app manages; the deployment-only ones stay). */
export function writeRiskLimits(db: Pick<StoreDb, 'insert'>, input: RiskLimitsInput, now: number): void {
  const values = {
    maxAmountPerTrade: input.maxOrderValue,
    maxOpenOrders: input.maxOpenOrders,
    maxOrdersPerMinute: input.maxOrdersPerMinute,
    priceBandPct: input.priceBandPct,
    dailyLossLimit: input.dailyLossLimit,
    updatedAt: now,
  };
  db.insert(riskLimits)
    .values({ accountId: input.accountId, ...values })
    .onConflictDoUpdate({ target: riskLimits.accountId, targetWhere: undefined, set: values })
    .run();
}
