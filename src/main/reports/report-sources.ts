import { and, asc, eq, gte, inArray, lt, min } from 'drizzle-orm';
import { z } from 'zod';
import { type DeploymentMode } from '../../shared/domain/enums';
import { type StoreDb } from '../store/open-store';
import { deployments, deploymentState, deploymentTrades, fills, orders, strategies, tradingSessions } from '../store/schema';
import { type FillTag } from './fill-days';
import { type OpenPaperEntry, type PaperRoundTrip } from './paper-days';

/*
 * What reports read from the other domains' tables (orders and fills, deployments and their
 * trades, sessions and state): reads only, nothing here writes.
 */

type Reader = Pick<StoreDb, 'select'>;

export interface DeploymentInfo {
  readonly id: number;
  readonly accountId: number;
  readonly strategyId: number;
  readonly strategyName: string;
  readonly strategyType: string;
  readonly symbol: string;
  readonly mode: DeploymentMode;
  readonly amountPerTrade: string;
  readonly paperCapital: string | null;
  readonly createdAt: number;
}

/** The name a strategy row was created with (kept in its parameters, as deployment-repo writes it). */
export function strategyDisplayName(parameters: string, type: string): string {
  const name = (JSON.parse(parameters) as { name?: unknown }).name;
  return typeof name === 'string' ? name : type;
}

/** Deployments (of one account, or all), oldest first, with their strategy's name and type. */
export function deploymentInfos(db: Reader, accountId?: number): DeploymentInfo[] {
  return db
    .select({
      id: deployments.id,
      accountId: deployments.accountId,
      strategyId: deployments.strategyId,
      strategyType: strategies.type,
      parameters: strategies.parameters,
      symbol: deployments.symbol,
      mode: deployments.mode,
      amountPerTrade: deployments.amountPerTrade,
      paperCapital: deployments.paperCapital,
      createdAt: deployments.createdAt,
    })
    .from(deployments)
    .innerJoin(strategies, eq(strategies.id, deployments.strategyId))
    .where(accountId === undefined ? undefined : eq(deployments.accountId, accountId))
    .orderBy(asc(deployments.id))
    .all()
    .map(({ parameters, ...row }) => ({ ...row, strategyName: strategyDisplayName(parameters, row.strategyType) }));
}

export interface StoredRoundTrip extends PaperRoundTrip {
  readonly deploymentId: number;
  readonly returnPct: number;
}

/** The round trips of these deployments, by deployment, oldest exit first. */
export function roundTripsOf(db: Reader, deploymentIds: readonly number[]): Map<number, StoredRoundTrip[]> {
  const byDeployment = new Map<number, StoredRoundTrip[]>(deploymentIds.map((id) => [id, []]));
  if (deploymentIds.length === 0) return byDeployment;
  const rows = db
    .select({
      deploymentId: deploymentTrades.deploymentId,
      entryTime: deploymentTrades.entryTime,
      entryPrice: deploymentTrades.entryPrice,
      exitTime: deploymentTrades.exitTime,
      exitPrice: deploymentTrades.exitPrice,
      quantity: deploymentTrades.quantity,
      fees: deploymentTrades.fees,
      pnl: deploymentTrades.pnl,
      returnPct: deploymentTrades.returnPct,
    })
    .from(deploymentTrades)
    .where(inArray(deploymentTrades.deploymentId, [...deploymentIds]))
    .orderBy(asc(deploymentTrades.exitTime), asc(deploymentTrades.id))
    .all();
  for (const row of rows) byDeployment.get(row.deploymentId)?.push(row);
  return byDeployment;
}

export interface SessionSpan {
  readonly deploymentId: number;
  readonly startedAt: number;
  /** Null while the session is open. */
  readonly endedAt: number | null;
}

export function sessionSpansOf(db: Reader, deploymentIds: readonly number[]): SessionSpan[] {
  if (deploymentIds.length === 0) return [];
  return db
    .select({ deploymentId: tradingSessions.deploymentId, startedAt: tradingSessions.startedAt, endedAt: tradingSessions.endedAt })
    .from(tradingSessions)
    .where(inArray(tradingSessions.deploymentId, [...deploymentIds]))
    .all();
}

/** The part of `deployment_state.book` (a PaperBookSnapshot) reports read; the rest is the runner's. */
const PaperBookSchema = z.object({
  broker: z.object({ cash: z.number(), quantity: z.number(), entryPrice: z.number(), entryTime: z.number() }),
  equity: z.number(),
});

export interface PaperBookNow {
  readonly cash: number;
  readonly equity: number;
  readonly open: OpenPaperEntry | null;
}

/** A paper deployment's simulated cash, equity and open position now; null before its first bar. */
export function paperBookOf(db: Reader, deploymentId: number): PaperBookNow | null {
  const row = db.select({ book: deploymentState.book }).from(deploymentState).where(eq(deploymentState.deploymentId, deploymentId)).get();
  if (row?.book === null || row?.book === undefined) return null;
  const parsed = PaperBookSchema.safeParse(JSON.parse(row.book));
  if (!parsed.success) return null;
  const { broker, equity } = parsed.data;
  return {
    cash: broker.cash,
    equity,
    open: broker.quantity > 0 ? { entryTime: broker.entryTime, entryPrice: broker.entryPrice, quantity: broker.quantity } : null,
  };
}

/**
 * Which deployment placed each fill of [from, to), in the order `accountFills` (portfolio)
 * returns fills: time, then id.
 */
export function fillTags(db: Reader, accountId: number, from: number, to: number): FillTag[] {
  return db
    .select({ symbol: fills.symbol, time: fills.time, deploymentId: orders.deploymentId })
    .from(fills)
    .innerJoin(orders, eq(orders.clientOrderId, fills.orderClientId))
    .where(and(eq(fills.accountId, accountId), gte(fills.time, from), lt(fills.time, to)))
    .orderBy(asc(fills.time), asc(fills.id))
    .all();
}

/** The first fill of the account, and the first session of any of its deployments. */
export function firstTradingActivity(db: Reader, accountId: number): number | null {
  const fill = db.select({ at: min(fills.time) }).from(fills).where(eq(fills.accountId, accountId)).get()?.at ?? null;
  const session =
    db
      .select({ at: min(tradingSessions.startedAt) })
      .from(tradingSessions)
      .innerJoin(deployments, eq(deployments.id, tradingSessions.deploymentId))
      .where(eq(deployments.accountId, accountId))
      .get()?.at ?? null;
  const known = [fill, session].filter((time): time is number => time !== null);
  return known.length === 0 ? null : Math.min(...known);
}
