import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '../../../shared/rpc/unwrap';
import { type VaultStatus } from '../../../shared/schemas/vault';
import { useBridge, useConnection } from '../bridge/bridge-context';
import { useAfterSessionChange } from './use-auth';
import { queryKeys } from './query-keys';

/** Kept current by `vault.changed`, which is pushed even before a browser signs in. */
export function useVaultStatus(options: { enabled?: boolean } = {}) {
  const bridge = useBridge();
  return useQuery({
    queryKey: queryKeys.vaultStatus,
    queryFn: async () => unwrap(await bridge.vault.status({})),
    enabled: options.enabled ?? true,
  });
}

function useStoreStatus(): (status: VaultStatus) => void {
  const queryClient = useQueryClient();
  return (status) => queryClient.setQueryData(queryKeys.vaultStatus, status);
}

export type VaultSetupChoice = { mode: 'os-keychain' } | { mode: 'passphrase'; passphrase: string };

export function useVaultSetup() {
  const bridge = useBridge();
  const store = useStoreStatus();
  return useMutation({
    mutationFn: async (choice: VaultSetupChoice) => unwrap(await bridge.vault.setup(choice)),
    onSuccess: store,
  });
}

export function useVaultUnlock() {
  const bridge = useBridge();
  const store = useStoreStatus();
  return useMutation({
    mutationFn: async (passphrase: string) => unwrap(await bridge.vault.unlock({ passphrase })),
    onSuccess: store,
  });
}

/** In the web shell, locking ends every browser's session, this one's included. */
export function useVaultLock() {
  const bridge = useBridge();
  const { shell } = useConnection();
  const store = useStoreStatus();
  const afterSessionChange = useAfterSessionChange();
  return useMutation({
    mutationFn: async () => unwrap(await bridge.vault.lock({})),
    onSuccess: async (status) => {
      store(status);
      if (shell === 'web') await afterSessionChange();
    },
  });
}

export function useChangePassphrase() {
  const bridge = useBridge();
  const store = useStoreStatus();
  return useMutation({
    mutationFn: async (input: { current: string; next: string }) => unwrap(await bridge.vault.changePassphrase(input)),
    onSuccess: store,
  });
}
