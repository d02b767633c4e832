import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '../../../shared/rpc/unwrap';
import { useBridge } from '../bridge/bridge-context';
import { useAfterSessionChange } from './use-auth';
import { queryKeys } from './query-keys';

/** No event announces a new browser, so the list is re-read while it is on screen. */
const SESSIONS_REFRESH_MS = 15_000;

export function useSessions() {
  const bridge = useBridge();
  return useQuery({
    queryKey: queryKeys.sessions,
    queryFn: async () => unwrap(await bridge.sessions.list({})),
    refetchInterval: SESSIONS_REFRESH_MS,
    staleTime: 0,
  });
}

/** Revoking this browser's own session signs it out, so the link is reopened without it. */
export function useRevokeSession() {
  const bridge = useBridge();
  const queryClient = useQueryClient();
  const afterSessionChange = useAfterSessionChange();
  return useMutation({
    mutationFn: async ({ id }: { id: string; isCurrent: boolean }) => unwrap(await bridge.sessions.revoke({ id })),
    onSuccess: async (_result, { isCurrent }) => {
      if (isCurrent) await afterSessionChange();
      else await queryClient.invalidateQueries({ queryKey: queryKeys.sessions });
    },
  });
}
