import { useState } from 'react';
import { Segmented } from '../common/Segmented';
import { MiniHead } from './MiniHead';
import { type PortfolioSnapshot } from '../../../../shared/schemas/reports';
import { describeApiError } from '../../api/form-errors';
import { useEquityCurve } from '../../api/use-reports';
import { formatDateTime } from '../common/format';
import { InlineError } from '../common/InlineError';
import { plainAmount, quoteAmount } from '../orders/trading-format';
import { EmptyState } from '../workspace/EmptyState';
import { EquityCurveChart } from './EquityCurveChart';

const DAY = 86_400_000;
const RANGES = [
  { id: '7d', label: '7 D', days: 7 },
  { id: '30d', label: '30 D', days: 30 },
  { id: '90d', label: '90 D', days: 90 },
  { id: '1y', label: '1 Y', days: 365 },
  { id: 'all', label: 'All', days: null },
] as const;
type RangeId = (typeof RANGES)[number]['id'];

/** The account's value over time from its portfolio snapshots, and what the newest one held. */
export function EquityCurve({ accountId }: { accountId: number }) {
  const [range, setRange] = useState<{ id: RangeId; from: number }>(() => ({ id: '30d', from: Date.now() - 30 * DAY }));
  const curve = useEquityCurve(accountId, range.from);
  const choose = (id: RangeId, days: number | null, now: number): void => setRange({ id, from: days === null ? 0 : now - days * DAY });
  const data = curve.data;

  return (
    <div className="split rp-split">
      <div className="split-main rp-main rp-curve">
        <div className="toolbar trading-subbar">
          <Segmented
            label="Range"
            options={RANGES.map(({ id, label }) => ({ key: id, label }))}
            value={range.id}
            onChange={(id) => {
              const chosen = RANGES.find((candidate) => candidate.id === id);
              if (chosen !== undefined) choose(chosen.id, chosen.days, Date.now());
            }}
            testIdPrefix="report-range-"
          />
          <span className="toolbar-note num" data-testid="report-snapshot-count">
            {data === undefined ? '' : `${data.count} snapshot${data.count === 1 ? '' : 's'}${data.points.length < data.count ? `, ${data.points.length} drawn` : ''}`}
          </span>
          <div className="toolbar-spacer" />
          <span className="toolbar-note">A snapshot every 15 min (UTC) while the account is connected</span>
        </div>
        {curve.isPending ? (
          <EmptyState title="Loading the equity curve…" />
        ) : curve.isError ? (
          <InlineError onRetry={() => void curve.refetch()} testId="report-curve-error">
            Could not read the snapshots: {describeApiError(curve.error)}
          </InlineError>
        ) : data === undefined || data.points.length === 0 ? (
          <EmptyState title="No snapshots in this range" testId="report-curve-empty">
            The account&apos;s value is recorded every 15 minutes while it is connected, and when it connects. Connect it, or pick a longer range.
          </EmptyState>
        ) : (
          <EquityCurveChart points={data.points} quoteAsset={data.quoteAsset ?? ''} />
        )}
      </div>
      <aside className="split-pane rp-side" aria-label="Newest snapshot">
        {data?.latest == null ? <EmptyState title="No snapshot yet" /> : <SnapshotHoldings snapshot={data.latest} />}
      </aside>
    </div>
  );
}

function SnapshotHoldings({ snapshot }: { snapshot: PortfolioSnapshot }) {
  const quote = snapshot.quoteAsset;
  return (
    <div className="rp-detail" data-testid="report-latest-snapshot">
      <div className="pane-title">
        <span className="pane-title-name">Newest snapshot</span>
        <span className="muted num">{formatDateTime(snapshot.ts)}</span>
      </div>
      <div className="rp-stats">
        <div className="rp-stat">
          <span className="rp-stat-label">Total value</span>
          <span className="rp-stat-value num" data-testid="report-latest-value">
            {quoteAmount(snapshot.totalValue, quote)} {quote}
          </span>
        </div>
        <div className="rp-stat">
          <span className="rp-stat-label">Cash</span>
          <span className="rp-stat-value num">
            {quoteAmount(snapshot.cash, quote)} {quote}
          </span>
        </div>
      </div>
      <table className="data-table data-table--dense rp-mini">
        <MiniHead first="Asset" figures={['Price', 'Value']} />
        <tbody>
          {snapshot.holdings.map((holding) => (
            <tr key={holding.asset} className="data-row" data-testid="report-holding" data-asset={holding.asset} title={`free ${holding.free}, locked ${holding.locked}`}>
              <td>{holding.asset}</td>
              <td className="num cell-right">{holding.price === null ? '—' : plainAmount(holding.price)}</td>
              <td className="num cell-right">{holding.value === null ? 'not priced' : quoteAmount(holding.value, quote)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {snapshot.paper.length > 0 && (
        <>
          <h3 className="rp-heading">Paper deployments (simulated, not in the total)</h3>
          <table className="data-table data-table--dense rp-mini">
            <tbody>
              {snapshot.paper.map((paper) => (
                <tr key={paper.deploymentId} className="data-row" data-testid="report-paper-equity" data-deployment-id={paper.deploymentId}>
                  <td>
                    #{paper.deploymentId} {paper.symbol}
                  </td>
                  <td className="num cell-right" title={`cash ${paper.cash}, position ${paper.positionQty}`}>
                    {paper.symbol.endsWith(quote) ? quoteAmount(paper.equity, quote) : plainAmount(paper.equity)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}
