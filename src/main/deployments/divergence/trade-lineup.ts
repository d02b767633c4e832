import { utcMinute } from '../../../shared/market/utc-minute';
import { type DivergenceRow, type DivergenceTrade } from '../../../shared/schemas/divergence';

/** A journaled buy or sell, as the line-up reads it to explain a difference. */
export interface JournalSignal {
  /** Open time of the bar whose close gave the signal. */
  readonly barTime: number;
  readonly signal: 'buy' | 'sell';
  readonly reason: string;
  readonly noOrderReason: string | null;
  readonly outcome: string | null;
}

export interface LineUpInput {
  /** The backtester's round trips over the session's bars, oldest first. */
  readonly replay: readonly DivergenceTrade[];
  /** The deployment's own, oldest first, with their entry bars resolved. */
  readonly actual: readonly DivergenceTrade[];
  readonly journal: readonly JournalSignal[];
  readonly barMs: number;
  /** How many bars apart two entries may be and still be the same trade. */
  readonly toleranceBars?: number;
}

const DEFAULT_TOLERANCE_BARS = 3;

export const barLabel = (time: number): string => `${utcMinute(time)} UTC`;

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

/**
 * Lines the replay's round trips up with the deployment's: first entries on the same bar, then
 * the nearest within a few bars; what is left is a trade the deployment missed or one the
 * replay never made. Each row says in words why it differs, from the decision journal.
 */
export function lineUpTrades(input: LineUpInput): DivergenceRow[] {
  const { replay, actual, barMs } = input;
  const tolerance = (input.toleranceBars ?? DEFAULT_TOLERANCE_BARS) * barMs;
  const partnerOfActual = new Map<number, number>();
  const takenReplay = new Set<number>();
  const byEntry = new Map<number, number>();
  replay.forEach((trade, index) => {
    if (!byEntry.has(trade.entryBar)) byEntry.set(trade.entryBar, index);
  });
  actual.forEach((trade, index) => {
    const same = byEntry.get(trade.entryBar);
    if (same === undefined || takenReplay.has(same)) return;
    partnerOfActual.set(index, same);
    takenReplay.add(same);
  });
  actual.forEach((trade, index) => {
    if (partnerOfActual.has(index)) return;
    let best: number | null = null;
    replay.forEach((candidate, replayIndex) => {
      const gap = Math.abs(candidate.entryBar - trade.entryBar);
      if (takenReplay.has(replayIndex) || gap > tolerance) return;
      if (best === null || gap < Math.abs((replay[best]?.entryBar ?? 0) - trade.entryBar)) best = replayIndex;
    });
    if (best === null) return;
    partnerOfActual.set(index, best);
    takenReplay.add(best);
  });

  const rows: DivergenceRow[] = [];
  actual.forEach((trade, index) => {
    const partner = partnerOfActual.get(index);
    const replayed = partner === undefined ? undefined : replay[partner];
    rows.push(replayed === undefined ? extraRow(trade, input) : matchedRow(replayed, trade, barMs));
  });
  replay.forEach((trade, index) => {
    if (!takenReplay.has(index)) rows.push(missedRow(trade, input));
  });
  const entryOf = (row: DivergenceRow): number => Math.min(row.replay?.entryBar ?? Infinity, row.actual?.entryBar ?? Infinity);
  return rows.sort((a, b) => entryOf(a) - entryOf(b));
}

const difference = (a: number | null, b: number | null): number | null => (a === null || b === null ? null : a - b);

const bps = (cost: number | null, reference: number | null): number | null => (cost === null || reference === null || reference === 0 ? null : (cost / reference) * 10_000);

