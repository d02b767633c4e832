import { useEffect, useRef, useState } from 'react';
import { type Download } from '../../../../shared/schemas/candles';
import { describeApiError } from '../../api/form-errors';
import { InlineError } from '../common/InlineError';
import { DownloadRow } from './DownloadRow';
import { formatCount } from './data-labels';

/** Finished downloads shown before "Show all": running ones always show. */
const FINISHED_SHOWN = 4;

interface Props {
  readonly downloads: readonly Download[] | undefined;
  readonly error: unknown;
  readonly onRetry: () => void;
}

/** Downloads, running first, with their progress; stopped ones can be resumed where they stopped. */
export function DownloadsList({ downloads, error, onRetry }: Props) {
  const [isAllShown, setIsAllShown] = useState(false);
  const listRef = useRef<HTMLDivElement>(null);
  const newestRunningId = downloads?.find((download) => download.state === 'running')?.id ?? null;

  // A download just started (here, from a gap, or in another window) is brought into view.
  useEffect(() => {
    if (newestRunningId === null) return;
    listRef.current?.querySelector(`[data-download-id="${newestRunningId}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [newestRunningId]);

  if (error !== null && error !== undefined) {
    return (
      <section className="data-section" aria-label="Downloads">
        <div className="pane-title">Downloads</div>
        <InlineError onRetry={onRetry} testId="downloads-error">
          Could not list downloads: {describeApiError(error)}
        </InlineError>
      </section>
    );
  }
  const all = downloads ?? [];
  const running = all.filter((download) => download.state === 'running');
  const finished = all.filter((download) => download.state !== 'running');
  const shown = isAllShown ? all : [...running, ...finished.slice(0, FINISHED_SHOWN)];
  const hidden = all.length - shown.length;
  return (
    <section className="data-section" aria-label="Downloads" data-testid="downloads-list">
      <div className="pane-title">
        <span>Downloads</span>
        {running.length > 0 && <span className="count-pill dl-running-pill">{formatCount(running.length)} running</span>}
      </div>
      {downloads === undefined ? (
        <div className="data-note">Loading…</div>
      ) : all.length === 0 ? (
        <div className="data-note">None yet. Backfill a gap, or download a range below.</div>
      ) : (
        <div className="download-list" ref={listRef}>
          {shown.map((download) => (
            <DownloadRow key={download.id} download={download} />
          ))}
        </div>
      )}
      {(hidden > 0 || (isAllShown && finished.length > FINISHED_SHOWN)) && (
        <button type="button" className="btn btn--small btn--quiet data-more" onClick={() => setIsAllShown(!isAllShown)}>
          {isAllShown ? 'Show fewer' : `Show ${formatCount(hidden)} more`}
        </button>
      )}
    </section>
  );
}
