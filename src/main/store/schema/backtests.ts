import { sql } from 'drizzle-orm';
import {
  blob,
  check,
  index,
  integer,
  real,
  sqliteTable,
  text,
  uniqueIndex,
  type SQLiteColumn,
} from 'drizzle-orm/sqlite-core';
import { BACKTEST_STATUSES, CANDLE_INTERVALS } from '../../../shared/domain/enums';
import { enumChecks, json, jsonChecks, millis, ref } from './columns';
import { strategies } from './strategies';

const allSet = (...columns: SQLiteColumn[]) =>
  sql.join(
    columns.map((column) => sql`${ref(column)} is not null`),
    sql` and `,
  );

/**
 * A backtest with everything needed to reproduce it. Backtests live in float64, so money here
 * is REAL. The strategy link is informational (a run may be ad hoc); `strategyType`, version
 * and parameters are what actually ran. `fingerprint` hashes the trade list, so a faster
 * engine can prove it changed no trade.
 */
export const backtestRuns = sqliteTable(
  'backtest_runs',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    strategyId: integer('strategy_id').references(() => strategies.id, { onDelete: 'set null' }),
    strategyType: text('strategy_type').notNull(),
    strategyVersion: integer('strategy_version').notNull(),
    parameters: json('parameters').notNull(),
    parameterHash: text('parameter_hash').notNull(),
    exchange: text('exchange').notNull(),
    symbol: text('symbol').notNull(),
    interval: text('interval', { enum: CANDLE_INTERVALS }).notNull(),
    rangeStart: millis('range_start').notNull(),
    rangeEnd: millis('range_end').notNull(),
    initialCapital: real('initial_capital').notNull(),
    makerFeeRate: real('maker_fee_rate').notNull(),
    takerFeeRate: real('taker_fee_rate').notNull(),
    slippageBps: real('slippage_bps').notNull(),
    status: text('status', { enum: BACKTEST_STATUSES }).notNull(),
    error: text('error'),
    metrics: json('metrics'),
    /** Float64Array of ms timestamps, aligned with `equityValues`. */
    equityTimes: blob('equity_times', { mode: 'buffer' }),
    /** Float64Array of equity in the quote asset. */
    equityValues: blob('equity_values', { mode: 'buffer' }),
    fingerprint: text('fingerprint'),
    createdAt: millis('created_at').notNull(),
    completedAt: millis('completed_at'),
  },
  (t) => [
    index('backtest_runs_strategy_idx').on(t.strategyId),
    index('backtest_runs_created_idx').on(t.createdAt),
    index('backtest_runs_parameter_hash_idx').on(t.parameterHash),
    ...enumChecks(t.interval, t.status),
    ...jsonChecks(t.parameters, t.metrics),
    check('backtest_runs_range', sql`${ref(t.rangeStart)} <= ${ref(t.rangeEnd)}`),
    check(
      'backtest_runs_completed_has_results',
      sql`${ref(t.status)} <> 'completed' or (${allSet(t.metrics, t.fingerprint, t.completedAt)})`,
    ),
  ],
);

/** Round trips in the order the engine closed them; `seq` is that order. Spot is long only. */
export const backtestTrades = sqliteTable(
  'backtest_trades',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    runId: integer('run_id')
      .notNull()
      .references(() => backtestRuns.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    entryTime: millis('entry_time').notNull(),
    entryPrice: real('entry_price').notNull(),
    /** Null when the trade was still open at the end of the range. */
    exitTime: millis('exit_time'),
    exitPrice: real('exit_price'),
    quantity: real('quantity').notNull(),
    fees: real('fees').notNull(),
    pnl: real('pnl').notNull(),
    returnPct: real('return_pct').notNull(),
    exitReason: text('exit_reason'),
  },
  (t) => [uniqueIndex('backtest_trades_run_seq_unique').on(t.runId, t.seq)],
);
