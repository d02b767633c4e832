import { useMemo } from 'react';
import { describeApiError } from '../../../api/form-errors';
import { entriesOf } from '../../../api/newest-first';
import { olderPagesOf } from '../../../api/older-pages';
import { useAuditPages } from '../../../api/use-audit-pages';
import { InlineError } from '../../common/InlineError';
import { LiveBadge } from '../../common/LiveBadge';
import { NewestFirstTable, type Column } from '../../common/NewestFirstTable';
import { EmptyState } from '../../workspace/EmptyState';
import { SectionToolbar } from '../SectionToolbar';
import { AuditRow } from './AuditRow';

const COLUMNS: readonly Column[] = [
  { title: 'Time', widthClass: 'audit-col-time' },
  { title: 'Actor', widthClass: 'audit-col-actor' },
  { title: 'Action', widthClass: 'audit-col-action' },
  { title: 'Target', widthClass: 'audit-col-target' },
  { title: 'Details' },
  { title: 'Expand', isTitleHidden: true, widthClass: 'log-col-context' },
];

/** Every state-changing action, newest first. The core only appends; nothing here edits it. */
export function AuditSection() {
  const pages = useAuditPages();
  const entries = useMemo(() => entriesOf(pages.data), [pages.data]);

  return (
    <div className="settings-panel" data-testid="audit-panel">
      <SectionToolbar title="Audit log" note="Append-only: entries are never edited or deleted.">
        <span className="toolbar-note num" data-testid="audit-count">
          {entries.length.toLocaleString()} {entries.length === 1 ? 'entry' : 'entries'}
          {pages.hasNextPage ? '+' : ''}
        </span>
        <LiveBadge title="New entries appear at the top as they are written" />
      </SectionToolbar>
      {pages.isPending ? (
        <EmptyState title="Loading the audit log…" />
      ) : pages.isError && pages.data === undefined ? (
        <InlineError testId="audit-error" onRetry={() => void pages.refetch()}>
          Could not load the audit log: {describeApiError(pages.error)}
        </InlineError>
      ) : entries.length === 0 ? (
        <EmptyState title="Nothing recorded yet" testId="audit-empty">
          Changes to settings, accounts, the vault, sessions and backups are recorded here.
        </EmptyState>
      ) : (
        <NewestFirstTable
          columns={COLUMNS}
          testId="audit-table"
          className="audit-table"
          older={olderPagesOf(pages, describeApiError)}
          noun="entries"
          endNote="Beginning of the audit log"
          loadOlderTestId="audit-load-older"
        >
          {entries.map((entry) => (
            <AuditRow key={entry.id} entry={entry} />
          ))}
        </NewestFirstTable>
      )}
    </div>
  );
}
