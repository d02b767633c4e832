import { type QueryClient } from '@tanstack/react-query';
import { type Bridge } from '../../../shared/rpc/bridge';
import { type Notification } from '../../../shared/schemas/notifications';

export const notificationKeys = {
  feed: ['notifications', 'feed'] as const,
};

/**
 * A new notification refreshes the feed and, when the trader allowed it, shows on the desktop
 * (the web Notification API: a native notification in the Electron window, the browser's own in
 * the web shell). Only while the window is not in front: in front, the bell says it.
 */
export function cacheNotificationEvents(bridge: Bridge, queryClient: QueryClient): () => void {
  return bridge.on('notifications.created', (notification) => {
    void queryClient.invalidateQueries({ queryKey: notificationKeys.feed });
    if (document.visibilityState !== 'visible' || !document.hasFocus()) showOnDesktop(notification);
  });
}

export function canNotifyDesktop(): boolean {
  return typeof window.Notification === 'function';
}

function showOnDesktop(notification: Notification): void {
  if (!canNotifyDesktop() || window.Notification.permission !== 'granted') return;
  new window.Notification(notification.title, { body: notification.body, tag: `tradewind-${notification.id}` });
}
