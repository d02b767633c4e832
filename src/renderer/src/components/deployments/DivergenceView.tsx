import { Fragment, useState } from 'react';
import { type Deployment } from '../../../../shared/schemas/deployments';
import { type Divergence, type DivergenceRow, type DivergenceTrade } from '../../../../shared/schemas/divergence';
import { describeApiError } from '../../api/form-errors';
import { useDeploymentDivergence, useDeploymentSessions } from '../../api/use-deployments';
import { formatDateTime } from '../common/format';
import { InlineError } from '../common/InlineError';
import { formatUtcMinute } from '../data/utc-time';
import { EmptyState } from '../workspace/EmptyState';
import { bpsText, costTone, divergenceHeadline, KIND_LABELS, priceText, replayRangeText, sessionLabel, signedText } from './divergence-view';

const toneClass = (tone: 'up' | 'down' | null): string => (tone === null ? '' : ` pnl pnl--${tone}`);

/** The replay's figure over the deployment's, in one cell. */
function Pair({ replay, actual }: { replay: string; actual: string }) {
  return (
    <span className="dv-pair">
      <span className="dv-pair-replay">{replay}</span>
      <span className="dv-pair-actual">{actual}</span>
    </span>
  );
}

/** "03-01 00:01": the year is in the replay's range above. */
const barOf = (trade: DivergenceTrade | null, pick: (trade: DivergenceTrade) => number | null): string => {
  const time = trade === null ? null : pick(trade);
  return time === null ? '—' : formatUtcMinute(time).slice(5);
};

function RowView({ row }: { row: DivergenceRow }) {
  const { replay, actual } = row;
  const shown = replay ?? actual;
  const pnl = (trade: DivergenceTrade | null): string => (trade === null ? '—' : trade.pnl === null ? 'open' : signedText(trade.pnl, 2));
  return (
    <tr className={`data-row dv-row dv-row--${row.kind}${row.notes.length > 0 ? ' has-notes' : ''}`} data-testid="divergence-row" data-kind={row.kind}>
      <td>
        <span className={`dv-kind dv-kind--${row.kind}`}>{KIND_LABELS[row.kind]}</span>
      </td>
      <td className="num">{barOf(shown, (trade) => trade.entryBar)}</td>
      <td className="num cell-right">
        <Pair replay={priceText(replay?.entryPrice ?? null)} actual={priceText(actual?.entryPrice ?? null)} />
      </td>
      <td className={`num cell-right${toneClass(costTone(row.entrySlippageBps, 1))}`} data-testid="divergence-entry-bps">
        {bpsText(row.entrySlippageBps)}
      </td>
      <td className="num">
        <Pair replay={barOf(replay, (trade) => trade.exitBar)} actual={barOf(actual, (trade) => trade.exitBar)} />
      </td>
      <td className="num cell-right">
        <Pair replay={priceText(replay?.exitPrice ?? null)} actual={priceText(actual?.exitPrice ?? null)} />
      </td>
      <td className={`num cell-right${toneClass(costTone(row.exitSlippageBps, 1))}`} data-testid="divergence-exit-bps">
        {bpsText(row.exitSlippageBps)}
      </td>
      <td className={`num cell-right${toneClass(costTone(row.feeDiff, 4))}`}>{signedText(row.feeDiff, 4)}</td>
      <td className="num cell-right">
        <Pair replay={pnl(replay)} actual={pnl(actual)} />
      </td>
      <td className={`num cell-right${toneClass(costTone(row.pnlDiff === null ? null : -row.pnlDiff, 4))}`} data-testid="divergence-pnl-diff">
        {signedText(row.pnlDiff, 4)}
      </td>
    </tr>
  );
}

const COLUMNS = 10;

/** Under a row that differs from the replay, why, across the whole table. */
function NotesRow({ row }: { row: DivergenceRow }) {
  return (
    <tr className={`dv-note-row dv-note-row--${row.kind}`}>
      <td colSpan={COLUMNS} className="dv-notes" data-testid="divergence-notes">
        {row.notes.join('. ')}
      </td>
    </tr>
  );
}

function Figure({ label, value, tone, testId }: { label: string; value: string; tone?: 'up' | 'down' | null; testId?: string }) {
  return (
    <div className="dv-figure" data-testid={testId}>
      <span className="dv-figure-label">{label}</span>
      <span className={`dv-figure-value num${toneClass(tone ?? null)}`}>{value}</span>
    </div>
  );
}

