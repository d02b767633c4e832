import { useQuery } from '@tanstack/react-query';
import { unwrap } from '../../../shared/rpc/unwrap';
import { useBridge } from '../bridge/bridge-context';
import { queryKeys } from './query-keys';

/** Version, shell, data folder and status; `app.status` events patch `status` in place. */
export function useAppInfo() {
  const bridge = useBridge();
  return useQuery({
    queryKey: queryKeys.appInfo,
    queryFn: async () => unwrap(await bridge.app.info({})),
  });
}
