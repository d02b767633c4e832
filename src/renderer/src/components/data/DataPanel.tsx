import { useMemo, useState } from 'react';
import { venueOf } from '../../../../shared/market/venue';
import { describeApiError } from '../../api/form-errors';
import { useAccounts } from '../../api/use-accounts';
import { useCoverage, useDownloads } from '../../api/use-candle-data';
import { CrossIcon } from '../common/Icons';
import { InlineError } from '../common/InlineError';
import { LiveBadge } from '../common/LiveBadge';
import { EmptyState } from '../workspace/EmptyState';
import { CoverageTable } from './CoverageTable';
import { filterSeries, sortedSeries, symbolsOf, venueChoices } from './coverage-view';
import { formatCount, plural } from './data-labels';
import { DownloadForm } from './DownloadForm';
import { DownloadsList } from './DownloadsList';
import { ImportForm } from './ImportForm';
import { type Notice } from './notice';

/**
 * Market data a trader can trust: every stored series with where it has gaps and a way to fill
 * each one, downloads with their progress, and import of Binance kline files.
 */
export function DataPanel() {
  const coverage = useCoverage();
  const downloads = useDownloads();
  const accounts = useAccounts();
  const [filter, setFilter] = useState('');
  const [notice, setNotice] = useState<Notice | null>(null);

  const all = useMemo(() => sortedSeries(coverage.data?.series ?? []), [coverage.data]);
  const shown = useMemo(() => filterSeries(all, filter), [all, filter]);
  const venues = useMemo(
    () => venueChoices((accounts.data?.accounts ?? []).map(venueOf), all.map((series) => series.venue)),
    [accounts.data, all],
  );
  const symbols = useMemo(() => symbolsOf(all), [all]);
  const totalBars = all.reduce((sum, series) => sum + series.bars, 0);

  return (
    <div className="data-panel" data-testid="data-panel">
      <div className="toolbar data-toolbar">
        <label className="field-inline">
          <span className="field-label">Symbol</span>
          <input
            type="search"
            className="input data-filter"
            data-testid="data-filter"
            placeholder="Filter"
            spellCheck={false}
            value={filter}
            onChange={(event) => setFilter(event.target.value)}
          />
        </label>
        <span className="toolbar-note num" data-testid="data-summary">
          {coverage.data === undefined
            ? ''
            : `${shown.length === all.length ? '' : `${formatCount(shown.length)} of `}${plural(all.length, 'series', 'series')} · ${formatCount(totalBars)} bars`}
        </span>
        {notice !== null && (
          <span className={`toolbar-note data-notice toolbar-note--${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'} title={notice.text} data-testid="data-notice">
            {notice.text}
          </span>
        )}
        {notice !== null && (
          <button type="button" className="btn btn--small btn--quiet data-notice-close" aria-label="Dismiss" onClick={() => setNotice(null)}>
            <CrossIcon size={10} />
          </button>
        )}
        <div className="toolbar-spacer" />
        <span className="toolbar-note">Times in UTC</span>
        <LiveBadge title="Coverage and downloads change here as bars are stored" />
      </div>
      <div className="split data-split">
        <div className="split-main">
          {coverage.isPending ? (
            <EmptyState title="Loading stored market data…" />
          ) : coverage.isError ? (
            <InlineError onRetry={() => void coverage.refetch()} testId="coverage-error">
              Could not read the stored market data: {describeApiError(coverage.error)}
            </InlineError>
          ) : all.length === 0 ? (
            <EmptyState title="No market data stored yet" testId="coverage-empty">
              Download a range of history, or import a Binance kline CSV. Every series shows here with its gaps.
            </EmptyState>
          ) : shown.length === 0 ? (
            <EmptyState title={`No stored series matches “${filter.trim()}”`} testId="coverage-no-match" />
          ) : (
            <CoverageTable series={shown} all={all} downloads={downloads.data?.downloads ?? []} onNotice={setNotice} />
          )}
        </div>
        <aside className="split-pane data-side" aria-label="Downloads and import">
          <DownloadsList downloads={downloads.data?.downloads} error={downloads.error} onRetry={() => void downloads.refetch()} />
          <DownloadForm venues={venues} symbols={symbols} />
          <ImportForm venues={venues} />
        </aside>
      </div>
    </div>
  );
}
