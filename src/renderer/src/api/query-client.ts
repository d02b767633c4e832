import { QueryClient } from '@tanstack/react-query';
import { isApiError } from '../../../shared/rpc/errors';

/**
 * Pushed events keep the cache current, so nothing goes stale on a timer or on window focus;
 * after a dropped link everything is invalidated once (see use-events-to-cache). The core is
 * on this machine, so the browser's online/offline flag says nothing about reaching it.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
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
}

/** Asking again cannot fix a refused input or a missing method. */
function isPermanent(error: unknown): boolean {
  return isApiError(error) && (error.code === 'BAD_INPUT' || error.code === 'UNKNOWN_METHOD' || error.code === 'FORBIDDEN');
}
