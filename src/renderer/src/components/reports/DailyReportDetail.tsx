import { type ReactNode } from 'react';
import { MiniHead } from './MiniHead';
import { Decimal, toExchangeString } from '../../../../shared/exchange/decimal';
import { type DailyReport, type Holding } from '../../../../shared/schemas/reports';
import { formatDateTime } from '../common/format';
import { plainAmount, quoteAmount, signedAmount, signedPercent, signOf } from '../orders/trading-format';
import { dayLabel, drawdownText } from './report-format';

/** Free plus locked, exactly. */
function heldAmount(holding: Holding): string {
  return toExchangeString(new Decimal(holding.free).plus(holding.locked));
}

function Stat({ label, children, title, tone }: { label: string; children: ReactNode; title?: string; tone?: string }) {
  return (
    <div className="rp-stat" title={title}>
      <span className="rp-stat-label">{label}</span>
      <span className={`rp-stat-value num${tone === undefined ? '' : ` pnl pnl--${tone}`}`}>{children}</span>
    </div>
  );
}

/** One day's report in full: the account's value, what it traded, each deployment and symbol, and what it held at the close. */
export function DailyReportDetail({ report, focusDeployment }: { report: DailyReport; focusDeployment: number | null }) {
  const quote = report.quoteAsset;
  const snapshotNote = (at: number | null): string => (at === null ? 'No snapshot of the account' : `Snapshot of ${formatDateTime(at)}`);
  return (
    <div className="rp-detail" data-testid="report-detail" data-day={report.day} data-partial={report.isPartial}>
      <div className="pane-title">
        <span className="pane-title-name">
          {dayLabel(report.day)} <span className="muted">{report.day} UTC</span>
        </span>
        {report.isPartial && <span className="badge rp-partial">so far, not stored</span>}
      </div>
      <div className="rp-stats">
        <Stat label="Value at start" title={snapshotNote(report.startingAt)}>
          {quoteAmount(report.startingEquity, quote)}
        </Stat>
        <Stat label="Value at end" title={snapshotNote(report.endingAt)}>
          {quoteAmount(report.endingEquity, quote)}
        </Stat>
        <Stat label="Change" tone={signOf(report.equityChange)} title="Includes deposits and withdrawals, which the journal does not see">
          {signedAmount(report.equityChange, quote)} {report.equityChangePct === null ? '' : `(${signedPercent(report.equityChangePct)})`}
        </Stat>
        <Stat label="Max drawdown" title="Deepest fall of the value within the day, from its snapshots">
          {drawdownText(report.maxDrawdownPct)}
        </Stat>
        <Stat label="Realized P&L" tone={signOf(report.realizedPnl)} title="On sells, by average cost, fees included">
          {signedAmount(report.realizedPnl, quote)} {report.realizedPct === null ? '' : `(${signedPercent(report.realizedPct)})`}
        </Stat>
        <Stat label="Fees">{quoteAmount(report.fees, quote)}</Stat>
        <Stat label="Volume">{quoteAmount(report.volume, quote)}</Stat>
        <Stat label="Trades" title="Fills on the exchange">
          {report.tradeCount} ({report.buyCount} buys, {report.sellCount} sells)
        </Stat>
        <Stat label="Sells won / lost" title="Sells that realized a profit / a loss">
          {report.winCount} / {report.lossCount}
        </Stat>
        <Stat label={`Cash (${quote})`}>{quoteAmount(report.cash, quote)}</Stat>
      </div>
      {report.unvaluedFees.length > 0 && (
        <p className="rp-note" data-testid="report-unvalued-fees">
          Fees not in the total (no price known): {report.unvaluedFees.map((fee) => `${plainAmount(fee.amount)} ${fee.asset}`).join(', ')}
        </p>
      )}

      <h3 className="rp-heading">Deployments</h3>
      {report.deployments.length === 0 ? (
        <p className="rp-note">No deployment traded or ran this day.</p>
      ) : (
        <table className="data-table data-table--dense rp-mini">
          <MiniHead first="Deployment" figures={['Trades', 'Realized', 'Fees', 'Equity']} />
          <tbody>
            {report.deployments.map((row) => (
              <tr key={row.deploymentId} className={`data-row${row.deploymentId === focusDeployment ? ' is-selected' : ''}`} data-testid="report-detail-deployment" data-deployment-id={row.deploymentId}>
                <td title={`${row.strategyType} · ${row.symbol}`}>
                  <span className={`badge rp-mode rp-mode--${row.mode}`}>{row.mode}</span> #{row.deploymentId} {row.strategyName}
                </td>
                <td className="num cell-right">
                  {row.buyCount} / {row.sellCount}
                </td>
                <td className={`num cell-right pnl pnl--${signOf(row.realizedPnl)}`}>{signedAmount(row.realizedPnl, row.quoteAsset)}</td>
                <td className="num cell-right">{quoteAmount(row.fees, row.quoteAsset)}</td>
                <td className="num cell-right">{row.endingEquity === null ? '—' : quoteAmount(row.endingEquity, row.quoteAsset)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h3 className="rp-heading">Symbols</h3>
      {report.symbols.length === 0 ? (
        <p className="rp-note">No fill on the exchange this day.</p>
      ) : (
        <table className="data-table data-table--dense rp-mini">
          <MiniHead first="Symbol" figures={['Buys / sells', 'Volume', 'Realized']} />
          <tbody>
            {report.symbols.map((row) => (
              <tr key={row.symbol} className="data-row" data-testid="report-detail-symbol" data-symbol={row.symbol} title={row.isInTotals ? undefined : `Quoted in ${row.quoteAsset}: not added into the day's ${quote} totals`}>
                <td>
                  {row.symbol}
                  {!row.isInTotals && <span className="muted"> ({row.quoteAsset})</span>}
                </td>
                <td className="num cell-right">
                  {row.buyCount} / {row.sellCount}
                </td>
                <td className="num cell-right">{quoteAmount(row.volume, row.quoteAsset)}</td>
                <td className={`num cell-right pnl pnl--${signOf(row.realizedPnl)}`}>{signedAmount(row.realizedPnl, row.quoteAsset)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h3 className="rp-heading">Balances at the close</h3>
      {report.balances.length === 0 ? (
        <p className="rp-note">No snapshot of the account yet: balances are read while it is connected.</p>
      ) : (
        <table className="data-table data-table--dense rp-mini">
          <MiniHead first="Asset" figures={['Amount', 'Price', 'Value']} />
          <tbody>
            {report.balances.map((holding) => (
              <tr key={holding.asset} className="data-row" data-testid="report-detail-balance" data-asset={holding.asset}>
                <td>{holding.asset}</td>
                <td className="num cell-right" title={`free ${holding.free}, locked ${holding.locked}`}>
                  {plainAmount(heldAmount(holding))}
                </td>
                <td className="num cell-right">{holding.price === null ? '—' : plainAmount(holding.price)}</td>
                <td className="num cell-right">{holding.value === null ? 'not priced' : quoteAmount(holding.value, quote)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
