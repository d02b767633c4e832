import { and, asc, desc, eq, gte, inArray, isNull, lte, ne, sql } from 'drizzle-orm';
import { type CandleInterval, type DeploymentMode, type DeploymentStatus, type SessionStopReason, type Signal } from '../../shared/domain/enums';
import {
  type Decision,
  type Deployment,
  type DeploymentLimits,
  type DeploymentTrade,
  type DeploymentVersion,
  type TradingSession,
} from '../../shared/schemas/deployments';
import { parameterHash } from '../backtest/fingerprint';
import { type StoreDb } from '../store/open-store';
import { decisions, deploymentParams, deployments, deploymentState, deploymentTrades, strategies, tradingSessions } from '../store/schema';
import { readDeploymentLimits, writeDeploymentLimits } from './deployment-limits';
import { floatToDecimal } from './float-decimal';

type Db = Pick<StoreDb, 'select' | 'insert' | 'update'>;

export interface NewDeployment {
  readonly accountId: number;
  readonly strategyType: string;
  readonly strategyName: string;
  readonly strategyVersion: number;
  /** Parsed by the strategy's schema, amount per trade included. */
  readonly params: Readonly<Record<string, unknown>>;
  readonly symbol: string;
  readonly timeframe: CandleInterval;
  readonly amountPerTrade: string;
  readonly mode: DeploymentMode;
  readonly paperCapital: string | null;
  readonly limits: DeploymentLimits;
}

/** The strategies row of one configuration (type and parameters), made on first use. */
function strategyRowFor(db: Db, type: string, name: string, version: number, params: Readonly<Record<string, unknown>>, now: number): number {
  const hash = parameterHash(params);
  const key = `${type}:${hash}`;
  const existing = db.select({ id: strategies.id }).from(strategies).where(eq(strategies.name, key)).get();
  if (existing !== undefined) return existing.id;
  return db
    .insert(strategies)
    .values({ name: key, type, version, parameters: JSON.stringify({ name, ...params }), parameterHash: hash, createdAt: now, updatedAt: now })
    .returning({ id: strategies.id })
    .get().id;
}

export function insertDeployment(db: Db, input: NewDeployment, now: number): number {
  const strategyId = strategyRowFor(db, input.strategyType, input.strategyName, input.strategyVersion, input.params, now);
  const { id } = db
    .insert(deployments)
    .values({
      accountId: input.accountId,
      strategyId,
      symbol: input.symbol,
      timeframe: input.timeframe,
      amountPerTrade: input.amountPerTrade,
      mode: input.mode,
      status: 'stopped',
      statusReason: 'Not started yet',
      paramsVersion: 1,
      paperCapital: input.paperCapital,
      createdAt: now,
      updatedAt: now,
    })
    .returning({ id: deployments.id })
    .get();
  db.insert(deploymentParams).values({ deploymentId: id, version: 1, parameters: JSON.stringify(input.params), parameterHash: parameterHash(input.params), createdAt: now }).run();
  db.insert(deploymentState).values({ deploymentId: id, updatedAt: now }).run();
  writeDeploymentLimits(db, id, input.limits, now);
  return id;
}

/** A new parameter version (and the strategies row it points at) for a deployment that is not running. */
export function addParamsVersion(db: Db, deploymentId: number, strategy: { type: string; name: string; version: number }, params: Readonly<Record<string, unknown>>, amountPerTrade: string, now: number): number {
  const current = db.select({ version: deployments.paramsVersion }).from(deployments).where(eq(deployments.id, deploymentId)).get();
  if (current === undefined) throw new Error(`No deployment ${deploymentId}`);
  const version = current.version + 1;
  const strategyId = strategyRowFor(db, strategy.type, strategy.name, strategy.version, params, now);
  db.insert(deploymentParams).values({ deploymentId, version, parameters: JSON.stringify(params), parameterHash: parameterHash(params), createdAt: now }).run();
  db.update(deployments).set({ paramsVersion: version, strategyId, amountPerTrade, updatedAt: now }).where(eq(deployments.id, deploymentId)).run();
  return version;
}

