import { type Account } from '../../../../shared/schemas/accounts';
import { type Deployment } from '../../../../shared/schemas/deployments';
import { formatDateTimeSeconds } from '../common/format';
import { formatUtcMinute } from '../data/utc-time';
import { plainAmount, quoteAmount, signedAmount, signOf } from '../orders/trading-format';
import { assetsOf, limitsText, paramsText, percentText, positionText, winRateText } from './deployment-view';

interface Row {
  readonly key: string;
  readonly label: string;
  readonly value: string;
  readonly tone?: string;
}

/** What the runner keeps of a deployment, and how it is set up: one value a line. */
export function DeploymentSummary({ deployment, account }: { deployment: Deployment; account: Account | undefined }) {
  const { state } = deployment;
  const { quote } = assetsOf(deployment.symbol);
  const money = (text: string | null): string => (text === null ? '—' : quote === '' ? plainAmount(text) : `${quoteAmount(text, quote)} ${quote}`);
  const rows: Row[] = [
    { key: 'position', label: 'Position', value: positionText(state, deployment.symbol) },
    ...(deployment.mode === 'paper' ? [{ key: 'cash', label: 'Cash', value: money(state.cash) }] : []),
    { key: 'equity', label: 'Equity', value: money(state.equity) },
    { key: 'realized', label: 'Realized P&L', value: signedAmount(state.realizedPnl, quote), tone: `pnl pnl--${signOf(state.realizedPnl)}` },
    { key: 'unrealized', label: 'Unrealized P&L', value: signedAmount(state.unrealizedPnl, quote), tone: `pnl pnl--${signOf(state.unrealizedPnl)}` },
    { key: 'drawdown', label: 'Drawdown (max)', value: `${percentText(state.drawdownPct)} (${percentText(state.maxDrawdownPct)})` },
    { key: 'trades', label: 'Trades (today)', value: `${state.tradesTotal} (${state.tradesToday})` },
    { key: 'winRate', label: 'Win rate', value: `${winRateText(state.wins, state.losses)}${state.wins + state.losses > 0 ? ` · ${state.wins} won, ${state.losses} lost` : ''}` },
    { key: 'lastSignal', label: 'Last signal', value: state.lastSignal === null ? '—' : `${state.lastSignal}${state.lastSignalAt === null ? '' : ` · bar ${formatUtcMinute(state.lastSignalAt)} UTC`}` },
    { key: 'lastBar', label: 'Last bar', value: state.lastBarTime === null ? '—' : `${formatUtcMinute(state.lastBarTime)} UTC` },
    { key: 'lastRun', label: 'Last run', value: state.lastRunAt === null ? '—' : formatDateTimeSeconds(state.lastRunAt) },
    ...(state.lastError === null ? [] : [{ key: 'lastError', label: 'Last error', value: state.lastError, tone: 'dp-error-text' }]),
    { key: 'account', label: 'Account', value: account?.name ?? `#${deployment.accountId}` },
    { key: 'amount', label: 'Amount per trade', value: money(deployment.amountPerTrade) },
    ...(deployment.mode === 'paper' ? [{ key: 'capital', label: 'Paper capital', value: money(deployment.paperCapital) }] : []),
    { key: 'params', label: `Parameters (v${deployment.paramsVersion})`, value: paramsText(deployment.params) },
    { key: 'limits', label: 'Limits', value: limitsText(deployment.limits) },
  ];
  return (
    <table className="bt-metrics dp-summary" data-testid="deployment-summary">
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} data-field={row.key}>
            <th scope="row">{row.label}</th>
            <td className={`num ${row.tone ?? ''}`} title={row.value}>
              {row.value}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
