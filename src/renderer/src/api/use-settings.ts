import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '../../../shared/rpc/unwrap';
import { type SettingsPatch } from '../../../shared/schemas/settings';
import { useBridge } from '../bridge/bridge-context';
import { queryKeys } from './query-keys';

export function useSettings() {
  const bridge = useBridge();
  return useQuery({
    queryKey: queryKeys.settings,
    queryFn: async () => unwrap(await bridge.settings.get({})),
  });
}

/** Saves a change; the core's reply (all settings after the change) becomes the cached value. */
export function useUpdateSettings() {
  const bridge = useBridge();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (patch: SettingsPatch) => unwrap(await bridge.settings.set(patch)),
    onSuccess: (settings) => {
      queryClient.setQueryData(queryKeys.settings, settings);
    },
  });
}
