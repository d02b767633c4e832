import { type Account } from '../../../../shared/schemas/accounts';
import { type Deployment } from '../../../../shared/schemas/deployments';
import { useNow } from '../../hooks/use-now';
import { formatDateTime, formatRelative } from '../common/format';
import { formatUtcMinute } from '../data/utc-time';
import { signedAmount, signOf } from '../orders/trading-format';
import { DeploymentActions } from './DeploymentActions';
import { DeploymentStatus } from './DeploymentStatus';
import { assetsOf, paramsText, percentText, positionText, winRateText } from './deployment-view';

interface Props {
  readonly deployments: readonly Deployment[];
  readonly accounts: readonly Account[];
  readonly onOpen: (id: number) => void;
  readonly onEdit: (id: number) => void;
}

const tone = (value: string): string => `pnl pnl--${signOf(value)}`;

/** Every deployment, newest first, with how it stands; a click opens one. */
export function DeploymentsTable({ deployments, accounts, onOpen, onEdit }: Props) {
  const now = useNow(15_000);
  return (
    <table className="data-table dp-table" data-testid="deployments-table">
      <thead>
        <tr>
          <th scope="col">#</th>
          <th scope="col">Strategy</th>
          <th scope="col">Market</th>
          <th scope="col">Mode</th>
          <th scope="col">Status</th>
          <th scope="col">Position</th>
          <th scope="col" className="cell-right">Realized</th>
          <th scope="col" className="cell-right">Unrealized</th>
          <th scope="col" className="cell-right" title="Below the equity peak now (the most it has been)">
            Drawdown
          </th>
          <th scope="col" className="cell-right">Trades</th>
          <th scope="col" className="cell-right">Win rate</th>
          <th scope="col">Last signal</th>
          <th scope="col">Last run</th>
          <th scope="col" aria-label="Actions" />
        </tr>
      </thead>
      <tbody>
        {deployments.map((deployment) => {
          const { state } = deployment;
          const { quote } = assetsOf(deployment.symbol);
          const account = accounts.find((candidate) => candidate.id === deployment.accountId);
          const status = deployment.status;
          const rowTone = status === 'failed' ? ' row--danger' : status === 'running' ? '' : status === 'paused' ? ' dp-row--paused' : ' is-ended';
          return (
            <tr
              key={deployment.id}
              className={`data-row is-clickable${rowTone}`}
              data-testid="deployment-row"
              data-deployment-id={deployment.id}
              data-status={status}
              data-trades={state.tradesTotal}
              data-last-bar-time={state.lastBarTime ?? ''}
              tabIndex={0}
              onClick={() => onOpen(deployment.id)}
              onKeyDown={(event) => {
                if (event.key !== 'Enter') return;
                event.preventDefault();
                onOpen(deployment.id);
              }}
            >
              <td className="num">{deployment.id}</td>
              <td className="cell-strong" title={paramsText(deployment.params)}>
                {deployment.strategyName} <span className="muted">v{deployment.paramsVersion}</span>
              </td>
              <td className="num" title={account === undefined ? undefined : `Account ${account.name}`}>
                {deployment.symbol} {deployment.timeframe}
              </td>
              <td>
                <span className={`badge dp-mode dp-mode--${deployment.mode}`}>{deployment.mode}</span>
              </td>
              <td className="dp-cell-status">
                <DeploymentStatus deployment={deployment} />
              </td>
              <td className="num" data-testid="deployment-position">
                {positionText(state, deployment.symbol)}
              </td>
              <td className={`num cell-right ${tone(state.realizedPnl)}`} data-testid="deployment-realized" title={state.realizedPnl}>
                {signedAmount(state.realizedPnl, quote)}
              </td>
              <td className={`num cell-right ${tone(state.unrealizedPnl)}`} title={state.unrealizedPnl}>
                {signedAmount(state.unrealizedPnl, quote)}
              </td>
              <td className="num cell-right" title={`${percentText(state.drawdownPct)} below the equity peak now; at most ${percentText(state.maxDrawdownPct)}`}>
                {percentText(state.drawdownPct)} <span className="muted">({percentText(state.maxDrawdownPct)})</span>
              </td>
              <td className="num cell-right" data-testid="deployment-trades" title={`${state.tradesToday} entered today`}>
                {state.tradesTotal}
              </td>
              <td className="num cell-right">{winRateText(state.wins, state.losses)}</td>
              <td className="num" title={state.lastSignalAt === null ? undefined : `On the bar of ${formatUtcMinute(state.lastSignalAt)} UTC`}>
                {state.lastSignal === null ? (
                  '—'
                ) : (
                  <>
                    <span className={state.lastSignal === 'buy' ? 'side--buy' : state.lastSignal === 'sell' ? 'side--sell' : 'muted'}>{state.lastSignal}</span>
                    {state.lastSignalAt !== null && <span className="muted"> {formatUtcMinute(state.lastSignalAt).slice(5)}</span>}
                  </>
                )}
              </td>
              <td className="num muted" title={state.lastRunAt === null ? undefined : formatDateTime(state.lastRunAt)}>
                {state.lastRunAt === null ? '—' : formatRelative(state.lastRunAt, now)}
              </td>
              <td className="cell-actions">
                <DeploymentActions deployment={deployment} onEdit={onEdit} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
