import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { AUDIT_ACTORS, LOG_LEVELS } from '../../../shared/domain/enums';
import { enumChecks, json, jsonChecks, millis } from './columns';

export const settings = sqliteTable(
  'settings',
  {
    key: text('key').primaryKey(),
    value: json('value').notNull(),
    updatedAt: millis('updated_at').notNull(),
  },
  (t) => [...jsonChecks(t.value)],
);

export const systemLog = sqliteTable(
  'system_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    ts: millis('ts').notNull(),
    level: text('level', { enum: LOG_LEVELS }).notNull(),
    module: text('module').notNull(),
    message: text('message').notNull(),
    context: json('context'),
  },
  (t) => [
    index('system_log_ts_idx').on(t.ts),
    index('system_log_level_id_idx').on(t.level, t.id),
    index('system_log_module_id_idx').on(t.module, t.id),
    ...enumChecks(t.level),
    ...jsonChecks(t.context),
  ],
);

/** Who did what to which order, deployment, account or setting. */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    ts: millis('ts').notNull(),
    actor: text('actor', { enum: AUDIT_ACTORS }).notNull(),
    action: text('action').notNull(),
    target: text('target'),
    details: json('details'),
  },
  (t) => [index('audit_log_ts_idx').on(t.ts), ...enumChecks(t.actor), ...jsonChecks(t.details)],
);
