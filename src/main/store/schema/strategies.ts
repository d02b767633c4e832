import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  real,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core';
import {
  CANDLE_INTERVALS,
  DEPLOYMENT_MODES,
  DEPLOYMENT_STATUSES,
  SESSION_STOP_REASONS,
  SIGNALS,
} from '../../../shared/domain/enums';
import { accounts } from './accounts';
import { decimal, decimalChecks, enumChecks, json, jsonChecks, millis, ref } from './columns';

/**
 * A configured strategy: which module (`type`, free text because modules register in code),
 * at which module version, with which parameters. `parameterHash` lets backtests and
 * metrics refer to the exact configuration they ran.
 */
export const strategies = sqliteTable(
  'strategies',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    type: text('type').notNull(),
    version: integer('version').notNull(),
    parameters: json('parameters').notNull(),
    parameterHash: text('parameter_hash').notNull(),
    createdAt: millis('created_at').notNull(),
    updatedAt: millis('updated_at').notNull(),
  },
  (t) => [uniqueIndex('strategies_name_unique').on(t.name), ...jsonChecks(t.parameters)],
);

/** Restricts deleting its account or strategy: a deployment is history once it has traded. */
export const deployments = sqliteTable(
  'deployments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    accountId: integer('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'restrict' }),
    strategyId: integer('strategy_id')
      .notNull()
      .references(() => strategies.id, { onDelete: 'restrict' }),
    symbol: text('symbol').notNull(),
    timeframe: text('timeframe', { enum: CANDLE_INTERVALS }).notNull(),
    amountPerTrade: decimal('amount_per_trade').notNull(),
    mode: text('mode', { enum: DEPLOYMENT_MODES }).notNull(),
    status: text('status', { enum: DEPLOYMENT_STATUSES }).notNull(),
    /** Why it is paused, stopped or failed (a limit, an error, the kill switch, the user). */
    statusReason: text('status_reason'),
    /** The `deployment_params` version it runs; bumped by each edit of a paused deployment. */
    paramsVersion: integer('params_version').notNull().default(1),
    /**
     * Paper mode: the simulated quote balance a session starts with, a plain decimal. A text
     * column: it came with an ALTER TABLE, which cannot add the decimal columns' table CHECK,
     * so the contract's schema checks it on the way in.
     */
    paperCapital: text('paper_capital'),
    createdAt: millis('created_at').notNull(),
    updatedAt: millis('updated_at').notNull(),
  },
  (t) => [
    index('deployments_account_idx').on(t.accountId),
    index('deployments_strategy_idx').on(t.strategyId),
    index('deployments_status_idx').on(t.status),
    ...enumChecks(t.timeframe, t.mode, t.status),
    ...decimalChecks(t.amountPerTrade),
  ],
);

/** Every parameter set a deployment has run with, version 1 first: an edit adds a version, never rewrites one. */
export const deploymentParams = sqliteTable(
  'deployment_params',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    deploymentId: integer('deployment_id')
      .notNull()
      .references(() => deployments.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    parameters: json('parameters').notNull(),
    parameterHash: text('parameter_hash').notNull(),
    createdAt: millis('created_at').notNull(),
  },
  (t) => [uniqueIndex('deployment_params_version_unique').on(t.deploymentId, t.version), ...jsonChecks(t.parameters)],
);

