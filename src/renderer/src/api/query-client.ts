import { MutationCache, QueryCache, QueryClient, type QueryKey } from '@tanstack/react-query';
import { isApiError, type ErrorCode } from '../../../shared/rpc/errors';
import { queryKeys } from './query-keys';

/**
 * Pushed events keep the cache current, so nothing goes stale on a timer or on window focus;
 * after a dropped link everything is invalidated once (see use-events-to-cache). The core is
 * on this machine, so the browser's online/offline flag says nothing about reaching it.
 *
 * Any call refused as UNAUTHORIZED means the web session may have ended (revoked in another
 * browser, expired, the vault locked): asking `auth.state` again lets the page fall back to
 * the sign-in screen instead of showing a panel full of errors.
 */
export function createQueryClient(): QueryClient {
  const recheckAuth = (error: unknown, key: QueryKey | undefined): void => {
    if (!isApiError(error) || error.code !== 'UNAUTHORIZED' || isSameKey(key, queryKeys.authState)) return;
    void client.invalidateQueries({ queryKey: queryKeys.authState });
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: (error, query) => recheckAuth(error, query.queryKey) }),
    mutationCache: new MutationCache({ onError: (error) => recheckAuth(error, undefined) }),
    defaultOptions: {
      queries: {
        staleTime: Infinity,
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
        networkMode: 'always',
        retry: (failureCount, error) => failureCount < 2 && !isPermanent(error),
      },
      mutations: { networkMode: 'always', retry: false },
    },
  });
  return client;
}

/** Asking again cannot fix a refused input, a missing method, a missing session or a locked vault. */
const PERMANENT_CODES: ReadonlySet<ErrorCode> = new Set<ErrorCode>(['BAD_INPUT', 'UNKNOWN_METHOD', 'FORBIDDEN', 'UNAUTHORIZED', 'LOCKED', 'NOT_FOUND']);

function isPermanent(error: unknown): boolean {
  return isApiError(error) && PERMANENT_CODES.has(error.code);
}

function isSameKey(key: QueryKey | undefined, other: QueryKey): boolean {
  return key !== undefined && key.length === other.length && key.every((part, index) => part === other[index]);
}
