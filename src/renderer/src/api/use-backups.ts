import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '../../../shared/rpc/unwrap';
import { useBridge } from '../bridge/bridge-context';
import { useAfterSessionChange } from './use-auth';
import { queryKeys } from './query-keys';

/** Backups in the data folder, newest first; callable while the database cannot be opened. */
export function useBackups() {
  const bridge = useBridge();
  return useQuery({
    queryKey: queryKeys.backups,
    queryFn: async () => unwrap(await bridge.backup.list({})),
    staleTime: 0,
  });
}

export function useCreateBackup() {
  const bridge = useBridge();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => unwrap(await bridge.backup.create({})),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.backups }),
  });
}

/**
 * Swaps a backup in. The core locks the vault and ends every web session, and every cached
 * answer describes the old database, so the page reconnects and asks everything again.
 */
export function useRestoreBackup() {
  const bridge = useBridge();
  const afterSessionChange = useAfterSessionChange();
  return useMutation({
    mutationFn: async (id: string) => unwrap(await bridge.backup.restore({ id })),
    // Not awaited: the caller's own onSuccess must run before the refetch unmounts it.
    onSuccess: () => void afterSessionChange(),
  });
}
