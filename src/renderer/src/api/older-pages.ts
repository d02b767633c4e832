import { type UseInfiniteQueryResult } from '@tanstack/react-query';

/** Where a newest-first listing stands on paging back, as its "Load older" footer needs it. */
export interface OlderPages {
  readonly hasOlder: boolean;
  readonly isLoading: boolean;
  /** Why the last "Load older" failed, if it did. */
  readonly error: string | null;
  readonly load: () => void;
}

type PagedQuery = Pick<UseInfiniteQueryResult<unknown>, 'hasNextPage' | 'isFetchingNextPage' | 'isFetchNextPageError' | 'error' | 'fetchNextPage'>;

/** Reads an infinite query whose next page is the older one; `describe` words its error. */
export function olderPagesOf(pages: PagedQuery, describe: (error: Error) => string): OlderPages {
  return {
    hasOlder: pages.hasNextPage,
    isLoading: pages.isFetchingNextPage,
    error: pages.isFetchNextPageError && pages.error !== null ? describe(pages.error) : null,
    load: () => void pages.fetchNextPage(),
  };
}
