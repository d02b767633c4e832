import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { NOTIFICATION_KINDS, NOTIFICATION_LEVELS } from '../../../shared/domain/enums';
import { accounts } from './accounts';
import { enumChecks, millis } from './columns';
import { deployments } from './strategies';

/** The in-app feed: fills, gate refusals, deployments that stopped on their own, daily reports. */
export const notifications = sqliteTable(
  'notifications',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    ts: millis('ts').notNull(),
    kind: text('kind', { enum: NOTIFICATION_KINDS }).notNull(),
    level: text('level', { enum: NOTIFICATION_LEVELS }).notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    accountId: integer('account_id').references(() => accounts.id, { onDelete: 'cascade' }),
    deploymentId: integer('deployment_id').references(() => deployments.id, { onDelete: 'cascade' }),
    /** One notification per event, however often the event is reported (a fill by the reply, the stream and a lookup). */
    eventKey: text('event_key').notNull(),
    readAt: millis('read_at'),
  },
  (t) => [uniqueIndex('notifications_event_key_unique').on(t.eventKey), index('notifications_ts_idx').on(t.ts), ...enumChecks(t.kind, t.level)],
);
