import { integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { DEPLOYMENT_MODES, PERFORMANCE_PERIODS } from '../../../shared/domain/enums';
import { accounts } from './accounts';
import { decimal, decimalChecks, enumChecks, json, jsonChecks, millis } from './columns';
import { strategies } from './strategies';

/*
 * Reports are derived from the ledger and can be rebuilt, so they go with their account or
 * strategy. Amounts are in `quoteAsset`.
 */

export const dailyReports = sqliteTable(
  'daily_reports',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    accountId: integer('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    /** Start of the UTC day, ms. */
    day: millis('day').notNull(),
    quoteAsset: text('quote_asset').notNull(),
    startingEquity: decimal('starting_equity').notNull(),
    endingEquity: decimal('ending_equity').notNull(),
    realizedPnl: decimal('realized_pnl').notNull(),
    fees: decimal('fees').notNull(),
    volume: decimal('volume').notNull(),
    tradeCount: integer('trade_count').notNull(),
    winCount: integer('win_count').notNull(),
    maxDrawdownPct: real('max_drawdown_pct').notNull(),
    /** Per-symbol and per-deployment breakdown. */
    details: json('details').notNull(),
    createdAt: millis('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('daily_reports_account_day_unique').on(t.accountId, t.day),
    ...decimalChecks(t.startingEquity, t.endingEquity, t.realizedPnl, t.fees, t.volume),
    ...jsonChecks(t.details),
  ],
);

export const portfolioSnapshots = sqliteTable(
  'portfolio_snapshots',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    accountId: integer('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    ts: millis('ts').notNull(),
    quoteAsset: text('quote_asset').notNull(),
    totalValue: decimal('total_value').notNull(),
    /** Per asset: quantity, price used and value in the quote asset. */
    holdings: json('holdings').notNull(),
  },
  (t) => [
    uniqueIndex('portfolio_snapshots_account_ts_unique').on(t.accountId, t.ts),
    ...decimalChecks(t.totalValue),
    ...jsonChecks(t.holdings),
  ],
);

/** Live and paper results per strategy and period; backtest metrics stay on their run. */
export const performanceMetrics = sqliteTable(
  'performance_metrics',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    strategyId: integer('strategy_id')
      .notNull()
      .references(() => strategies.id, { onDelete: 'cascade' }),
    mode: text('mode', { enum: DEPLOYMENT_MODES }).notNull(),
    period: text('period', { enum: PERFORMANCE_PERIODS }).notNull(),
    periodStart: millis('period_start').notNull(),
    periodEnd: millis('period_end').notNull(),
    quoteAsset: text('quote_asset').notNull(),
    tradeCount: integer('trade_count').notNull(),
    winRate: real('win_rate'),
    netPnl: decimal('net_pnl').notNull(),
    returnPct: real('return_pct'),
    maxDrawdownPct: real('max_drawdown_pct'),
    sharpe: real('sharpe'),
    sortino: real('sortino'),
    profitFactor: real('profit_factor'),
    computedAt: millis('computed_at').notNull(),
  },
  (t) => [
    uniqueIndex('performance_metrics_strategy_mode_period_unique').on(
      t.strategyId,
      t.mode,
      t.period,
      t.periodStart,
    ),
    ...enumChecks(t.mode, t.period),
    ...decimalChecks(t.netPnl),
  ],
);