/** The runner's memory of a deployment, persisted so a restart resumes rather than resets. */
export const deploymentState = sqliteTable(
  'deployment_state',
  {
    deploymentId: integer('deployment_id')
      .primaryKey()
      .references(() => deployments.id, { onDelete: 'cascade' }),
    positionQty: decimal('position_qty').notNull().default('0'),
    entryPrice: decimal('entry_price'),
    /** Start (ms UTC) of the day `tradesToday` counts; a new day resets the counter. */
    tradesDay: millis('trades_day'),
    tradesToday: integer('trades_today').notNull().default(0),
    tradesTotal: integer('trades_total').notNull().default(0),
    wins: integer('wins').notNull().default(0),
    losses: integer('losses').notNull().default(0),
    consecutiveLosses: integer('consecutive_losses').notNull().default(0),
    realizedPnl: decimal('realized_pnl').notNull().default('0'),
    unrealizedPnl: decimal('unrealized_pnl').notNull().default('0'),
    peakEquity: decimal('peak_equity'),
    drawdownPct: real('drawdown_pct').notNull().default(0),
    maxDrawdownPct: real('max_drawdown_pct').notNull().default(0),
    lastSignal: text('last_signal', { enum: SIGNALS }),
    lastSignalAt: millis('last_signal_at'),
    lastRunAt: millis('last_run_at'),
    lastError: text('last_error'),
    /** Open time of the newest closed bar the deployment has acted on; a resume goes on after it. */
    lastBarTime: millis('last_bar_time'),
    /** Paper mode: the simulated broker's book (cash, position, resting orders, limit counters), as JSON. */
    book: json('book'),
    updatedAt: millis('updated_at').notNull(),
  },
  (t) => [
    ...enumChecks(t.lastSignal),
    ...decimalChecks(t.positionQty, t.entryPrice, t.realizedPnl, t.unrealizedPnl, t.peakEquity),
  ],
);

/** One run of a deployment, from start to stop; balances are in the quote asset. */
export const tradingSessions = sqliteTable(
  'trading_sessions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    deploymentId: integer('deployment_id')
      .notNull()
      .references(() => deployments.id, { onDelete: 'cascade' }),
    startedAt: millis('started_at').notNull(),
    endedAt: millis('ended_at'),
    initialBalance: decimal('initial_balance').notNull(),
    finalBalance: decimal('final_balance'),
    tradeCount: integer('trade_count').notNull().default(0),
    winCount: integer('win_count').notNull().default(0),
    winRate: real('win_rate'),
    stopReason: text('stop_reason', { enum: SESSION_STOP_REASONS }),
    stopMessage: text('stop_message'),
    /** Open times of the first and newest closed bars the session traded on (warm-up bars aside): what its divergence replay runs over. */
    firstBarTime: millis('first_bar_time'),
    lastBarTime: millis('last_bar_time'),
    /** The parameter version the session started with. */
    paramsVersion: integer('params_version'),
  },
  (t) => [
    index('trading_sessions_deployment_started_idx').on(t.deploymentId, t.startedAt),
    ...enumChecks(t.stopReason),
    ...decimalChecks(t.initialBalance, t.finalBalance),
    check(
      'trading_sessions_ended_with_reason',
      sql`(${ref(t.endedAt)} is null) = (${ref(t.stopReason)} is null)`,
    ),
  ],
);

/**
 * A deployment's round trips, paper or live, in the backtest's terms (float prices: this is the
 * analytic view; a live trade's exact fills stay in `fills`, reached by its orders' client ids).
 */
export const deploymentTrades = sqliteTable(
  'deployment_trades',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    deploymentId: integer('deployment_id')
      .notNull()
      .references(() => deployments.id, { onDelete: 'cascade' }),
    sessionId: integer('session_id').references(() => tradingSessions.id, { onDelete: 'set null' }),
    mode: text('mode', { enum: DEPLOYMENT_MODES }).notNull(),
    entryTime: millis('entry_time').notNull(),
    entryPrice: real('entry_price').notNull(),
    exitTime: millis('exit_time').notNull(),
    exitPrice: real('exit_price').notNull(),
    quantity: real('quantity').notNull(),
    fees: real('fees').notNull(),
    pnl: real('pnl').notNull(),
    returnPct: real('return_pct').notNull(),
    entryReason: text('entry_reason').notNull(),
    exitReason: text('exit_reason').notNull(),
    entryOrderClientId: text('entry_order_client_id'),
    exitOrderClientId: text('exit_order_client_id'),
  },
  (t) => [index('deployment_trades_deployment_exit_idx').on(t.deploymentId, t.exitTime), ...enumChecks(t.mode)],
);
