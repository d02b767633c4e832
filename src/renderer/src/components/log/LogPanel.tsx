import { useMemo, useState } from 'react';
import { allEntries } from '../../api/log-cache';
import { DEFAULT_LOG_FILTER, type LogFilter } from '../../api/log-filter';
import { useLogPages } from '../../api/use-log-pages';
import { EmptyState } from '../workspace/EmptyState';
import { LogTable } from './LogTable';
import { LogToolbar } from './LogToolbar';

/** The core's system log, newest first, filtered by level and module, growing live. */
export function LogPanel() {
  const [filter, setFilter] = useState<LogFilter>(DEFAULT_LOG_FILTER);
  const pages = useLogPages(filter);
  const entries = useMemo(() => allEntries(pages.data), [pages.data]);
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
        <div className="inline-error" role="alert" data-testid="log-error">
          Could not load the log: {pages.error.message}
          <button type="button" className="btn btn--small" onClick={() => void pages.refetch()}>
            Retry
          </button>
        </div>
      ) : entries.length === 0 ? (
        <EmptyState title="No log lines match this filter" testId="log-empty" />
      ) : (
        <LogTable
          entries={entries}
          isDimmed={pages.isPlaceholderData}
          hasOlder={pages.hasNextPage}
          isLoadingOlder={pages.isFetchingNextPage}
          olderError={pages.isFetchNextPageError ? pages.error.message : null}
          onLoadOlder={() => void pages.fetchNextPage()}
        />
      )}
    </div>
  );
}
