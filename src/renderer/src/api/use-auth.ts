import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { unwrap } from '../../../shared/rpc/unwrap';
import { useBridge, useConnection } from '../bridge/bridge-context';
import { queryKeys } from './query-keys';
import { refetchAll } from './refetch-all';
import { postAuth } from './web-auth';

/** Whether this page must sign in (web shell) and whether it has; answered before signing in. */
export function useAuthState(options: { enabled: boolean }) {
  const bridge = useBridge();
  return useQuery({
    queryKey: queryKeys.authState,
    queryFn: async () => unwrap(await bridge.auth.state({})),
    enabled: options.enabled,
  });
}

/**
 * After the session changed under this page (signed in or out, the vault locked, a backup
 * restored), the socket must be reopened to carry the new cookie, and everything asked again
 * on it. Calls made meanwhile wait for the new socket.
 */
export function useAfterSessionChange(): () => Promise<void> {
  const { reconnect } = useConnection();
  const queryClient = useQueryClient();
  return useCallback(async () => {
    reconnect();
    await refetchAll(queryClient);
  }, [reconnect, queryClient]);
}

export type SignInMode = 'setup' | 'unlock';

/** Signs this browser in over HTTP; the reply sets an HttpOnly session cookie. */
export function useWebSignIn() {
  const afterSessionChange = useAfterSessionChange();
  return useMutation({
    mutationFn: async ({ mode, passphrase }: { mode: SignInMode; passphrase: string }) => unwrap(await postAuth(mode, { passphrase })),
    onSuccess: afterSessionChange,
  });
}

/** Ends this browser's session; the page falls back to the sign-in screen. */
export function useWebSignOut() {
  const afterSessionChange = useAfterSessionChange();
  return useMutation({
    mutationFn: async () => unwrap(await postAuth('logout', {})),
    onSettled: afterSessionChange,
  });
}
