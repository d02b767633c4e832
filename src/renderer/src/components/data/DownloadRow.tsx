import { useSyncExternalStore } from 'react';
import { type Download } from '../../../../shared/schemas/candles';
import { describeApiError } from '../../api/form-errors';
import { downloadRates, windowRate } from '../../api/download-rates';
import { useCancelDownload, useResumeDownload } from '../../api/use-candle-data';
import { useNow } from '../../hooks/use-now';
import { downloadStateText, isResumable, plural, venueLabel } from './data-labels';
import { countText, durationText, percentText, progressFraction, rateText, remainingMs } from './download-progress';
import { formatUtcMinute, formatUtcSpan } from './utc-time';

/** One download: what it fetches, how far it is, how fast, and Cancel or Resume. */
export function DownloadRow({ download }: { download: Download }) {
  const cancel = useCancelDownload();
  const resume = useResumeDownload();
  const state = downloadStateText(download.state);
  const fraction = progressFraction(download);
  const actionError = cancel.error ?? resume.error;
  return (
    <div className={`download-row download-row--${state.tone}`} data-testid="download-row" data-download-id={download.id} data-state={download.state}>
      <div className="download-head">
        <span className="cell-strong">{download.symbol}</span>
        <span className="num">{download.interval}</span>
        <span className="muted download-venue" title={download.venue}>
          {venueLabel(download.venue)}
        </span>
        <span className="toolbar-spacer" />
        <span className={`dl-state dl-state--${state.tone}`} data-testid="download-state">
          {state.word}
        </span>
        {download.state === 'running' && (
          <button type="button" className="btn btn--small btn--quiet-danger" data-testid="download-cancel" disabled={cancel.isPending} onClick={() => cancel.mutate(download.id)}>
            {cancel.isPending ? 'Cancelling…' : 'Cancel'}
          </button>
        )}
        {isResumable(download.state) && (
          <button
            type="button"
            className="btn btn--small"
            data-testid="download-resume"
            disabled={resume.isPending}
            title="Continue where it stopped: bars already stored are not fetched again"
            onClick={() => resume.mutate(download.id)}
          >
            {resume.isPending ? 'Resuming…' : 'Resume'}
          </button>
        )}
      </div>
      <div className="download-span num">{formatUtcSpan(download.from, download.to)} UTC</div>
      <div
        className={fraction === null ? 'download-progress is-indeterminate' : 'download-progress'}
        data-testid="download-progress"
        role="progressbar"
        aria-label={`${download.symbol} ${download.interval} download`}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={fraction === null ? undefined : Math.floor(fraction * 100)}
      >
        <span style={fraction === null ? undefined : { width: `${fraction * 100}%` }} />
      </div>
      <div className="download-meta num">
        {download.state === 'running' ? <RunningFigures download={download} /> : <FinishedFigures download={download} />}
      </div>
      {(download.error ?? actionError) !== null && (
        <div className="download-error" role={actionError === null ? undefined : 'alert'} data-testid="download-error" title={download.error ?? undefined}>
          {actionError === null ? download.error : describeApiError(actionError)}
        </div>
      )}
    </div>
  );
}

/** Ticks every second while it runs, so the rate and the time left stay honest between pages. */
function RunningFigures({ download }: { download: Download }) {
  const now = useNow(1000);
  const samples = useSyncExternalStore(subscribeRates, () => downloadRates.samplesOf(download.id));
  const rate = windowRate(samples, now);
  const left = remainingMs(download, rate);
  return (
    <>
      <span>{countText(download)}</span>
      <span className="download-percent">{percentText(progressFraction(download))}</span>
      {rate !== null && <span data-testid="download-rate">{rateText(rate)}</span>}
      {left !== null && <span>~{durationText(left)} left</span>}
    </>
  );
}

const subscribeRates = (listener: () => void): (() => void) => downloadRates.subscribe(listener);

function FinishedFigures({ download }: { download: Download }) {
  const finished = download.finishedAt === null ? null : `${download.state === 'done' ? 'finished' : 'stopped'} ${formatUtcMinute(download.finishedAt)} UTC`;
  return (
    <>
      {download.state === 'done' ? (
        <span>{download.expected === 0 ? 'nothing was missing' : `${plural(download.fetched, 'bar')} stored`}</span>
      ) : (
        <>
          <span>{countText(download)}</span>
          <span className="download-percent">{percentText(progressFraction(download))}</span>
        </>
      )}
      {finished !== null && <span>{finished}</span>}
    </>
  );
}