export function setAmountPerTrade(db: Db, deploymentId: number, amountPerTrade: string, now: number): void {
  db.update(deployments).set({ amountPerTrade, updatedAt: now }).where(eq(deployments.id, deploymentId)).run();
}

export function setStatus(db: Db, deploymentId: number, status: DeploymentStatus, reason: string | null, now: number): void {
  db.update(deployments).set({ status, statusReason: reason, updatedAt: now }).where(eq(deployments.id, deploymentId)).run();
}

export function deploymentIds(db: Pick<StoreDb, 'select'>, filter: { accountId?: number | undefined; statuses?: readonly DeploymentStatus[] } = {}): number[] {
  const conditions = [
    filter.accountId === undefined ? undefined : eq(deployments.accountId, filter.accountId),
    filter.statuses === undefined ? undefined : inArray(deployments.status, [...filter.statuses]),
  ];
  return db
    .select({ id: deployments.id })
    .from(deployments)
    .where(and(...conditions))
    .orderBy(desc(deployments.id))
    .all()
    .map((row) => row.id);
}

export function readParams(db: Pick<StoreDb, 'select'>, deploymentId: number, version: number): Record<string, unknown> {
  const row = db
    .select({ parameters: deploymentParams.parameters })
    .from(deploymentParams)
    .where(and(eq(deploymentParams.deploymentId, deploymentId), eq(deploymentParams.version, version)))
    .get();
  if (row === undefined) throw new Error(`Deployment ${deploymentId} has no parameter version ${version}`);
  return JSON.parse(row.parameters) as Record<string, unknown>;
}

export function readVersions(db: Pick<StoreDb, 'select'>, deploymentId: number): DeploymentVersion[] {
  return db
    .select()
    .from(deploymentParams)
    .where(eq(deploymentParams.deploymentId, deploymentId))
    .orderBy(asc(deploymentParams.version))
    .all()
    .map((row) => ({ version: row.version, params: JSON.parse(row.parameters) as Record<string, unknown>, parameterHash: row.parameterHash, createdAt: row.createdAt }));
}

export function openSessionId(db: Pick<StoreDb, 'select'>, deploymentId: number): number | null {
  const row = db
    .select({ id: tradingSessions.id })
    .from(tradingSessions)
    .where(and(eq(tradingSessions.deploymentId, deploymentId), isNull(tradingSessions.endedAt)))
    .orderBy(desc(tradingSessions.id))
    .get();
  return row?.id ?? null;
}

export function startSession(db: Db, deploymentId: number, initialBalance: string, paramsVersion: number, now: number): number {
  return db.insert(tradingSessions).values({ deploymentId, startedAt: now, initialBalance, paramsVersion }).returning({ id: tradingSessions.id }).get().id;
}

/** The session traded on this closed bar: the first such bar stays, the newest moves on. */
export function markSessionBar(db: Db, sessionId: number, barTime: number): void {
  db.update(tradingSessions)
    .set({ firstBarTime: sql`coalesce(${tradingSessions.firstBarTime}, ${barTime})`, lastBarTime: barTime })
    .where(eq(tradingSessions.id, sessionId))
    .run();
}

/** Trades, wins and win rate of a session, from its round trips. */
function sessionCounts(db: Pick<StoreDb, 'select'>, sessionId: number): { tradeCount: number; winCount: number; winRate: number | null } {
  const trades = db.select({ pnl: deploymentTrades.pnl }).from(deploymentTrades).where(eq(deploymentTrades.sessionId, sessionId)).all();
  const wins = trades.filter((trade) => trade.pnl > 0).length;
  return { tradeCount: trades.length, winCount: wins, winRate: trades.length === 0 ? null : wins / trades.length };
}

