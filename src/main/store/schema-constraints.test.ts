import type Database from 'better-sqlite3';
import { getTableName } from 'drizzle-orm';
import { getTableConfig, type SQLiteTable } from 'drizzle-orm/sqlite-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as schema from './schema';
import { openTestStore, type TestStore } from './test-store';

type Row = Record<string, string | number | null>;

let testStore: TestStore;
let sqlite: Database.Database;

function insert(table: string, row: Row): void {
  const columns = Object.keys(row);
  sqlite
    .prepare(
      `insert into "${table}" (${columns.map((c) => `"${c}"`).join(', ')})
       values (${columns.map((c) => `@${c}`).join(', ')})`,
    )
    .run(row);
}

const T0 = Date.UTC(2025, 0, 1);

const validRows = {
  accounts: (): Row => ({
    id: 1,
    name: 'Testnet',
    environment: 'paper',
    created_at: T0,
    updated_at: T0,
  }),
  strategies: (): Row => ({
    id: 1,
    name: 'SMA cross',
    type: 'sma-cross',
    version: 1,
    parameters: '{"fast":9,"slow":21}',
    parameter_hash: 'abc',
    created_at: T0,
    updated_at: T0,
  }),
  deployments: (): Row => ({
    id: 1,
    account_id: 1,
    strategy_id: 1,
    symbol: 'BTCUSDT',
    timeframe: '15m',
    amount_per_trade: '100',
    mode: 'paper',
    status: 'running',
    created_at: T0,
    updated_at: T0,
  }),
  orders: (): Row => ({
    client_order_id: 'tw-1',
    account_id: 1,
    symbol: 'BTCUSDT',
    side: 'BUY',
    type: 'LIMIT',
    time_in_force: 'GTC',
    price: '42000.01000000',
    quantity: '0.00100000',
    status: 'pending',
    origin: 'manual',
    created_at: T0,
    updated_at: T0,
  }),
  fills: (): Row => ({
    account_id: 1,
    symbol: 'BTCUSDT',
    exchange_trade_id: '12345',
    order_client_id: 'tw-1',
    price: '42000.01000000',
    qty: '0.00100000',
    quote_qty: '42.00001000',
    commission: '0.00000100',
    commission_asset: 'BTC',
    is_maker: 1,
    time: T0,
  }),
  candle_series: (): Row => ({ id: 1, exchange: 'binance', symbol: 'BTCUSDT', interval: '1m' }),
  candles: (): Row => ({
    series_id: 1,
    open_time: T0,
    open: 1,
    high: 2,
    low: 0.5,
    close: 1.5,
    volume: 10,
    close_time: T0 + 59_999,
    quote_volume: 15,
    trade_count: 7,
    taker_buy_base_volume: 4,
    taker_buy_quote_volume: 6,
  }),
  system_log: (): Row => ({ ts: T0, level: 'info', module: 'store', message: 'hello' }),
  audit_log: (): Row => ({ ts: T0, actor: 'user', action: 'settings.set' }),
  settings: (): Row => ({ key: 'theme', value: '"dark"', updated_at: T0 }),
  balance_snapshots: (): Row => ({
    account_id: 1,
    ts: T0,
    asset: 'USDT',
    free: '1000.00000000',
    locked: '0',
  }),
} satisfies Record<string, () => Row>;

type FixtureTable = keyof typeof validRows;

/** Inserts a valid row, overridden by `patch`, into a database that holds its parents. */
function insertValid(table: FixtureTable, patch: Row = {}): void {
  insert(table, { ...validRows[table](), ...patch });
}

beforeEach(() => {
  testStore = openTestStore();
  sqlite = testStore.store.sqlite;
  insertValid('accounts');
  insertValid('strategies');
  insertValid('deployments');
});

afterEach(() => testStore.cleanup());

describe('enum CHECK constraints', () => {
  it.each<[FixtureTable, string, string]>([
    ['orders', 'status', 'BOGUS'],
    ['orders', 'side', 'buy'],
    ['orders', 'type', 'STOP'],
    ['orders', 'time_in_force', 'GTD'],
    ['orders', 'origin', 'bot'],
    ['candle_series', 'interval', '1s'],
    ['deployments', 'mode', 'simulated'],
    ['system_log', 'level', 'fatal'],
    ['audit_log', 'actor', 'admin'],
  ])('%s.%s rejects %j', (table, column, bogus) => {
    const patch: Row = table === 'deployments' ? { id: 2 } : {};

    expect(() => insertValid(table, { ...patch, [column]: bogus })).toThrow(
      `CHECK constraint failed: ${table}_${column}_enum`,
    );
    insertValid(table, patch);
  });

  it('accounts.environment rejects an unknown environment', () => {
    expect(() => insertValid('accounts', { id: 2, name: 'x', environment: 'mainnet' })).toThrow(
      'CHECK constraint failed: accounts_environment_enum',
    );
  });
});

