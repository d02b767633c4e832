import { sql } from 'drizzle-orm';
import { check, index, integer, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { SIGNALS } from '../../../shared/domain/enums';
import { enumChecks, json, jsonChecks, millis, ref } from './columns';
import { orders } from './orders';
import { deployments } from './strategies';

/**
 * The decision journal: one row per strategy evaluation, whether or not it traded, so every
 * order a bot placed (and every one it did not) can be explained afterwards.
 */
export const decisions = sqliteTable(
  'decisions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    deploymentId: integer('deployment_id')
      .notNull()
      .references(() => deployments.id, { onDelete: 'cascade' }),
    ts: millis('ts').notNull(),
    /** Open time of the closed bar evaluated, where the chart draws the decision. */
    barTime: millis('bar_time'),
    inputs: json('inputs').notNull(),
    signal: text('signal', { enum: SIGNALS }).notNull(),
    strength: real('strength'),
    reason: text('reason').notNull(),
    orderClientId: text('order_client_id').references(() => orders.clientOrderId, {
      onDelete: 'set null',
    }),
    /** Why a buy or sell placed no order (risk gate, kill switch, filters, already in position). */
    noOrderReason: text('no_order_reason'),
    /** What came of it in words: the order sent, the simulated order booked (paper), or nothing. */
    outcome: text('outcome'),
  },
  (t) => [
    index('decisions_deployment_ts_idx').on(t.deploymentId, t.ts),
    index('decisions_deployment_bar_idx').on(t.deploymentId, t.barTime),
    index('decisions_order_idx').on(t.orderClientId),
    ...enumChecks(t.signal),
    ...jsonChecks(t.inputs),
    check(
      'decisions_order_or_reason',
      sql`${ref(t.orderClientId)} is null or ${ref(t.noOrderReason)} is null`,
    ),
  ],
);
