import { type HistoryRows } from '../../api/history-pages';

interface Props<T> {
  readonly query: { readonly isFetching: boolean; readonly isFetchNextPageError: boolean; readonly fetchNextPage: () => Promise<unknown> };
  readonly rows: HistoryRows<T>;
  readonly noun: readonly [string, string];
  readonly testId: string;
}

/** How many rows match, whether pages are on their way, and a retry when one failed. */
export function PagingNote<T>({ query, rows, noun, testId }: Props<T>) {
  return (
    <>
      {query.isFetchNextPageError && (
        <span className="toolbar-note toolbar-note--error" role="alert">
          A page did not load.{' '}
          <button type="button" className="btn btn--small" onClick={() => void query.fetchNextPage()}>
            Retry
          </button>
        </span>
      )}
      <span className="toolbar-note num" data-testid={testId} data-total={rows.total} data-loaded={rows.loaded}>
        {rows.loaded === 0 && query.isFetching ? 'loading…' : `${rows.total.toLocaleString()} ${rows.total === 1 ? noun[0] : noun[1]}`}
        {query.isFetching && rows.loaded > 0 ? ' · loading' : ''}
      </span>
    </>
  );
}