/** Ends the open session with its final balance and what it traded; false when none was open. */
export function endSession(db: Db, deploymentId: number, finalBalance: string | null, reason: SessionStopReason, message: string | null, now: number): boolean {
  const sessionId = openSessionId(db, deploymentId);
  if (sessionId === null) return false;
  db.update(tradingSessions)
    .set({
      endedAt: now,
      finalBalance,
      ...sessionCounts(db, sessionId),
      stopReason: reason,
      stopMessage: message,
    })
    .where(eq(tradingSessions.id, sessionId))
    .run();
  return true;
}

export function readSessions(db: Pick<StoreDb, 'select'>, deploymentId: number): TradingSession[] {
  const rows = db.select().from(tradingSessions).where(eq(tradingSessions.deploymentId, deploymentId)).orderBy(desc(tradingSessions.id)).all();
  // The open session's counts are live: read them from its trades so far.
  return rows.map((row) => (row.endedAt !== null ? { ...row } : { ...row, ...sessionCounts(db, row.id) }));
}

/** The session's closed round trips, oldest first. */
export function readSessionTrades(db: Pick<StoreDb, 'select'>, sessionId: number): DeploymentTrade[] {
  return db.select().from(deploymentTrades).where(eq(deploymentTrades.sessionId, sessionId)).orderBy(asc(deploymentTrades.entryTime), asc(deploymentTrades.id)).all().map(withoutDeployment);
}

export type NewTrade = Omit<DeploymentTrade, 'id'>;

export function insertTrade(db: Db, deploymentId: number, trade: NewTrade): void {
  db.insert(deploymentTrades).values({ deploymentId, ...trade }).run();
}

export function readTrades(db: Pick<StoreDb, 'select'>, deploymentId: number): DeploymentTrade[] {
  return db
    .select()
    .from(deploymentTrades)
    .where(eq(deploymentTrades.deploymentId, deploymentId))
    .orderBy(asc(deploymentTrades.exitTime), asc(deploymentTrades.id))
    .all()
    .map(withoutDeployment);
}

const withoutDeployment = ({ deploymentId: _deploymentId, ...trade }: typeof deploymentTrades.$inferSelect): DeploymentTrade => trade;

export interface NewDecision {
  readonly ts: number;
  readonly barTime: number;
  readonly signal: Signal;
  readonly strength: number | null;
  readonly reason: string;
  readonly inputs: Readonly<Record<string, number>>;
  readonly orderClientId: string | null;
  readonly noOrderReason: string | null;
  readonly outcome: string | null;
}

/** NaN (an indicator still warming up) is stored as null, which JSON can hold. */
function inputsJson(inputs: Readonly<Record<string, number>>): string {
  return JSON.stringify(Object.fromEntries(Object.entries(inputs).map(([key, value]) => [key, Number.isFinite(value) ? value : null])));
}

export function insertDecision(db: Db, deploymentId: number, decision: NewDecision): number {
  return db
    .insert(decisions)
    .values({ deploymentId, ...decision, inputs: inputsJson(decision.inputs) })
    .returning({ id: decisions.id })
    .get().id;
}

export function completeDecision(db: Db, decisionId: number, result: { orderClientId: string | null; noOrderReason: string | null; outcome: string }): void {
  db.update(decisions).set(result).where(eq(decisions.id, decisionId)).run();
}

type DecisionRow = typeof decisions.$inferSelect;

export function toDecision(row: DecisionRow): Decision {
  return { ...row, inputs: JSON.parse(row.inputs) as Record<string, number | null> };
}

export function readDecision(db: Pick<StoreDb, 'select'>, id: number): Decision | null {
  const row = db.select().from(decisions).where(eq(decisions.id, id)).get();
  return row === undefined ? null : toDecision(row);
}

