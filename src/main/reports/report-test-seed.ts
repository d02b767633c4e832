import type Database from 'better-sqlite3';
import { type DeploymentMode, type OrderSide } from '../../shared/domain/enums';
import { type StoreDb } from '../store/open-store';
import { type PaperRoundTrip } from './paper-days';
import { insertSnapshot } from './snapshot-repo';
import { REPORT_QUOTE_ASSET, type StoredHoldings } from './snapshot-value';

/*
 * Rows for the reports' tests, written with plain SQL so they meet the real constraints: the
 * ledger (orders and fills), strategies, deployments with their sessions, round trips and paper
 * book, and portfolio snapshots.
 */

export function seedStrategy(sqlite: Database.Database, name: string, at = 0): number {
  return Number(
    sqlite
      .prepare(`insert into strategies (name, type, version, parameters, parameter_hash, created_at, updated_at) values (?, 'ma-crossover', 1, ?, ?, ?, ?)`)
      .run(`ma-crossover:${name}`, JSON.stringify({ name }), name, at, at).lastInsertRowid,
  );
}

export interface DeploymentSeed {
  readonly accountId: number;
  readonly strategyId: number;
  readonly mode: DeploymentMode;
  readonly symbol?: string;
  readonly amountPerTrade?: string;
  readonly paperCapital?: string | null;
  readonly createdAt: number;
}

export function seedDeploymentRow(sqlite: Database.Database, seed: DeploymentSeed): number {
  const id = Number(
    sqlite
      .prepare(
        `insert into deployments (account_id, strategy_id, symbol, timeframe, amount_per_trade, mode, status, paper_capital, created_at, updated_at)
         values (?, ?, ?, '1h', ?, ?, 'running', ?, ?, ?)`,
      )
      .run(seed.accountId, seed.strategyId, seed.symbol ?? 'BTCUSDT', seed.amountPerTrade ?? '100', seed.mode, seed.paperCapital ?? null, seed.createdAt, seed.createdAt).lastInsertRowid,
  );
  sqlite.prepare(`insert into deployment_params (deployment_id, version, parameters, parameter_hash, created_at) values (?, 1, '{}', 'hash', ?)`).run(id, seed.createdAt);
  sqlite.prepare('insert into deployment_state (deployment_id, updated_at) values (?, ?)').run(id, seed.createdAt);
  return id;
}

export function seedSession(sqlite: Database.Database, deploymentId: number, startedAt: number, endedAt: number | null): number {
  return Number(
    sqlite
      .prepare(`insert into trading_sessions (deployment_id, started_at, ended_at, initial_balance, stop_reason) values (?, ?, ?, '1000', ?)`)
      .run(deploymentId, startedAt, endedAt, endedAt === null ? null : 'user').lastInsertRowid,
  );
}

export function seedRoundTrip(sqlite: Database.Database, deploymentId: number, trade: PaperRoundTrip, mode: DeploymentMode = 'paper'): void {
  const returnPct = trade.pnl / (trade.entryPrice * trade.quantity);
  sqlite
    .prepare(
      `insert into deployment_trades (deployment_id, mode, entry_time, entry_price, exit_time, exit_price, quantity, fees, pnl, return_pct, entry_reason, exit_reason)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'test', 'signal')`,
    )
    .run(deploymentId, mode, trade.entryTime, trade.entryPrice, trade.exitTime, trade.exitPrice, trade.quantity, trade.fees, trade.pnl, returnPct);
}

/** The part of a PaperBookSnapshot reports read; the runner's other fields are left out. */
export function seedPaperBook(sqlite: Database.Database, deploymentId: number, book: { cash: number; quantity: number; entryPrice: number; entryTime: number; equity: number }): void {
  const json = JSON.stringify({ broker: { cash: book.cash, quantity: book.quantity, entryPrice: book.entryPrice, entryTime: book.entryTime }, equity: book.equity });
  sqlite.prepare('update deployment_state set book = ? where deployment_id = ?').run(json, deploymentId);
}

export interface TradeSeed {
  readonly accountId: number;
  /** Unique per test: the client order id and the exchange trade id. */
  readonly id: string;
  readonly side: OrderSide;
  readonly price: string;
  readonly qty: string;
  readonly quoteQty: string;
  readonly commission: string;
  readonly commissionAsset: string;
  readonly time: number;
  readonly symbol?: string;
  readonly deploymentId?: number;
}

/** A filled market order and its one fill; a strategy order when it names a deployment. */
export function seedTrade(sqlite: Database.Database, trade: TradeSeed): void {
  const symbol = trade.symbol ?? 'BTCUSDT';
  const deploymentId = trade.deploymentId ?? null;
  sqlite
    .prepare(
      `insert into orders (client_order_id, account_id, symbol, side, type, quantity, status, executed_qty, cumulative_quote_qty, origin, deployment_id, created_at, updated_at)
       values (?, ?, ?, ?, 'MARKET', ?, 'FILLED', ?, ?, ?, ?, ?, ?)`,
    )
    .run(trade.id, trade.accountId, symbol, trade.side, trade.qty, trade.qty, trade.quoteQty, deploymentId === null ? 'manual' : 'strategy', deploymentId, trade.time, trade.time);
  sqlite
    .prepare(
      `insert into fills (account_id, symbol, exchange_trade_id, order_client_id, price, qty, quote_qty, commission, commission_asset, is_maker, time)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)`,
    )
    .run(trade.accountId, symbol, trade.id, trade.id, trade.price, trade.qty, trade.quoteQty, trade.commission, trade.commissionAsset, trade.time);
}

/** A snapshot worth `totalValue`, holding that much cash, plus any priced assets and paper books given. */
export function seedSnapshot(db: StoreDb, accountId: number, ts: number, totalValue: string, extra: Partial<StoredHoldings> = {}): void {
  const cash = { asset: REPORT_QUOTE_ASSET, free: totalValue, locked: '0', price: '1', value: totalValue };
  insertSnapshot(db, { accountId, ts, quoteAsset: REPORT_QUOTE_ASSET, totalValue, holdings: { cash: totalValue, assets: [cash, ...(extra.assets ?? [])], paper: extra.paper ?? [] } });
}
