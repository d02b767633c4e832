import { eq } from 'drizzle-orm';
import { type EntryLimitSettings } from '../../shared/risk/entry-limits';
import { NO_DEPLOYMENT_LIMITS, type DeploymentLimits } from '../../shared/schemas/deployments';
import { riskLimits } from '../store/schema';
import { type StoreDb } from '../store/open-store';

const MINUTE = 60_000;

/** A deployment's own limits, kept in `risk_limits` under its id (every field null when it has none). */
export function readDeploymentLimits(db: Pick<StoreDb, 'select'>, deploymentId: number): DeploymentLimits {
  const row = db.select().from(riskLimits).where(eq(riskLimits.deploymentId, deploymentId)).get();
  if (row === undefined) return NO_DEPLOYMENT_LIMITS;
  return {
    maxTradesPerDay: row.maxTradesPerDay,
    maxAmountPerTrade: row.maxAmountPerTrade,
    cooldownMinutes: row.cooldownMs === null ? null : Math.round(row.cooldownMs / MINUTE),
    maxDrawdownPct: row.maxDrawdownPct === null ? null : row.maxDrawdownPct * 100,
  };
}

export function writeDeploymentLimits(db: Pick<StoreDb, 'insert'>, deploymentId: number, limits: DeploymentLimits, now: number): void {
  const values = {
    maxTradesPerDay: limits.maxTradesPerDay,
    maxAmountPerTrade: limits.maxAmountPerTrade,
    cooldownMs: limits.cooldownMinutes === null ? null : limits.cooldownMinutes * MINUTE,
    maxDrawdownPct: limits.maxDrawdownPct === null ? null : limits.maxDrawdownPct / 100,
    updatedAt: now,
  };
  db.insert(riskLimits)
    .values({ deploymentId, ...values })
    .onConflictDoUpdate({ target: riskLimits.deploymentId, targetWhere: undefined, set: values })
    .run();
}

/** The same limits in the terms the simulated broker and the live runner count them in. */
export function entryLimitSettings(limits: DeploymentLimits): EntryLimitSettings {
  return {
    maxTradesPerDay: limits.maxTradesPerDay,
    maxAmountPerTrade: limits.maxAmountPerTrade === null ? null : Number(limits.maxAmountPerTrade),
    cooldownMs: limits.cooldownMinutes === null ? null : limits.cooldownMinutes * MINUTE,
    maxDrawdownPct: limits.maxDrawdownPct === null ? null : limits.maxDrawdownPct / 100,
  };
}
