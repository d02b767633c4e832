import { useSyncExternalStore } from 'react';
import { useConnection } from './bridge-context';
import { type LinkStatus } from './link-status';

export function useLinkStatus(): LinkStatus {
  const { link } = useConnection();
  return useSyncExternalStore(link.subscribe, link.get);
}
