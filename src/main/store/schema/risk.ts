import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  real,
  sqliteTable,
  text,
  uniqueIndex,
  type SQLiteColumn,
} from 'drizzle-orm/sqlite-core';
import { RISK_LOCK_KINDS } from '../../../shared/domain/enums';
import { accounts } from './accounts';
import { decimal, decimalChecks, enumChecks, flag, flagChecks, millis, ref } from './columns';
import { deployments } from './strategies';

const exactlyOneScope = (accountId: SQLiteColumn, deploymentId: SQLiteColumn) =>
  sql`(${ref(accountId)} is null) <> (${ref(deploymentId)} is null)`;

/**
 * Limits for one account or one deployment (exactly one of the two); a null limit is no
 * limit. Amounts and losses are in the quote asset.
 */
export const riskLimits = sqliteTable(
  'risk_limits',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    accountId: integer('account_id').references(() => accounts.id, { onDelete: 'cascade' }),
    deploymentId: integer('deployment_id').references(() => deployments.id, {
      onDelete: 'cascade',
    }),
    maxTradesPerDay: integer('max_trades_per_day'),
    maxAmountPerTrade: decimal('max_amount_per_trade'),
    maxOpenOrders: integer('max_open_orders'),
    maxOrdersPerMinute: integer('max_orders_per_minute'),
    priceBandPct: real('price_band_pct'),
    dailyLossLimit: decimal('daily_loss_limit'),
    cooldownMs: integer('cooldown_ms'),
    maxDrawdownPct: real('max_drawdown_pct'),
    updatedAt: millis('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('risk_limits_account_unique').on(t.accountId),
    uniqueIndex('risk_limits_deployment_unique').on(t.deploymentId),
    ...decimalChecks(t.maxAmountPerTrade, t.dailyLossLimit),
    check('risk_limits_one_scope', exactlyOneScope(t.accountId, t.deploymentId)),
  ],
);

/** The global kill switch: a single row (id 1), persisted so a restart keeps it engaged. */
export const killSwitch = sqliteTable(
  'kill_switch',
  {
    id: integer('id').primaryKey(),
    isActive: flag('is_active').notNull(),
    reason: text('reason'),
    since: millis('since'),
    updatedAt: millis('updated_at').notNull(),
  },
  (t) => [
    ...flagChecks(t.isActive),
    check('kill_switch_single_row', sql`${ref(t.id)} = 1`),
    check('kill_switch_active_since', sql`not ${ref(t.isActive)} or ${ref(t.since)} is not null`),
  ],
);

/**
 * A protection that tripped (cooldown after a loss, drawdown, daily loss), held until `until`
 * (null: until released by hand). Persisted so a restart does not lift it.
 */
export const riskLocks = sqliteTable(
  'risk_locks',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    accountId: integer('account_id').references(() => accounts.id, { onDelete: 'cascade' }),
    deploymentId: integer('deployment_id').references(() => deployments.id, {
      onDelete: 'cascade',
    }),
    /** Null locks every symbol in scope. */
    symbol: text('symbol'),
    kind: text('kind', { enum: RISK_LOCK_KINDS }).notNull(),
    reason: text('reason').notNull(),
    createdAt: millis('created_at').notNull(),
    until: millis('until'),
    releasedAt: millis('released_at'),
  },
  (t) => [
    index('risk_locks_account_idx').on(t.accountId),
    index('risk_locks_deployment_idx').on(t.deploymentId),
    ...enumChecks(t.kind),
    check('risk_locks_one_scope', exactlyOneScope(t.accountId, t.deploymentId)),
  ],
);
