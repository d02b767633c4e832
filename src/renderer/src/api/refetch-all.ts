import { type QueryClient } from '@tanstack/react-query';
import { type AuthState } from '../../../shared/schemas/sessions';
import { PUBLIC_QUERY_ROOTS, queryKeys } from './query-keys';

/**
 * Asks everything again after the link reopened or the session changed. Whether this page is
 * still signed in is asked first: if it is not, the rest is only marked stale, so the panels
 * being replaced by the sign-in screen do not ask for data they may no longer see.
 */
export async function refetchAll(queryClient: QueryClient): Promise<void> {
  await queryClient.invalidateQueries({ queryKey: queryKeys.authState });
  const auth = queryClient.getQueryData<AuthState>(queryKeys.authState);
  const isSignedOut = auth !== undefined && auth.requiresSignIn && !auth.isSignedIn;
  const isPublic = (key: readonly unknown[]): boolean => PUBLIC_QUERY_ROOTS.includes(String(key[0]));
  await Promise.all([
    queryClient.invalidateQueries({ predicate: (query) => isPublic(query.queryKey) && query.queryKey[0] !== queryKeys.authState[0] }),
    queryClient.invalidateQueries({ predicate: (query) => !isPublic(query.queryKey), refetchType: isSignedOut ? 'none' : 'active' }),
  ]);
}