function Summary({ divergence }: { divergence: Divergence }) {
  const quote = divergence.quoteAsset;
  const pnlDiff = divergence.actual.pnl - divergence.replay.pnl;
  const matchedFees = divergence.rows.reduce((sum, row) => sum + (row.feeDiff ?? 0), 0);
  const trades = (count: number): string => `${count} ${count === 1 ? 'trade' : 'trades'}`;
  return (
    <div className="dv-summary">
      <Figure label="Replay" value={`${trades(divergence.replay.trades)} · ${signedText(divergence.replay.pnl, 2)} ${quote}`} />
      <Figure label="Deployment" value={`${trades(divergence.actual.trades)} · ${signedText(divergence.actual.pnl, 2)} ${quote}`} />
      <Figure label="P&L against the replay" value={`${signedText(pnlDiff, 2)} ${quote}`} tone={costTone(-pnlDiff, 2)} testId="divergence-pnl" />
      <Figure label="Matched · missed · extra" value={`${divergence.matched} · ${divergence.missed} · ${divergence.extra}`} testId="divergence-counts" />
      <Figure label="Entry slippage (mean)" value={bpsText(divergence.meanEntrySlippageBps)} tone={costTone(divergence.meanEntrySlippageBps, 1)} />
      <Figure label="Exit slippage (mean)" value={bpsText(divergence.meanExitSlippageBps)} tone={costTone(divergence.meanExitSlippageBps, 1)} />
      <Figure label="Fees Δ (matched trades)" value={`${signedText(matchedFees, 4)} ${quote}`} tone={costTone(matchedFees, 4)} />
    </div>
  );
}

function Report({ divergence }: { divergence: Divergence }) {
  return (
    <>
      <p className="dv-headline" data-testid="divergence-headline">
        {divergenceHeadline(divergence)}
      </p>
      <Summary divergence={divergence} />
      {divergence.notes.length > 0 && (
        <ul className="dv-caveats" data-testid="divergence-caveats">
          {divergence.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      {divergence.rows.length > 0 && (
        <table className="data-table dv-table" data-testid="divergence-table">
          <thead>
            <tr>
              <th scope="col">Trade</th>
              <th scope="col">Entry (UTC)</th>
              <th scope="col" className="cell-right" title="The replay's price over the deployment's">
                Entry price
              </th>
              <th scope="col" className="cell-right" title="What the deployment paid over the replay, in basis points">
                Entry Δ
              </th>
              <th scope="col">Exit (UTC)</th>
              <th scope="col" className="cell-right">
                Exit price
              </th>
              <th scope="col" className="cell-right" title="What the deployment got under the replay, in basis points">
                Exit Δ
              </th>
              <th scope="col" className="cell-right">
                Fees Δ
              </th>
              <th scope="col" className="cell-right">
                P&amp;L
              </th>
              <th scope="col" className="cell-right">
                P&amp;L Δ
              </th>
            </tr>
          </thead>
          <tbody>
            {divergence.rows.map((row, index) => (
              <Fragment key={`${row.kind}-${row.replay?.entryBar ?? row.actual?.entryBar ?? index}`}>
                <RowView row={row} />
                {row.notes.length > 0 && <NotesRow row={row} />}
              </Fragment>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

/**
 * A trading session replayed through the backtester over its own candles, lined up with what
 * the deployment really traded: missed and extra entries, and what the real fills cost.
 */
export function DivergenceView({ deployment }: { deployment: Deployment }) {
  const sessions = useDeploymentSessions(deployment.id);
  const [chosen, setChosen] = useState<number | null>(null);
  const sessionId = chosen ?? sessions.data?.[0]?.id ?? null;
  const divergence = useDeploymentDivergence(deployment.id, sessionId);
  if (sessions.data !== undefined && sessions.data.length === 0) {
    return <EmptyState title="No session yet">Once the deployment has run, each session can be replayed through the backtester and lined up with what it really traded.</EmptyState>;
  }
  return (
    <div className="dv" data-testid="divergence" data-state={divergence.isFetching ? 'loading' : divergence.isError ? 'error' : 'ready'}>
      <div className="toolbar trading-subbar dv-toolbar">
        <label className="field-inline">
          <span className="field-label">Session</span>
          <select className="select" data-testid="divergence-session" value={sessionId ?? ''} onChange={(event) => setChosen(Number(event.target.value))}>
            {(sessions.data ?? []).map((session) => (
              <option key={session.id} value={session.id}>
                {sessionLabel(session, formatDateTime)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="btn btn--small" data-testid="divergence-refresh" disabled={divergence.isFetching} onClick={() => void divergence.refetch()}>
          {divergence.isFetching ? 'Replaying…' : 'Replay again'}
        </button>
        <div className="toolbar-spacer" />
        {divergence.data !== undefined && <span className="toolbar-note dv-range" title={replayRangeText(divergence.data)}>
            {replayRangeText(divergence.data)}
          </span>}
      </div>
      {divergence.isError ? (
        <InlineError onRetry={() => void divergence.refetch()} testId="divergence-error">
          Could not replay the session: {describeApiError(divergence.error)}
        </InlineError>
      ) : divergence.data === undefined ? (
        <div className="toolbar-note dp-loading">Replaying the session through the backtester…</div>
      ) : (
        <Report divergence={divergence.data} />
      )}
    </div>
  );
}
