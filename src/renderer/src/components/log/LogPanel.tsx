import { useMemo, useState } from 'react';
import { DEFAULT_LOG_FILTER, type LogFilter } from '../../api/log-filter';
import { entriesOf } from '../../api/newest-first';
import { olderPagesOf } from '../../api/older-pages';
import { useLogPages } from '../../api/use-log-pages';
import { InlineError } from '../common/InlineError';
import { EmptyState } from '../workspace/EmptyState';
import { LogTable } from './LogTable';
import { LogToolbar } from './LogToolbar';

/** The core's system log, newest first, filtered by level and module, growing live. */
export function LogPanel() {
  const [filter, setFilter] = useState<LogFilter>(DEFAULT_LOG_FILTER);
  const pages = useLogPages(filter);
  const entries = useMemo(() => entriesOf(pages.data), [pages.data]);
  const modules = pages.data?.pages[0]?.modules ?? [];

  return (
    <div className="log-panel">
      <LogToolbar
        filter={filter}
        onFilterChange={setFilter}
        modules={modules}
        rowCount={entries.length}
        isRefreshing={pages.isPlaceholderData}
      />
      {filter.levels.length === 0 ? (
        <EmptyState title="No levels selected">Pick at least one level to see log lines.</EmptyState>
      ) : pages.isPending ? (
        <EmptyState title="Loading the log…" />
      ) : pages.isError && pages.data === undefined ? (
        <InlineError testId="log-error" onRetry={() => void pages.refetch()}>
          Could not load the log: {pages.error.message}
        </InlineError>
      ) : entries.length === 0 ? (
        <EmptyState title="No log lines match this filter" testId="log-empty" />
      ) : (
        <LogTable entries={entries} isDimmed={pages.isPlaceholderData} older={olderPagesOf(pages, (error) => error.message)} />
      )}
    </div>
  );
}
