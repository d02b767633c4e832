import { useState } from 'react';
import { Segmented } from '../common/Segmented';
import { PNL_PERIODS, type PnlBucket, type PnlPeriod } from '../../../../shared/schemas/portfolio';
import { describeApiError } from '../../api/form-errors';
import { usePnl } from '../../api/use-portfolio';
import { InlineError } from '../common/InlineError';
import { TradingFrame } from '../orders/TradingFrame';
import { quoteAmount, signedAmount, signOf } from '../orders/trading-format';
import { EmptyState } from '../workspace/EmptyState';
import { byQuoteAsset, periodLabel, pnlBars } from './pnl-view';

const PERIOD_WORDS: Record<PnlPeriod, string> = { day: 'Day', week: 'Week', month: 'Month' };
const CHART_WIDTH = 360;
const CHART_HEIGHT = 64;

/** Realized profit and loss of the chart's account per UTC day, ISO week or month, per quote asset. */
export function PnlPanel() {
  return <TradingFrame testId="pnl" what="realized P&L">{(account) => <Pnl key={account.id} accountId={account.id} />}</TradingFrame>;
}

function Pnl({ accountId }: { accountId: number }) {
  const [period, setPeriod] = useState<PnlPeriod>('day');
  const pnl = usePnl(accountId, period);
  const groups = byQuoteAsset(pnl.data?.buckets ?? []);
  return (
    <div className="orders-panel">
      <div className="toolbar trading-subbar">
        <Segmented label="Period" options={PNL_PERIODS.map((key) => ({ key, label: PERIOD_WORDS[key] }))} value={period} onChange={setPeriod} testIdPrefix="pnl-period-" />
        <span className="toolbar-note">Realized on sales, fees included, by UTC {period === 'week' ? 'ISO week' : period}</span>
      </div>
      {pnl.isError ? (
        <InlineError onRetry={() => void pnl.refetch()} testId="pnl-error">
          Could not load the P&amp;L: {describeApiError(pnl.error)}
        </InlineError>
      ) : pnl.data !== undefined && groups.length === 0 ? (
        <EmptyState title="No realized P&L yet" testId="pnl-empty">
          Profit or loss is realized when something bought is sold; each period with a sale shows here.
        </EmptyState>
      ) : (
        <div className="pnl-body">
          <div className="pnl-charts">
            {groups.map((group) => (
              <PnlChart key={group.quoteAsset} quoteAsset={group.quoteAsset} buckets={group.buckets} period={period} />
            ))}
          </div>
          <div className="pnl-table-scroll">
            <table className="data-table data-table--dense pnl-table" data-testid="pnl-table">
              <thead>
                <tr>
                  <th scope="col">Period</th>
                  <th scope="col">Quote</th>
                  <th scope="col" className="cell-right">Realized</th>
                  <th scope="col" className="cell-right">Fees</th>
                  <th scope="col" className="cell-right">Sells</th>
                </tr>
              </thead>
              <tbody>
                {[...(pnl.data?.buckets ?? [])]
                  .sort((a, b) => b.start - a.start || a.quoteAsset.localeCompare(b.quoteAsset))
                  .map((bucket) => (
                    <tr key={`${bucket.start}-${bucket.quoteAsset}`} className="data-row" data-testid="pnl-row" data-quote={bucket.quoteAsset}>
                      <td className="num">{periodLabel(bucket.start, period)}</td>
                      <td>{bucket.quoteAsset}</td>
                      <td className={`num cell-right pnl pnl--${signOf(bucket.realized)}`} data-testid="pnl-realized" title={bucket.realized}>
                        {signedAmount(bucket.realized, bucket.quoteAsset)}
                      </td>
                      <td className="num cell-right" title={bucket.fees}>
                        {quoteAmount(bucket.fees, bucket.quoteAsset)}
                      </td>
                      <td className="num cell-right">{bucket.sells}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
    </div>
  );
}

/** Realized P&L of one quote asset as bars, oldest on the left; the numbers are in the table. */
function PnlChart({ quoteAsset, buckets, period }: { quoteAsset: string; buckets: readonly PnlBucket[]; period: PnlPeriod }) {
  const { bars, zeroY } = pnlBars(buckets, CHART_WIDTH, CHART_HEIGHT);
  return (
    <figure className="pnl-chart" data-testid="pnl-chart" data-quote={quoteAsset}>
      <figcaption className="toolbar-note">{quoteAsset}</figcaption>
      <svg width={CHART_WIDTH} height={CHART_HEIGHT} viewBox={`0 0 ${CHART_WIDTH} ${CHART_HEIGHT}`} role="img" aria-label={`Realized P&L in ${quoteAsset} per ${period}`}>
        <line className="pnl-zero" x1={0} x2={CHART_WIDTH} y1={zeroY} y2={zeroY} />
        {bars.map((bar, index) => {
          const bucket = buckets[index];
          return (
            <rect key={bar.start} className={bar.isLoss ? 'pnl-bar pnl-bar--down' : 'pnl-bar pnl-bar--up'} x={bar.x} y={bar.y} width={bar.width} height={bar.height}>
              <title>{bucket === undefined ? '' : `${periodLabel(bucket.start, period)}: ${signedAmount(bucket.realized, quoteAsset)} ${quoteAsset}`}</title>
            </rect>
          );
        })}
      </svg>
    </figure>
  );
}
