import { Fragment } from 'react';
import { MiniHead } from './MiniHead';
import { type DailyReport, type DeploymentDay, type MonthTotals } from '../../../../shared/schemas/reports';
import { quoteAmount, signedAmount, signedPercent, signOf } from '../orders/trading-format';
import { dayLabel } from './report-format';

interface Props {
  /** Newest first; today's (partial) report first when asked for. */
  readonly reports: readonly DailyReport[];
  readonly totals: MonthTotals | null;
  readonly shownDay: string | null;
  readonly isOpen: (day: string) => boolean;
  readonly focusDeployment: number | null;
  readonly onShow: (day: string) => void;
  readonly onToggle: (day: string) => void;
}

function PnlCells({ realized, pct, quote }: { realized: string; pct: string | null; quote: string }) {
  return (
    <>
      <td className={`num cell-right pnl pnl--${signOf(realized)}`} title={realized}>
        {signedAmount(realized, quote)}
      </td>
      <td className={`num cell-right pnl pnl--${signOf(pct)}`} title="Realized P&L over the cost of what was sold">
        {pct === null ? '—' : signedPercent(pct)}
      </td>
    </>
  );
}

function DeploymentRow({ row, day, isFocused }: { row: DeploymentDay; day: string; isFocused: boolean }) {
  return (
    <tr className={`data-row rp-dep-row${isFocused ? ' is-selected' : ''}`} data-testid="report-deployment-row" data-deployment-id={row.deploymentId} data-day={day} data-mode={row.mode}>
      <td className="rp-dep-name" colSpan={2} title={`${row.strategyName} (${row.strategyType}) · ${row.symbol}`}>
        <span className={`badge rp-mode rp-mode--${row.mode}`}>{row.mode}</span> #{row.deploymentId} {row.strategyName} <span className="muted">{row.symbol}</span>
      </td>
      <td className="num cell-right">{row.tradeCount}</td>
      <td className="num cell-right">
        {row.buyCount} / {row.sellCount}
      </td>
      <td className="num cell-right">{quoteAmount(row.volume, row.quoteAsset)}</td>
      <td className="num cell-right">{quoteAmount(row.fees, row.quoteAsset)}</td>
      <PnlCells realized={row.realizedPnl} pct={row.realizedPct} quote={row.quoteAsset} />
      <td className="num cell-right" title={row.mode === 'paper' ? 'Simulated cash plus position at the day’s closing snapshot' : 'A live deployment trades the account’s own balance'}>
        {row.endingEquity === null ? '—' : quoteAmount(row.endingEquity, row.quoteAsset)}
      </td>
      <td />
    </tr>
  );
}

/** The month's days: what each traded and made, and the account's value; each opens onto its deployments. */
export function DailyReportsTable({ reports, totals, shownDay, isOpen, focusDeployment, onShow, onToggle }: Props) {
  const quote = reports[0]?.quoteAsset ?? 'USDT';
  return (
    <table className="data-table data-table--dense rp-days" data-testid="reports-table">
      <MiniHead
        first={
          <>
            <th scope="col" className="rp-col-toggle" aria-label="Deployments" />
            <th scope="col" className="rp-col-day">
              Day (UTC)
            </th>
          </>
        }
        figures={['Trades', 'Buys / sells', 'Volume', 'Fees', 'Realized P&L', 'P&L %', `Value (${quote})`, 'Change']}
      />
      <tbody>
        {reports.map((report) => {
          const isExpanded = isOpen(report.day);
          return (
            <Fragment key={`${report.day}${report.isPartial ? '-partial' : ''}`}>
              <tr
                className={`data-row is-clickable${report.day === shownDay ? ' is-selected' : ''}${report.isPartial ? ' rp-row--partial' : ''}`}
                data-testid="report-row"
                data-day={report.day}
                data-partial={report.isPartial}
                onClick={() => onShow(report.day)}
              >
                <td className="rp-col-toggle">
                  {report.deployments.length > 0 && (
                    <button
                      type="button"
                      className="rp-toggle"
                      data-testid="report-expand"
                      aria-expanded={isExpanded}
                      aria-label={`${isExpanded ? 'Hide' : 'Show'} the deployments of ${report.day}`}
                      onClick={(event) => {
                        event.stopPropagation();
                        onToggle(report.day);
                      }}
                    >
                      {isExpanded ? '▾' : '▸'} {report.deployments.length}
                    </button>
                  )}
                </td>
                <td className="num">
                  {dayLabel(report.day)}
                  {report.isPartial && <span className="badge rp-partial">so far</span>}
                </td>
                <td className="num cell-right">{report.tradeCount}</td>
                <td className="num cell-right">
                  {report.buyCount} / {report.sellCount}
                </td>
                <td className="num cell-right">{quoteAmount(report.volume, report.quoteAsset)}</td>
                <td className="num cell-right">{quoteAmount(report.fees, report.quoteAsset)}</td>
                <PnlCells realized={report.realizedPnl} pct={report.realizedPct} quote={report.quoteAsset} />
                <td className="num cell-right" title={report.endingEquity ?? 'No snapshot of the account'}>
                  {quoteAmount(report.endingEquity, report.quoteAsset)}
                </td>
                <td className={`num cell-right pnl pnl--${signOf(report.equityChangePct)}`} title={report.equityChange ?? undefined}>
                  {report.equityChangePct === null ? '—' : signedPercent(report.equityChangePct)}
                </td>
              </tr>
              {isExpanded && report.deployments.map((row) => <DeploymentRow key={row.deploymentId} row={row} day={report.day} isFocused={row.deploymentId === focusDeployment} />)}
            </Fragment>
          );
        })}
      </tbody>
      {totals !== null && (
        <tfoot>
          <tr className="rp-totals" data-testid="report-month-totals">
            <td />
            <th scope="row">Month</th>
            <td className="num cell-right">{totals.tradeCount}</td>
            <td className="num cell-right">
              {totals.buyCount} / {totals.sellCount}
            </td>
            <td className="num cell-right">{quoteAmount(totals.volume, quote)}</td>
            <td className="num cell-right">{quoteAmount(totals.fees, quote)}</td>
            <PnlCells realized={totals.realizedPnl} pct={totals.realizedPct} quote={quote} />
            <td className="num cell-right">{quoteAmount(totals.endingEquity, quote)}</td>
            <td />
          </tr>
        </tfoot>
      )}
    </table>
  );
}
