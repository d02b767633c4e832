import { Decimal } from '../../../../shared/exchange/decimal';
import { describeApiError } from '../../api/form-errors';
import { useDeploymentSessions } from '../../api/use-deployments';
import { formatDateTime } from '../common/format';
import { InlineError } from '../common/InlineError';
import { quoteAmount, signedAmount, signOf } from '../orders/trading-format';
import { EmptyState } from '../workspace/EmptyState';
import { sessionEndText } from './deployment-view';

/** Each start to stop of the deployment, newest first: its balances, trades and win rate, and why it ended. */
export function SessionsTable({ id, quote }: { id: number; quote: string }) {
  const sessions = useDeploymentSessions(id);
  if (sessions.isError) {
    return (
      <InlineError onRetry={() => void sessions.refetch()} testId="deployment-sessions-error">
        Could not load the sessions: {describeApiError(sessions.error)}
      </InlineError>
    );
  }
  if (sessions.data === undefined) return <div className="toolbar-note dp-loading">loading…</div>;
  if (sessions.data.length === 0) return <EmptyState title="No session yet">A session begins each time the deployment starts and ends when it stops.</EmptyState>;
  return (
    <table className="data-table data-table--dense dp-sessions" data-testid="deployment-sessions">
      <thead>
        <tr>
          <th scope="col">Started</th>
          <th scope="col">Ended</th>
          <th scope="col" className="cell-right">Initial</th>
          <th scope="col" className="cell-right">Final</th>
          <th scope="col" className="cell-right">Result</th>
          <th scope="col" className="cell-right">Trades</th>
          <th scope="col" className="cell-right">Win rate</th>
          <th scope="col">Stop reason</th>
        </tr>
      </thead>
      <tbody>
        {sessions.data.map((session) => {
          const result = session.finalBalance === null ? null : new Decimal(session.finalBalance).minus(session.initialBalance).toString();
          return (
            <tr key={session.id} className={`data-row${session.endedAt === null ? '' : ' is-ended'}`} data-testid="deployment-session-row" data-ended={session.endedAt !== null} data-stop-reason={session.stopReason ?? ''}>
              <td className="num">{formatDateTime(session.startedAt)}</td>
              <td className="num">{session.endedAt === null ? '—' : formatDateTime(session.endedAt)}</td>
              <td className="num cell-right">{quoteAmount(session.initialBalance, quote)}</td>
              <td className="num cell-right">{session.finalBalance === null ? '—' : quoteAmount(session.finalBalance, quote)}</td>
              <td className={`num cell-right pnl pnl--${signOf(result)}`}>{result === null ? '—' : signedAmount(result, quote)}</td>
              <td className="num cell-right" data-testid="deployment-session-trades">
                {session.tradeCount}
              </td>
              <td className="num cell-right">{session.winRate === null ? '—' : `${(session.winRate * 100).toFixed(1)} %`}</td>
              <td data-testid="deployment-session-end">{sessionEndText(session)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