function matchedRow(replay: DivergenceTrade, actual: DivergenceTrade, barMs: number): DivergenceRow {
  const entryBarsLate = Math.round((actual.entryBar - replay.entryBar) / barMs);
  const exitBarsLate = replay.exitBar === null || actual.exitBar === null ? null : Math.round((actual.exitBar - replay.exitBar) / barMs);
  const notes: string[] = [];
  if (entryBarsLate > 0) notes.push(`Entered ${plural(entryBarsLate, 'bar')} after the replay`);
  if (entryBarsLate < 0) notes.push(`Entered ${plural(-entryBarsLate, 'bar')} before the replay`);
  if (replay.exitBar === null && actual.exitBar !== null) notes.push("The replay still holds this trade at the session's last bar");
  if (actual.exitBar === null && replay.exitBar !== null) notes.push("The deployment still held this trade at the session's last bar");
  if (exitBarsLate !== null && exitBarsLate > 0) notes.push(`Exited ${plural(exitBarsLate, 'bar')} after the replay`);
  if (exitBarsLate !== null && exitBarsLate < 0) notes.push(`Exited ${plural(-exitBarsLate, 'bar')} before the replay`);
  if (replay.exitReason !== null && actual.exitReason !== null && replay.exitReason !== actual.exitReason) notes.push(`Exited on ${actual.exitReason}; the replay on ${replay.exitReason}`);
  const bothClosed = replay.exitBar !== null && actual.exitBar !== null;
  return {
    kind: 'matched',
    replay,
    actual,
    entryBarsLate,
    exitBarsLate,
    entrySlippageBps: bps(difference(actual.entryPrice, replay.entryPrice), replay.entryPrice),
    exitSlippageBps: bothClosed ? bps(difference(replay.exitPrice, actual.exitPrice), replay.exitPrice) : null,
    feeDiff: bothClosed ? difference(actual.fees, replay.fees) : null,
    pnlDiff: bothClosed ? difference(actual.pnl, replay.pnl) : null,
    notes,
  };
}

const unmatched = { entryBarsLate: null, exitBarsLate: null, entrySlippageBps: null, exitSlippageBps: null, feeDiff: null, pnlDiff: null };

/** A trade on the other side that holds a position over `bar`. */
function holding(trades: readonly DivergenceTrade[], bar: number): DivergenceTrade | undefined {
  return trades.find((trade) => trade.entryBar < bar && (trade.exitBar === null || trade.exitBar >= bar));
}

function missedRow(replay: DivergenceTrade, { actual, journal, barMs }: LineUpInput): DivergenceRow {
  const signalBar = replay.entryBar - barMs;
  const decision = journal.find((entry) => entry.barTime === signalBar && entry.signal === 'buy');
  const notes: string[] = [];
  if (decision !== undefined && decision.noOrderReason !== null) {
    notes.push(`The deployment signalled too, but placed no order: ${decision.noOrderReason}`);
  } else if (decision !== undefined) {
    notes.push(`The deployment signalled too (${decision.outcome ?? 'no outcome journaled'}), but no round trip came of it`);
  } else {
    const held = holding(actual, replay.entryBar);
    notes.push(
      held === undefined
        ? 'The deployment journaled no buy on this bar: it was paused or not running then, or an earlier difference left it in another state'
        : `The deployment was still in its trade from ${barLabel(held.entryBar)}`,
    );
  }
  if (replay.exitBar === null) notes.push("The replay still holds this trade at the session's last bar");
  return { kind: 'missed', replay, actual: null, ...unmatched, notes };
}

function extraRow(actual: DivergenceTrade, { replay, journal, barMs }: LineUpInput): DivergenceRow {
  const decision = journal.find((entry) => entry.barTime === actual.entryBar - barMs && entry.signal === 'buy');
  const held = holding(replay, actual.entryBar);
  const notes: string[] = [];
  if (decision !== undefined) notes.push(`The deployment entered on "${decision.reason}"`);
  notes.push(held === undefined ? 'The replay had no entry near this bar' : `The replay was still in its trade from ${barLabel(held.entryBar)}`);
  if (actual.exitBar === null) notes.push("The deployment still held this trade at the session's last bar");
  return { kind: 'extra', replay: null, actual, ...unmatched, notes };
}
