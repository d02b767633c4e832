import { useMemo } from 'react';
import { allAuditEntries } from '../../../api/audit-cache';
import { describeApiError } from '../../../api/form-errors';
import { useAuditPages } from '../../../api/use-audit-pages';
import { EmptyState } from '../../workspace/EmptyState';
import { SectionToolbar } from '../SectionToolbar';
import { AuditRow } from './AuditRow';

/** Every state-changing action, newest first. The core only appends; nothing here edits it. */
export function AuditSection() {
  const pages = useAuditPages();
  const entries = useMemo(() => allAuditEntries(pages.data), [pages.data]);

  return (
    <div className="settings-panel" data-testid="audit-panel">
      <SectionToolbar title="Audit log" note="Append-only: entries are never edited or deleted.">
        <span className="toolbar-note num" data-testid="audit-count">
          {entries.length.toLocaleString()} {entries.length === 1 ? 'entry' : 'entries'}
          {pages.hasNextPage ? '+' : ''}
        </span>
        <span className="live-badge" title="New entries appear at the top as they are written">
          <i className="dot" aria-hidden="true" />
          live
        </span>
      </SectionToolbar>
      {pages.isPending ? (
        <EmptyState title="Loading the audit log…" />
      ) : pages.isError && pages.data === undefined ? (
        <div className="inline-error" role="alert" data-testid="audit-error">
          Could not load the audit log: {describeApiError(pages.error)}
          <button type="button" className="btn btn--small" onClick={() => void pages.refetch()}>
            Retry
          </button>
        </div>
      ) : entries.length === 0 ? (
        <EmptyState title="Nothing recorded yet" testId="audit-empty">
          Changes to settings, accounts, the vault, sessions and backups are recorded here.
        </EmptyState>
      ) : (
        <div className="log-scroll">
          <table className="data-table audit-table" data-testid="audit-table">
            <colgroup>
              <col className="audit-col-time" />
              <col className="audit-col-actor" />
              <col className="audit-col-action" />
              <col className="audit-col-target" />
              <col />
              <col className="log-col-context" />
            </colgroup>
            <thead>
              <tr>
                <th scope="col">Time</th>
                <th scope="col">Actor</th>
                <th scope="col">Action</th>
                <th scope="col">Target</th>
                <th scope="col">Details</th>
                <th scope="col" aria-label="Expand" />
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <AuditRow key={entry.id} entry={entry} />
              ))}
            </tbody>
          </table>
          <div className="log-end">
            {pages.isFetchNextPageError && (
              <span className="log-end-error" role="alert">
                Could not load older entries: {describeApiError(pages.error)}
              </span>
            )}
            {pages.hasNextPage ? (
              <button type="button" className="btn btn--small" data-testid="audit-load-older" disabled={pages.isFetchingNextPage} onClick={() => void pages.fetchNextPage()}>
                {pages.isFetchingNextPage ? 'Loading…' : 'Load older'}
              </button>
            ) : (
              <span className="log-end-note">Beginning of the audit log</span>
            )}
          </div>
        </div>
      )}
    </div>
  );
}
