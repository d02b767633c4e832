import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '../../../shared/rpc/unwrap';
import { useBridge } from '../bridge/bridge-context';
import { notificationKeys } from './notification-events';

/** The newest notifications and how many are unread; `notifications.created` refreshes it. */
export function useNotificationFeed() {
  const bridge = useBridge();
  return useQuery({ queryKey: notificationKeys.feed, queryFn: async () => unwrap(await bridge.notifications.list({ limit: 50 })) });
}

/** Marks these (or all) read. */
export function useMarkNotificationsRead() {
  const bridge = useBridge();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (ids?: number[]) => unwrap(await bridge.notifications.markRead(ids === undefined ? {} : { ids })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationKeys.feed }),
  });
}