export function readDecisions(db: Pick<StoreDb, 'select'>, input: { deploymentId: number; from?: number | undefined; to?: number | undefined; signalsOnly: boolean; limit: number }): Decision[] {
  const rows = db
    .select()
    .from(decisions)
    .where(
      and(
        eq(decisions.deploymentId, input.deploymentId),
        input.from === undefined ? undefined : gte(decisions.barTime, input.from),
        input.to === undefined ? undefined : lte(decisions.barTime, input.to),
        input.signalsOnly ? ne(decisions.signal, 'hold') : undefined,
      ),
    )
    .orderBy(desc(decisions.barTime), desc(decisions.id))
    .limit(input.limit)
    .all();
  return rows.reverse().map(toDecision);
}

export type StateRow = typeof deploymentState.$inferSelect;
export type StateUpdate = Partial<Omit<StateRow, 'deploymentId'>>;

export function readStateRow(db: Pick<StoreDb, 'select'>, deploymentId: number): StateRow {
  const row = db.select().from(deploymentState).where(eq(deploymentState.deploymentId, deploymentId)).get();
  if (row === undefined) throw new Error(`Deployment ${deploymentId} has no state`);
  return row;
}

export function writeState(db: Db, deploymentId: number, update: StateUpdate, now: number): void {
  db.update(deploymentState).set({ ...update, updatedAt: now }).where(eq(deploymentState.deploymentId, deploymentId)).run();
}

/** Paper mode's cash and equity live in the book; they are shown from there. */
interface BookSummary {
  readonly cash?: number;
  readonly equity?: number;
}

function bookSummary(book: string | null): BookSummary {
  if (book === null) return {};
  const parsed = JSON.parse(book) as { broker?: { cash?: number }; equity?: number };
  return { ...(parsed.broker?.cash === undefined ? {} : { cash: parsed.broker.cash }), ...(parsed.equity === undefined ? {} : { equity: parsed.equity }) };
}

const amountText = (value: number | undefined): string | null => (value === undefined || !Number.isFinite(value) ? null : floatToDecimal(value));

export function readDeployment(db: Pick<StoreDb, 'select'>, id: number): Deployment | null {
  const row = db
    .select({ deployment: deployments, strategy: { type: strategies.type, parameters: strategies.parameters } })
    .from(deployments)
    .innerJoin(strategies, eq(strategies.id, deployments.strategyId))
    .where(eq(deployments.id, id))
    .get();
  if (row === undefined) return null;
  const d = row.deployment;
  const state = readStateRow(db, id);
  const summary = bookSummary(state.book);
  const strategyName = (JSON.parse(row.strategy.parameters) as { name?: unknown }).name;
  return {
    id: d.id,
    accountId: d.accountId,
    strategyType: row.strategy.type,
    strategyName: typeof strategyName === 'string' ? strategyName : row.strategy.type,
    params: readParams(db, id, d.paramsVersion),
    paramsVersion: d.paramsVersion,
    symbol: d.symbol,
    timeframe: d.timeframe,
    amountPerTrade: d.amountPerTrade,
    mode: d.mode,
    paperCapital: d.paperCapital,
    status: d.status,
    statusReason: d.statusReason,
    limits: readDeploymentLimits(db, id),
    state: {
      positionQty: state.positionQty,
      entryPrice: state.entryPrice,
      cash: amountText(summary.cash),
      equity: amountText(summary.equity),
      tradesToday: state.tradesToday,
      tradesTotal: state.tradesTotal,
      wins: state.wins,
      losses: state.losses,
      realizedPnl: state.realizedPnl,
      unrealizedPnl: state.unrealizedPnl,
      drawdownPct: state.drawdownPct,
      maxDrawdownPct: state.maxDrawdownPct,
      lastSignal: state.lastSignal,
      lastSignalAt: state.lastSignalAt,
      lastRunAt: state.lastRunAt,
      lastBarTime: state.lastBarTime,
      lastError: state.lastError,
    },
    sessionId: openSessionId(db, id),
    createdAt: d.createdAt,
    updatedAt: d.updatedAt,
  };
}