describe('decimal columns', () => {
  it('keep an exact decimal string as written, and default to the text "0"', () => {
    insertValid('orders', { price: '0.10000000' });

    expect(
      sqlite
        .prepare('select price, typeof(price) as t, executed_qty, typeof(executed_qty) as e from orders')
        .get(),
    ).toEqual({ price: '0.10000000', t: 'text', executed_qty: '0', e: 'text' });
  });

  it('round-trip through drizzle as strings', () => {
    const { db } = testStore.store;
    db.insert(schema.orders)
      .values({
        clientOrderId: 'tw-2',
        accountId: 1,
        symbol: 'BTCUSDT',
        side: 'SELL',
        type: 'MARKET',
        quantity: '0.00012000',
        status: 'pending',
        origin: 'strategy',
        deploymentId: 1,
        createdAt: T0,
        updatedAt: T0,
      })
      .run();

    expect(
      db
        .select({
          quantity: schema.orders.quantity,
          executedQty: schema.orders.executedQty,
          isAdopted: schema.orders.isAdopted,
        })
        .from(schema.orders)
        .get(),
    ).toEqual({ quantity: '0.00012000', executedQty: '0', isAdopted: false });
  });

  it.each<[string, number | string]>([
    ['a float', 0.1],
    ['an integer', 3],
    ['exponent notation', '1e-8'],
    ['an empty string', ''],
    ['NaN', 'NaN'],
  ])('reject %s', (_, value) => {
    expect(() => insertValid('orders', { price: value })).toThrow(
      'CHECK constraint failed: orders_price_decimal',
    );
    expect(() => insertValid('balance_snapshots', { free: value })).toThrow(
      'CHECK constraint failed: balance_snapshots_free_decimal',
    );
  });

  it('reject a float commission on a fill', () => {
    insertValid('orders');

    expect(() => insertValid('fills', { commission: 0.001 })).toThrow(
      'CHECK constraint failed: fills_commission_decimal',
    );
  });
});

describe('other CHECK constraints', () => {
  it('reject a boolean that is not 0 or 1', () => {
    expect(() => insertValid('orders', { is_adopted: 2 })).toThrow(
      'CHECK constraint failed: orders_is_adopted_flag',
    );
  });

  it('reject a JSON column holding something that is not JSON', () => {
    expect(() => insertValid('settings', { value: 'dark' })).toThrow(
      'CHECK constraint failed: settings_value_json',
    );
  });

  it('reject a strategy order without its deployment', () => {
    expect(() => insertValid('orders', { origin: 'strategy' })).toThrow(
      'CHECK constraint failed: orders_strategy_has_deployment',
    );
    insertValid('orders', { origin: 'strategy', deployment_id: 1 });
  });
});

describe('foreign keys', () => {
  it('reject an order for an account that does not exist', () => {
    expect(() => insertValid('orders', { account_id: 99 })).toThrow('FOREIGN KEY constraint failed');
  });

  it('reject a fill for an order that does not exist', () => {
    expect(() => insertValid('fills', { order_client_id: 'nope' })).toThrow(
      'FOREIGN KEY constraint failed',
    );
  });

  it('refuse to delete an account that has orders', () => {
    insertValid('orders');

    expect(() => sqlite.prepare('delete from accounts where id = 1').run()).toThrow(
      'FOREIGN KEY constraint failed',
    );
  });
});

describe('fills', () => {
  beforeEach(() => insertValid('orders'));

  it('store an exchange trade id once per account and symbol', () => {
    insertValid('fills');

    expect(() => insertValid('fills')).toThrow(
      'UNIQUE constraint failed: fills.account_id, fills.symbol, fills.exchange_trade_id',
    );
    expect(sqlite.prepare('select count(*) from fills').pluck().get()).toBe(1);
  });

  it('accept the same trade id on another symbol', () => {
    insertValid('fills');
    insertValid('fills', { symbol: 'ETHUSDT' });

    expect(sqlite.prepare('select count(*) from fills').pluck().get()).toBe(2);
  });
});

describe('the migrated schema', () => {
  const tables: SQLiteTable[] = Object.values(schema);

  it.each(tables.map((table) => [getTableName(table), table] as const))(
    '%s has a CHECK for every enum, flag and decimal column',
    (name, table) => {
      const createSql = sqlite
        .prepare("select sql from sqlite_master where type = 'table' and name = ?")
        .pluck()
        .get(name);
      const expected = getTableConfig(table).columns.flatMap((column) => {
        if (column.enumValues !== undefined) return [`${name}_${column.name}_enum`];
        if (column.columnType === 'SQLiteBoolean') return [`${name}_${column.name}_flag`];
        if (column.columnType === 'SQLiteCustomColumn') return [`${name}_${column.name}_decimal`];
        return [];
      });

      for (const constraint of expected) expect(createSql).toContain(`CONSTRAINT "${constraint}"`);
    },
  );
});
