import { type TradingSession } from '../../../../shared/schemas/deployments';
import { type Divergence, type DivergenceKind, type DivergenceRow } from '../../../../shared/schemas/divergence';
import { formatUtcSpan } from '../data/utc-time';

export const KIND_LABELS: Readonly<Record<DivergenceKind, string>> = { matched: 'Matched', missed: 'Missed', extra: 'Extra' };

const MINUS = '\u2212';

/** A signed figure: "+0.0027", "−1.5", "0" for what rounds to nothing at `decimals`. */
export function signedText(value: number | null, decimals: number): string {
  if (value === null || !Number.isFinite(value)) return '—';
  const rounded = Number(value.toFixed(decimals));
  if (rounded === 0) return '0';
  const digits = Math.abs(rounded).toLocaleString('en-US', { maximumFractionDigits: decimals });
  return `${rounded > 0 ? '+' : MINUS}${digits}`;
}

/** Slippage against the replay in basis points, a tenth at most: "+5.2 bps". */
export function bpsText(value: number | null): string {
  const text = signedText(value, 1);
  return text === '—' ? text : `${text} bps`;
}

/** Worse than the replay (paid more, got less, earned less) reads as down, better as up; what shows as 0 at `decimals` is neither. */
export function costTone(cost: number | null, decimals: number): 'up' | 'down' | null {
  if (cost === null || !Number.isFinite(cost) || Number(cost.toFixed(decimals)) === 0) return null;
  return cost > 0 ? 'down' : 'up';
}

export function priceText(value: number | null): string {
  return value === null ? '—' : value.toLocaleString('en-US', { maximumFractionDigits: value >= 100 ? 2 : 8 });
}

/** "#3 · 2026-11-21 11:02 · open" for the session picker. */
export function sessionLabel(session: TradingSession, formatTime: (ts: number) => string): string {
  return `#${session.id} · ${formatTime(session.startedAt)} · ${session.endedAt === null ? 'open' : 'ended'}`;
}

/** What was replayed: "360 bars, 2024-03-01 00:00 → 05:59 UTC, after 1,000 warm-up bars, parameters v1". */
export function replayRangeText(divergence: Divergence): string {
  if (divergence.fromBar === null || divergence.toBar === null) return 'Nothing to replay yet: the session has not traded on a closed bar';
  const bars = `${divergence.bars.toLocaleString('en-US')} ${divergence.bars === 1 ? 'bar' : 'bars'}`;
  return `${bars}, ${formatUtcSpan(divergence.fromBar, divergence.toBar)} UTC, after ${divergence.warmupBars.toLocaleString('en-US')} warm-up bars, parameters v${divergence.paramsVersion}`;
}

const isQuiet = (row: DivergenceRow): boolean =>
  row.kind === 'matched' && row.notes.length === 0 && [row.entrySlippageBps, row.exitSlippageBps, row.feeDiff, row.pnlDiff].every((value) => value === null || Math.abs(value) < 1e-9);

/** The answer in one line: whether the session traded as its replay, and if not, how far apart. */
export function divergenceHeadline(divergence: Divergence): string {
  const { matched, missed, extra } = divergence;
  if (matched + missed + extra === 0) return 'Neither the deployment nor its replay traded in this session';
  if (divergence.rows.every(isQuiet)) return `No divergence: ${matched === 1 ? 'the trade' : `all ${matched} trades`} match the replay, at its prices and fees`;
  const parts = [`${matched} matched`, `${missed} missed`, `${extra} extra`];
  return `${parts.join(', ')}; P&L ${signedText(divergence.actual.pnl - divergence.replay.pnl, 2)} against the replay`;
}
