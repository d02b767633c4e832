/**
 * Every closed set of values the product stores or sends. The store turns each of these into a
 * CHECK constraint and the contract into a zod enum, so both sides agree by construction.
 */

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export const SHELLS = ['desktop', 'web', 'cli'] as const;
export type Shell = (typeof SHELLS)[number];

/** Where an account trades: Binance, the Spot Testnet, the simulated broker, or a user's URL. */
export const ENVIRONMENTS = ['binance', 'binance-testnet', 'paper', 'custom'] as const;
export type Environment = (typeof ENVIRONMENTS)[number];

/** What protects the vault's data key: the OS keychain, or a key derived from a passphrase. */
export const VAULT_MODES = ['os-keychain', 'passphrase'] as const;
export type VaultMode = (typeof VAULT_MODES)[number];

/** Why a web-shell session stopped being valid. */
export const WEB_SESSION_END_REASONS = ['logout', 'revoked', 'expired', 'restart', 'locked'] as const;
export type WebSessionEndReason = (typeof WEB_SESSION_END_REASONS)[number];

export const SYMBOL_STATUSES = [
  'PRE_TRADING',
  'TRADING',
  'POST_TRADING',
  'END_OF_DAY',
  'HALT',
  'AUCTION_MATCH',
  'BREAK',
] as const;
export type SymbolStatus = (typeof SYMBOL_STATUSES)[number];

export const CANDLE_INTERVALS = [
  '1m',
  '3m',
  '5m',
  '15m',
  '30m',
  '1h',
  '2h',
  '4h',
  '6h',
  '8h',
  '12h',
  '1d',
  '3d',
  '1w',
  '1M',
] as const;
export type CandleInterval = (typeof CANDLE_INTERVALS)[number];

/** A history download: running, or stopped for one of four reasons (three of them resumable). */
export const DOWNLOAD_STATES = ['running', 'done', 'cancelled', 'failed', 'interrupted'] as const;
export type DownloadState = (typeof DOWNLOAD_STATES)[number];

export const ORDER_SIDES = ['BUY', 'SELL'] as const;
export type OrderSide = (typeof ORDER_SIDES)[number];

export const ORDER_TYPES = [
  'MARKET',
  'LIMIT',
  'LIMIT_MAKER',
  'STOP_LOSS',
  'STOP_LOSS_LIMIT',
  'TAKE_PROFIT',
  'TAKE_PROFIT_LIMIT',
] as const;
export type OrderType = (typeof ORDER_TYPES)[number];

export const TIME_IN_FORCES = ['GTC', 'IOC', 'FOK'] as const;
export type TimeInForce = (typeof TIME_IN_FORCES)[number];

/**
 * `pending` is journaled before the order is sent; `unknown` means it was sent but no answer
 * arrived, so only reconciliation can tell what happened. The rest are Binance's own statuses.
 */
export const ORDER_STATUSES = [
  'pending',
  'unknown',
  'NEW',
  'PARTIALLY_FILLED',
  'FILLED',
  'CANCELED',
  'PENDING_CANCEL',
  'REJECTED',
  'EXPIRED',
  'EXPIRED_IN_MATCH',
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

/** Statuses an order never leaves; every other one may still change and is reconciled. */
export const FINAL_ORDER_STATUSES: readonly OrderStatus[] = ['FILLED', 'CANCELED', 'REJECTED', 'EXPIRED', 'EXPIRED_IN_MATCH'];

/** Statuses that may still change, by name, so a query can look each one up in an index. */
export const OPEN_ORDER_STATUSES: readonly OrderStatus[] = ORDER_STATUSES.filter((status) => !FINAL_ORDER_STATUSES.includes(status));

/** Sent (or being sent) with no known outcome yet. */
export const IN_DOUBT_ORDER_STATUSES: readonly OrderStatus[] = ['pending', 'unknown'];

export function isFinalOrderStatus(status: OrderStatus): boolean {
  return FINAL_ORDER_STATUSES.includes(status);
}

export const ORDER_ORIGINS = ['manual', 'strategy'] as const;
export type OrderOrigin = (typeof ORDER_ORIGINS)[number];

/**
 * A bracket's exits: `waiting` for the entry to fill, `placed` on the exchange (one cancels the
 * other), `done` once an exit filled, `cancelled` (entry cancelled unfilled, or by hand), `failed`
 * when the exits could not be placed (the reason is kept).
 */
export const BRACKET_STATUSES = ['waiting', 'placed', 'done', 'cancelled', 'failed'] as const;
export type BracketStatus = (typeof BRACKET_STATUSES)[number];

export const DEPLOYMENT_MODES = ['paper', 'live'] as const;
export type DeploymentMode = (typeof DEPLOYMENT_MODES)[number];

export const DEPLOYMENT_STATUSES = ['stopped', 'running', 'paused', 'failed'] as const;
export type DeploymentStatus = (typeof DEPLOYMENT_STATUSES)[number];

export const SIGNALS = ['buy', 'sell', 'hold'] as const;
export type Signal = (typeof SIGNALS)[number];

export const SESSION_STOP_REASONS = [
  'user',
  'kill-switch',
  'risk-limit',
  'error',
  'shutdown',
] as const;
export type SessionStopReason = (typeof SESSION_STOP_REASONS)[number];

/** Protections persisted as locks, so a restart does not lift them. */
export const RISK_LOCK_KINDS = [
  'cooldown',
  'max-drawdown',
  'daily-loss',
  'max-trades-per-day',
] as const;
export type RiskLockKind = (typeof RISK_LOCK_KINDS)[number];

export const BACKTEST_STATUSES = ['running', 'completed', 'failed', 'canceled'] as const;
export type BacktestStatus = (typeof BACKTEST_STATUSES)[number];

export const PERFORMANCE_PERIODS = ['day', 'week', 'month', 'year', 'all'] as const;
export type PerformancePeriod = (typeof PERFORMANCE_PERIODS)[number];

export const AUDIT_ACTORS = ['user', 'system', 'strategy'] as const;
export type AuditActor = (typeof AUDIT_ACTORS)[number];

/** What a notification is about: an order filled, the gate refused an order, a deployment stopped on its own, a day's report is ready. */
export const NOTIFICATION_KINDS = ['fill', 'gate-refusal', 'deployment-error', 'daily-report'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const NOTIFICATION_LEVELS = ['info', 'warning', 'error'] as const;
export type NotificationLevel = (typeof NOTIFICATION_LEVELS)[number];
