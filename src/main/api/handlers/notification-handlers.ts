import { listNotifications, markRead, unreadCount } from '../../notifications/notification-repo';
import { type StoreDb } from '../../store/open-store';
import { type HandlerMap } from '../handler-types';

export function notificationHandlers(db: StoreDb): HandlerMap<'notifications.list' | 'notifications.markRead'> {
  return {
    'notifications.list': (input) => ({ ...listNotifications(db, input), unread: unreadCount(db) }),
    'notifications.markRead': ({ ids }) => {
      markRead(db, ids, Date.now());
      return { unread: unreadCount(db) };
    },
  };
}
