import { intervalMs } from '../../../shared/market/intervals';
import { type TradingSession } from '../../../shared/schemas/deployments';
import { type Divergence, type DivergenceInput, type DivergenceRow, type DivergenceTrade } from '../../../shared/schemas/divergence';
import { strategyOfType } from '../../../shared/strategy/registry';
import { AppError } from '../../api/app-error';
import { rulesFrom } from '../../backtest/backtest-rules';
import { type MarketCatalog } from '../../markets/market-catalog';
import { type StoreDb } from '../../store/open-store';
import { type ClosedBars } from '../closed-bars';
import { entryLimitSettings, readDeploymentLimits } from '../deployment-limits';
import { readDecisions, readDeployment, readParams, readSessions, readSessionTrades, readVersions } from '../deployment-repo';
import { replaySession } from './session-replay';
import { closedSessionTrades, openSessionTrade } from './session-trades';
import { barLabel, lineUpTrades, type JournalSignal } from './trade-lineup';

export interface DivergenceDeps {
  readonly db: StoreDb;
  readonly bars: ClosedBars;
  readonly markets: MarketCatalog;
  /** The account's venue (opening its connection), for the symbol's filters. */
  readonly venueOf: (accountId: number) => Promise<string>;
  /** The bars a deployment warms up on before it trades: the replay warms up on as many. */
  readonly warmupBars: number;
  readonly now?: () => number;
}

/** The closed bars a session traded on; for a session recorded before sessions kept them, its start and end on the bar clock. */
function sessionBars(session: TradingSession, barMs: number, now: number): { from: number; to: number; isEstimated: boolean } | null {
  if (session.firstBarTime !== null) return { from: session.firstBarTime, to: session.lastBarTime ?? session.firstBarTime, isEstimated: false };
  const from = Math.floor(session.startedAt / barMs) * barMs;
  const to = Math.floor((session.endedAt ?? now) / barMs) * barMs - barMs;
  return to >= from ? { from, to, isEstimated: true } : null;
}

function totals(trades: readonly DivergenceTrade[]): Divergence['replay'] {
  const closed = trades.filter((trade) => trade.exitBar !== null);
  return { trades: trades.length, pnl: closed.reduce((sum, trade) => sum + (trade.pnl ?? 0), 0), fees: closed.reduce((sum, trade) => sum + (trade.fees ?? 0), 0) };
}

function mean(values: readonly (number | null)[]): number | null {
  const known = values.filter((value): value is number => value !== null);
  return known.length === 0 ? null : known.reduce((sum, value) => sum + value, 0) / known.length;
}

/**
 * A session replayed through the backtester over its own candles, lined up with what the
 * deployment really traded: entries it missed or made on its own, and on the trades both made,
 * the price, fee and P&L differences.
 */
export async function sessionDivergence(deps: DivergenceDeps, input: DivergenceInput): Promise<Divergence> {
  const { db } = deps;
  const deployment = readDeployment(db, input.id);
  if (deployment === null) throw new AppError('NOT_FOUND', `No deployment ${input.id}`);
  const sessions = readSessions(db, deployment.id);
  const session = input.sessionId === undefined ? sessions[0] : sessions.find((candidate) => candidate.id === input.sessionId);
  if (session === undefined) throw new AppError('NOT_FOUND', input.sessionId === undefined ? `Deployment ${deployment.id} has not run yet` : `Deployment ${deployment.id} has no session ${input.sessionId}`);
  const strategy = strategyOfType(deployment.strategyType);
  if (strategy === undefined) throw new AppError('BAD_INPUT', `Unknown strategy "${deployment.strategyType}"`);

  const barMs = intervalMs(deployment.timeframe);
  const paramsVersion = session.paramsVersion ?? deployment.paramsVersion;
  const venue = await deps.venueOf(deployment.accountId);
  const filters = deps.markets.filters(venue, deployment.symbol);
  const rules = rulesFrom(filters);
  const notes: string[] = [];
  if (rules.source === 'default') notes.push(`No exchange filters are stored for ${deployment.symbol}: the replay rounds with Binance's BTCUSDT filters`);
  if (session.paramsVersion === null) notes.push(`This session was recorded before sessions kept their parameter version: the replay uses version ${paramsVersion}`);
  const edits = readVersions(db, deployment.id).filter((version) => version.version > paramsVersion && version.createdAt >= session.startedAt && (session.endedAt === null || version.createdAt <= session.endedAt));
  for (const edit of edits) notes.push(`The parameters were edited during the session (version ${edit.version}, ${barLabel(edit.createdAt)}); the replay runs version ${paramsVersion} throughout`);

  const range = sessionBars(session, barMs, (deps.now ?? Date.now)());
  const base = {
    deploymentId: deployment.id,
    mode: deployment.mode,
    session,
    symbol: deployment.symbol,
    quoteAsset: filters?.quoteAsset ?? 'quote',
    warmupBars: deps.warmupBars,
    paramsVersion,
  };
  if (range === null) {
    const none = { trades: 0, pnl: 0, fees: 0 };
    notes.push('The session has not traded on a closed bar yet');
    return { ...base, fromBar: null, toBar: null, bars: 0, replay: none, actual: none, matched: 0, missed: 0, extra: 0, meanEntrySlippageBps: null, meanExitSlippageBps: null, notes, rows: [] };
  }
  if (range.isEstimated) notes.push('This session was recorded before sessions kept their bars: its bars are estimated from its start and end times');

  const key = { accountId: deployment.accountId, symbol: deployment.symbol, interval: deployment.timeframe };
  const bars = await deps.bars.between(key, range.from - deps.warmupBars * barMs, range.to);
  const traded = bars.filter((bar) => bar.time >= range.from).length;
  const expectedBars = Math.round((range.to - range.from) / barMs) + 1;
  if (traded < expectedBars) notes.push(`The exchange returned ${traded} of the session's ${expectedBars} bars: the replay runs over those`);
  const replay = replaySession({
    strategy,
    params: readParams(db, deployment.id, paramsVersion),
    bars,
    fromBar: range.from,
    capital: Math.max(Number(session.initialBalance), Number(deployment.amountPerTrade)),
    rules: rules.rules,
    limits: entryLimitSettings(readDeploymentLimits(db, deployment.id)),
  });

  const decisions = readDecisions(db, { deploymentId: deployment.id, from: range.from, to: range.to, signalsOnly: true, limit: Number.MAX_SAFE_INTEGER });
  const closed = closedSessionTrades(readSessionTrades(db, session.id), decisions, barMs);
  const open = sessions[0]?.id === session.id ? openSessionTrade(deployment, decisions, closed, barMs) : null;
  const actual = open === null ? closed : [...closed, open];
  const journal: JournalSignal[] = decisions.flatMap((decision) => (decision.barTime === null || decision.signal === 'hold' ? [] : [{ ...decision, barTime: decision.barTime, signal: decision.signal }]));
  const rows = lineUpTrades({ replay, actual, journal, barMs });
  const count = (kind: DivergenceRow['kind']): number => rows.filter((row) => row.kind === kind).length;
  return {
    ...base,
    fromBar: range.from,
    toBar: range.to,
    bars: traded,
    replay: totals(replay),
    actual: totals(actual),
    matched: count('matched'),
    missed: count('missed'),
    extra: count('extra'),
    meanEntrySlippageBps: mean(rows.map((row) => row.entrySlippageBps)),
    meanExitSlippageBps: mean(rows.map((row) => row.exitSlippageBps)),
    notes,
    rows,
  };
}
