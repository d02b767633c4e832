import { useCallback, useRef, useState } from 'react';
import { type Notification } from '../../../../shared/schemas/notifications';
import { canNotifyDesktop } from '../../api/notification-events';
import { useMarkNotificationsRead, useNotificationFeed } from '../../api/use-notifications';
import { useNow } from '../../hooks/use-now';
import { useDismiss } from '../chart/use-dismiss';
import { BellIcon } from '../common/Icons';
import { formatDateTime, formatRelative } from '../common/format';

/** The bell in the header: how many notifications are unread, and the feed under it. */
export function NotificationBell() {
  const feed = useNotificationFeed();
  const markRead = useMarkNotificationsRead();
  const [isOpen, setIsOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const close = useCallback(() => setIsOpen(false), []);
  useDismiss(isOpen, root, close);
  const unread = feed.data?.unread ?? 0;
  return (
    <div className="notify" ref={root}>
      <button
        type="button"
        className="notify-bell"
        data-testid="notifications-bell"
        aria-label={unread === 0 ? 'Notifications' : `Notifications, ${unread} unread`}
        aria-expanded={isOpen}
        onClick={() => setIsOpen((open) => !open)}
      >
        <BellIcon />
        {unread > 0 && (
          <span className="notify-count num" data-testid="notifications-unread">
            {unread > 99 ? '99+' : unread}
          </span>
        )}
      </button>
      {isOpen && (
        <div className="notify-panel" role="dialog" aria-label="Notifications" data-testid="notifications-panel">
          <div className="notify-head">
            <span className="notify-title">Notifications</span>
            <DesktopPermission />
            <button type="button" className="btn btn--small" data-testid="notifications-read-all" disabled={unread === 0 || markRead.isPending} onClick={() => markRead.mutate(undefined)}>
              Mark all read
            </button>
          </div>
          {feed.isError && <p className="notify-empty">The feed could not be loaded: {feed.error.message}</p>}
          {feed.data?.notifications.length === 0 && <p className="notify-empty">Nothing yet. Fills, refusals of the risk gate, deployments that stop on their own and daily reports show here.</p>}
          <ul className="notify-list">
            {feed.data?.notifications.map((notification) => (
              <NotificationItem key={notification.id} notification={notification} onRead={() => markRead.mutate([notification.id])} />
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

function NotificationItem({ notification, onRead }: { notification: Notification; onRead: () => void }) {
  const now = useNow(30_000);
  return (
    <li className={`notify-item notify-item--${notification.level}${notification.isRead ? '' : ' notify-item--unread'}`} data-testid="notification" data-kind={notification.kind}>
      <div className="notify-item-top">
        <span className="notify-item-title">{notification.title}</span>
        <time className="notify-item-time" dateTime={new Date(notification.ts).toISOString()} title={formatDateTime(notification.ts)}>
          {formatRelative(notification.ts, now)}
        </time>
      </div>
      <div className="notify-item-body">{notification.body}</div>
      {!notification.isRead && (
        <button type="button" className="notify-item-read" onClick={onRead}>
          Mark read
        </button>
      )}
    </li>
  );
}

/** Desktop notifications need the trader's yes once; until then, a button asks. */
function DesktopPermission() {
  const [permission, setPermission] = useState(() => (canNotifyDesktop() ? window.Notification.permission : 'denied'));
  if (permission !== 'default') {
    return <span className="notify-desktop">{permission === 'granted' ? 'On the desktop too' : 'In the app only'}</span>;
  }
  return (
    <button type="button" className="btn btn--small" data-testid="notifications-desktop" onClick={() => void window.Notification.requestPermission().then(setPermission)}>
      Also on the desktop
    </button>
  );
}
