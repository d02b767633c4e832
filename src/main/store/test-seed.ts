import type Database from 'better-sqlite3';

/**
 * Rows for tests of whole-database features (backups, retention, export), inserted with plain
 * SQL so they exercise the real constraints. Every helper returns what later rows refer to.
 */

export function seedAccount(sqlite: Database.Database, name = 'Paper', at = 1_700_000_000_000): number {
  return Number(
    sqlite
      .prepare("insert into accounts (name, environment, created_at, updated_at) values (?, 'paper', ?, ?)")
      .run(name, at, at).lastInsertRowid,
  );
}

export interface OrderSeed {
  clientOrderId: string;
  accountId: number;
  createdAt: number;
  symbol?: string;
  side?: 'BUY' | 'SELL';
  type?: string;
  status?: string;
  price?: string | null;
  quantity?: string | null;
  executedQty?: string;
  cumulativeQuoteQty?: string;
  exchangeOrderId?: string | null;
}

export function seedOrder(sqlite: Database.Database, order: OrderSeed): string {
  sqlite
    .prepare(
      `insert into orders (client_order_id, exchange_order_id, account_id, symbol, side, type, time_in_force, price,
         quantity, status, executed_qty, cumulative_quote_qty, origin, created_at, updated_at)
       values (@clientOrderId, @exchangeOrderId, @accountId, @symbol, @side, @type, @timeInForce, @price,
         @quantity, @status, @executedQty, @cumulativeQuoteQty, 'manual', @createdAt, @createdAt)`,
    )
    .run({
      symbol: 'BTCUSDT',
      side: 'BUY',
      type: 'LIMIT',
      status: 'FILLED',
      price: '42000.10',
      quantity: '0.00100000',
      executedQty: '0.00100000',
      cumulativeQuoteQty: '42.00010000',
      exchangeOrderId: null,
      ...order,
      timeInForce: (order.type ?? 'LIMIT') === 'LIMIT' ? 'GTC' : null,
    });
  return order.clientOrderId;
}

export interface FillSeed {
  accountId: number;
  orderClientId: string;
  tradeId: string;
  time: number;
  symbol?: string;
  price?: string;
  qty?: string;
  quoteQty?: string;
  commission?: string;
  commissionAsset?: string | null;
  isMaker?: boolean;
}

export function seedFill(sqlite: Database.Database, fill: FillSeed): number {
  const row = {
    symbol: 'BTCUSDT',
    price: '42000.10',
    qty: '0.00100000',
    quoteQty: '42.00010000',
    commission: '0.00000100',
    commissionAsset: 'BTC',
    ...fill,
    isMaker: fill.isMaker === true ? 1 : 0,
  };
  return Number(
    sqlite
      .prepare(
        `insert into fills (account_id, symbol, exchange_trade_id, order_client_id, price, qty, quote_qty, commission,
           commission_asset, is_maker, time)
         values (@accountId, @symbol, @tradeId, @orderClientId, @price, @qty, @quoteQty, @commission,
           @commissionAsset, @isMaker, @time)`,
      )
      .run(row).lastInsertRowid,
  );
}

export function seedDeployment(sqlite: Database.Database, accountId: number, at = 1_700_000_000_000): number {
  const strategyId = sqlite
    .prepare(
      `insert into strategies (name, type, version, parameters, parameter_hash, created_at, updated_at)
       values (?, 'sma-cross', 1, '{}', 'hash', ?, ?)`,
    )
    .run(`strategy-${at}-${Math.random()}`, at, at).lastInsertRowid;
  return Number(
    sqlite
      .prepare(
        `insert into deployments (account_id, strategy_id, symbol, timeframe, amount_per_trade, mode, status, created_at, updated_at)
         values (?, ?, 'BTCUSDT', '1h', '100', 'paper', 'stopped', ?, ?)`,
      )
      .run(accountId, strategyId, at, at).lastInsertRowid,
  );
}

export function seedDecision(sqlite: Database.Database, deploymentId: number, ts: number, orderClientId: string | null = null): number {
  return Number(
    sqlite
      .prepare(
        `insert into decisions (deployment_id, ts, inputs, signal, reason, order_client_id)
         values (?, ?, '{}', 'hold', 'test', ?)`,
      )
      .run(deploymentId, ts, orderClientId).lastInsertRowid,
  );
}

export function seedLogLine(sqlite: Database.Database, ts: number, message = 'test line'): number {
  return Number(
    sqlite
      .prepare("insert into system_log (ts, level, module, message) values (?, 'info', 'test', ?)")
      .run(ts, message).lastInsertRowid,
  );
}

export function seedAuditEntry(sqlite: Database.Database, ts: number): number {
  return Number(
    sqlite
      .prepare("insert into audit_log (ts, actor, action) values (?, 'user', 'test.action')")
      .run(ts).lastInsertRowid,
  );
}

/** A completed backtest run with one trade at `ts`; returns the trade's id. */
export function seedBacktestTrade(sqlite: Database.Database, ts: number): number {
  const runId = sqlite
    .prepare(
      `insert into backtest_runs (strategy_type, strategy_version, parameters, parameter_hash, exchange, symbol, interval,
         range_start, range_end, initial_capital, maker_fee_rate, taker_fee_rate, slippage_bps, status, metrics,
         fingerprint, created_at, completed_at)
       values ('sma-cross', 1, '{}', 'hash', 'binance', 'BTCUSDT', '1h', ?, ?, 1000, 0.001, 0.001, 0, 'completed', '{}',
         'fp', ?, ?)`,
    )
    .run(ts, ts, ts, ts).lastInsertRowid;
  return Number(
    sqlite
      .prepare(
        `insert into backtest_trades (run_id, seq, entry_time, entry_price, quantity, fees, pnl, return_pct)
         values (?, 1, ?, 100, 1, 0.1, 5, 0.05)`,
      )
      .run(runId, ts).lastInsertRowid,
  );
}
