import { and, count, desc, inArray, isNull, lt } from 'drizzle-orm';
import { type NotificationKind, type NotificationLevel } from '../../shared/domain/enums';
import { type Notification } from '../../shared/schemas/notifications';
import { type StoreDb } from '../store/open-store';
import { notifications } from '../store/schema';

export interface NewNotification {
  readonly kind: NotificationKind;
  readonly level: NotificationLevel;
  readonly title: string;
  readonly body: string;
  readonly accountId: number | null;
  readonly deploymentId: number | null;
  /** The event this tells of: a second report of the same event adds nothing. */
  readonly eventKey: string;
}

type Row = typeof notifications.$inferSelect;

const toNotification = (row: Row): Notification => ({
  id: row.id,
  ts: row.ts,
  kind: row.kind,
  level: row.level,
  title: row.title,
  body: row.body,
  accountId: row.accountId,
  deploymentId: row.deploymentId,
  isRead: row.readAt !== null,
});

/** Stores a notification once per event; null when that event was already told. */
export function insertNotification(db: StoreDb, notification: NewNotification, now: number): Notification | null {
  const row = db
    .insert(notifications)
    .values({ ...notification, ts: now })
    .onConflictDoNothing({ target: notifications.eventKey })
    .returning()
    .get();
  return row === undefined ? null : toNotification(row);
}

export function listNotifications(db: StoreDb, input: { before?: number | undefined; limit: number; unreadOnly: boolean }): { notifications: Notification[]; nextBefore: number | null } {
  const rows = db
    .select()
    .from(notifications)
    .where(and(input.before === undefined ? undefined : lt(notifications.id, input.before), input.unreadOnly ? isNull(notifications.readAt) : undefined))
    .orderBy(desc(notifications.id))
    .limit(input.limit + 1)
    .all();
  const page = rows.slice(0, input.limit);
  return { notifications: page.map(toNotification), nextBefore: rows.length > input.limit ? (page.at(-1)?.id ?? null) : null };
}

export function unreadCount(db: StoreDb): number {
  return db.select({ unread: count() }).from(notifications).where(isNull(notifications.readAt)).get()?.unread ?? 0;
}

export function markRead(db: StoreDb, ids: readonly number[] | undefined, now: number): void {
  db.update(notifications)
    .set({ readAt: now })
    .where(and(isNull(notifications.readAt), ids === undefined ? undefined : inArray(notifications.id, [...ids])))
    .run();
}
