import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPEN_ORDER_STATUSES, type OrderStatus } from '../../shared/domain/enums';
import { FillHistoryInputSchema, OrderHistoryInputSchema, type FillHistoryInput, type HistoryCursor, type OrderHistoryInput } from '../../shared/schemas/orders';
import { seedAccount, seedDeployment } from '../store/test-seed';
import { openTestStore, type TestStore } from '../store/test-store';
import { fillHistory, fillHistoryQueries, orderHistory, orderHistoryQueries } from './history-queries';

const T0 = Date.UTC(2024, 0, 1);
const SYMBOLS = ['BTCUSDT', 'ETHUSDT', 'SOLUSDT'] as const;
const STATUSES: OrderStatus[] = ['FILLED', 'NEW', 'CANCELED', 'PARTIALLY_FILLED', 'EXPIRED', 'pending', 'REJECTED', 'unknown', 'FILLED', 'CANCELED', 'PENDING_CANCEL'];

interface SeededOrder {
  clientOrderId: string;
  symbol: string;
  side: 'BUY' | 'SELL';
  origin: 'manual' | 'strategy';
  deploymentId: number | null;
  isAdopted: boolean;
  status: OrderStatus;
  createdAt: number;
}
interface SeededFill {
  id: number;
  tradeId: string;
  time: number;
  order: SeededOrder;
  symbol: string;
}

/**
 * `count` orders of one account (and a few of another, which no page may show): four orders
 * share each creation time, so pages break inside ties; client ids are scrambled so the
 * tie-break order is not the insertion order. Two orders in three have one or two fills.
 */
function seed(store: TestStore, count: number) {
  const { sqlite } = store.store;
  const accountId = seedAccount(sqlite, 'Main');
  const otherAccountId = seedAccount(sqlite, 'Other');
  const deployments = [seedDeployment(sqlite, accountId), seedDeployment(sqlite, accountId, T0 + 1)];
  const insertOrder = sqlite.prepare(
    `insert into orders (client_order_id, account_id, symbol, side, type, time_in_force, price, quantity, status, origin, deployment_id, is_adopted, created_at, updated_at)
     values (@clientOrderId, @accountId, @symbol, @side, 'LIMIT', 'GTC', '100', '1', @status, @origin, @deploymentId, @isAdopted, @createdAt, @createdAt)`,
  );
  const insertFill = sqlite.prepare(
    `insert into fills (account_id, symbol, exchange_trade_id, order_client_id, price, qty, quote_qty, commission, commission_asset, is_maker, time)
     values (@accountId, @symbol, @tradeId, @orderClientId, '100', '0.5', '50', '0.05', 'USDT', 0, @time)`,
  );
  const orders: SeededOrder[] = [];
  const fills: SeededFill[] = [];
  sqlite.transaction(() => {
    for (let i = 0; i < count; i++) {
      const isStrategy = i % 5 === 0;
      const order: SeededOrder = {
        clientOrderId: `x${((i * 7919) % 100_003).toString(36).padStart(4, '0')}-${i}`,
        symbol: SYMBOLS[i % 3] ?? 'BTCUSDT',
        side: i % 2 === 0 ? 'BUY' : 'SELL',
        origin: isStrategy ? 'strategy' : 'manual',
        deploymentId: isStrategy ? (deployments[i % 10 === 0 ? 0 : 1] ?? null) : null,
        isAdopted: !isStrategy && i % 7 === 0,
        status: STATUSES[i % STATUSES.length] ?? 'FILLED',
        createdAt: T0 + Math.floor(i / 4) * 1000,
      };
      insertOrder.run({ ...order, accountId, isAdopted: order.isAdopted ? 1 : 0 });
      orders.push(order);
      if (i % 3 !== 2) {
        for (let n = 0; n < 1 + (i % 4 === 0 ? 1 : 0); n++) {
          const time = order.createdAt + (i % 3) * 500;
          const tradeId = `${i}-${n}`;
          const id = Number(insertFill.run({ accountId, symbol: order.symbol, tradeId, orderClientId: order.clientOrderId, time }).lastInsertRowid);
          fills.push({ id, tradeId, time, order, symbol: order.symbol });
        }
      }
    }
    for (let i = 0; i < 20; i++) {
      const clientOrderId = `other-${i}`;
      insertOrder.run({ clientOrderId, accountId: otherAccountId, symbol: 'BTCUSDT', side: 'BUY', status: 'FILLED', origin: 'manual', deploymentId: null, isAdopted: 0, createdAt: T0 + i * 1000 });
      insertFill.run({ accountId: otherAccountId, symbol: 'BTCUSDT', tradeId: `other-${i}`, orderClientId: clientOrderId, time: T0 + i * 1000 });
    }
  })();
  return { accountId, deployments, orders, fills };
}

type Filter = Omit<OrderHistoryInput, 'accountId' | 'cursor' | 'limit'>;

function matches(order: SeededOrder, filter: Partial<Filter>, time: number): boolean {
  if (filter.symbol !== undefined && order.symbol !== filter.symbol) return false;
  if (filter.side !== undefined && order.side !== filter.side) return false;
  if (filter.origin === 'manual' && (order.origin !== 'manual' || order.isAdopted)) return false;
  if (filter.origin === 'strategy' && order.origin !== 'strategy') return false;
  if (filter.origin === 'adopted' && !order.isAdopted) return false;
  if (filter.deploymentId !== undefined && order.deploymentId !== filter.deploymentId) return false;
  if (filter.from !== undefined && time < filter.from) return false;
  if (filter.to !== undefined && time > filter.to) return false;
  if (filter.state === 'open' && !OPEN_ORDER_STATUSES.includes(order.status)) return false;
  if (filter.state === 'done' && OPEN_ORDER_STATUSES.includes(order.status)) return false;
  return true;
}

const byTimeThenKey = <T>(time: (row: T) => number, key: (row: T) => string | number) => (a: T, b: T) => {
  if (time(a) !== time(b)) return time(b) - time(a);
  const [ka, kb] = [key(a), key(b)];
  return ka === kb ? 0 : ka < kb ? 1 : -1;
};

describe('orders and fills history, paged by cursor', () => {
  let store: TestStore;
  let data: ReturnType<typeof seed>;
  beforeAll(() => {
    store = openTestStore();
    data = seed(store, 5000);
  });
  afterAll(() => store.cleanup());

  const filters = (): Array<Partial<Filter>> => [
    {},
    { symbol: 'ETHUSDT' },
    { side: 'SELL' },
    { origin: 'manual' },
    { origin: 'strategy' },
    { origin: 'adopted' },
    { deploymentId: data.deployments[0] ?? 0 },
    { from: T0 + 200_000, to: T0 + 700_000 },
    { state: 'open' },
    { state: 'done', symbol: 'SOLUSDT', side: 'BUY' },
    { origin: 'strategy', deploymentId: data.deployments[1] ?? 0, from: T0 + 100_000 },
  ];

  it('orders: every row once, newest first, with each filter; total on the first page only', () => {
    for (const filter of filters()) {
      const expected = data.orders
        .filter((order) => matches(order, filter, order.createdAt))
        .sort(byTimeThenKey((order) => order.createdAt, (order) => order.clientOrderId))
        .map((order) => order.clientOrderId);
      const seen: string[] = [];
      let cursor: HistoryCursor | undefined;
      let pages = 0;
      do {
        const page = orderHistory(store.store.db, OrderHistoryInputSchema.parse({ accountId: data.accountId, ...filter, limit: 97, ...(cursor ? { cursor } : {}) }));
        expect(page.total).toBe(pages === 0 ? expected.length : null);
        seen.push(...page.orders.map((order) => order.clientOrderId));
        expect(page.orders.every((order) => order.accountId === data.accountId)).toBe(true);
        cursor = page.nextCursor ?? undefined;
        pages++;
      } while (cursor !== undefined && pages < 1000);
      expect(expected.length, JSON.stringify(filter)).toBeGreaterThan(0);
      expect(seen, JSON.stringify(filter)).toEqual(expected);
    }
  });

  it('fills: every row once, newest first, with each filter', () => {
    const byTradeId = new Map(data.fills.map((fill) => [fill.tradeId, fill]));
    for (const filter of filters()) {
      if (filter.state !== undefined) continue;
      const expected = data.fills
        .filter((fill) => matches(fill.order, filter, fill.time))
        .sort(byTimeThenKey((fill) => fill.time, (fill) => fill.id))
        .map((fill) => fill.tradeId);
      const seen: string[] = [];
      let cursor: HistoryCursor | undefined;
      let pages = 0;
      do {
        const page = fillHistory(store.store.db, FillHistoryInputSchema.parse({ accountId: data.accountId, ...filter, limit: 89, ...(cursor ? { cursor } : {}) }));
        expect(page.total).toBe(pages === 0 ? expected.length : null);
        for (const row of page.fills) {
          const seeded = byTradeId.get(row.tradeId);
          expect(row).toMatchObject({ side: seeded?.order.side, origin: seeded?.order.origin, deploymentId: seeded?.order.deploymentId, isAdopted: seeded?.order.isAdopted, clientOrderId: seeded?.order.clientOrderId, time: seeded?.time });
        }
        seen.push(...page.fills.map((row) => row.tradeId));
        cursor = page.nextCursor ?? undefined;
        pages++;
      } while (cursor !== undefined && pages < 1000);
      expect(expected.length, JSON.stringify(filter)).toBeGreaterThan(0);
      expect(seen, JSON.stringify(filter)).toEqual(expected);
    }
  });

  it('pages by offset hold the same rows as the cursor walk, with the same cursors; the count with offset 0 only', () => {
    for (const filter of filters()) {
      const cursorPages: Array<{ keys: string[]; nextCursor: HistoryCursor | null }> = [];
      let cursor: HistoryCursor | undefined;
      do {
        const page = orderHistory(store.store.db, OrderHistoryInputSchema.parse({ accountId: data.accountId, ...filter, limit: 97, ...(cursor ? { cursor } : {}) }));
        cursorPages.push({ keys: page.orders.map((order) => order.clientOrderId), nextCursor: page.nextCursor });
        cursor = page.nextCursor ?? undefined;
      } while (cursor !== undefined && cursorPages.length < 1000);
      cursorPages.forEach((expected, index) => {
        const page = orderHistory(store.store.db, OrderHistoryInputSchema.parse({ accountId: data.accountId, ...filter, limit: 97, offset: index * 97 }));
        expect(page.orders.map((order) => order.clientOrderId), `${JSON.stringify(filter)} page ${index}`).toEqual(expected.keys);
        expect(page.nextCursor).toEqual(expected.nextCursor);
        expect(page.total === null).toBe(index > 0);
      });
      const past = orderHistory(store.store.db, OrderHistoryInputSchema.parse({ accountId: data.accountId, ...filter, limit: 97, offset: cursorPages.length * 97 }));
      expect(past).toEqual({ orders: [], nextCursor: null, total: null });
    }
    for (const filter of filters()) {
      if (filter.state !== undefined) continue;
      const cursorPages: Array<{ keys: string[]; nextCursor: HistoryCursor | null }> = [];
      let cursor: HistoryCursor | undefined;
      do {
        const page = fillHistory(store.store.db, FillHistoryInputSchema.parse({ accountId: data.accountId, ...filter, limit: 89, ...(cursor ? { cursor } : {}) }));
        cursorPages.push({ keys: page.fills.map((row) => row.tradeId), nextCursor: page.nextCursor });
        cursor = page.nextCursor ?? undefined;
      } while (cursor !== undefined && cursorPages.length < 1000);
      cursorPages.forEach((expected, index) => {
        const page = fillHistory(store.store.db, FillHistoryInputSchema.parse({ accountId: data.accountId, ...filter, limit: 89, offset: index * 89 }));
        expect(page.fills.map((row) => row.tradeId), `${JSON.stringify(filter)} page ${index}`).toEqual(expected.keys);
        expect(page.nextCursor).toEqual(expected.nextCursor);
        expect(page.total === null).toBe(index > 0);
      });
    }
  });

  it('refuses a cursor and an offset together, and an offset that is negative, fractional or too far', () => {
    const cursor = { time: T0, key: 'x' };
    for (const schema of [OrderHistoryInputSchema, FillHistoryInputSchema]) {
      const both = schema.safeParse({ accountId: 1, cursor, offset: 0 });
      expect(both.success).toBe(false);
      expect(both.error?.issues.map((issue) => issue.message)).toEqual(['Give either `cursor` or `offset`, not both']);
      expect(both.error?.issues[0]?.path).toEqual(['offset']);
      for (const offset of [-1, 1.5, 10_000_001]) expect(schema.safeParse({ accountId: 1, offset }).success).toBe(false);
      expect(schema.safeParse({ accountId: 1, offset: 10_000_000 }).success).toBe(true);
      expect(schema.safeParse({ accountId: 1, cursor }).success).toBe(true);
    }
  });

  it('the page queries search indexes, never scan a whole table', () => {
    const cursor = { time: T0 + 500_000, key: 'x' };
    for (const filter of filters()) {
      const orderInput = OrderHistoryInputSchema.parse({ accountId: data.accountId, ...filter, cursor });
      const byOffset = OrderHistoryInputSchema.parse({ accountId: data.accountId, ...filter, offset: 1000 });
      const plans = [
        explain(store, orderHistoryQueries(store.store.db, orderInput).page.toSQL()),
        explain(store, orderHistoryQueries(store.store.db, orderInput).count.toSQL()),
        explain(store, orderHistoryQueries(store.store.db, byOffset).page.toSQL()),
      ];
      if (filter.state === undefined) {
        const fillInput = FillHistoryInputSchema.parse({ accountId: data.accountId, ...filter, cursor: { time: cursor.time, key: '123' } });
        const fillsByOffset = FillHistoryInputSchema.parse({ accountId: data.accountId, ...filter, offset: 1000 });
        plans.push(
          explain(store, fillHistoryQueries(store.store.db, fillInput).page.toSQL()),
          explain(store, fillHistoryQueries(store.store.db, fillInput).count.toSQL()),
          explain(store, fillHistoryQueries(store.store.db, fillsByOffset).page.toSQL()),
        );
      }
      for (const plan of plans) {
        for (const step of plan) expect(step, `${JSON.stringify(filter)}: ${plan.join(' / ')}`).not.toMatch(/^SCAN (orders|fills)$/);
      }
    }
  });
});

function explain(store: TestStore, query: { sql: string; params: unknown[] }): string[] {
  return (store.store.sqlite.prepare(`EXPLAIN QUERY PLAN ${query.sql}`).all(...query.params) as Array<{ detail: string }>).map((row) => row.detail);
}

describe('history over 100,000 rows', () => {
  it('prints how long a page takes (not asserted)', () => {
    const store = openTestStore();
    try {
      const data = seed(store, 100_000);
      const { db } = store.store;
      const time = (label: string, run: () => unknown): void => {
        run();
        const started = performance.now();
        const runs = 5;
        for (let i = 0; i < runs; i++) run();
        console.log(`${label}: ${((performance.now() - started) / runs).toFixed(2)} ms`);
      };
      const deep: HistoryCursor = { time: T0 + 20_000_000, key: 'x' };
      const orders = (extra: Partial<OrderHistoryInput>) => () => orderHistory(db, OrderHistoryInputSchema.parse({ accountId: data.accountId, limit: 200, ...extra }));
      const fills = (extra: Partial<FillHistoryInput>) => () => fillHistory(db, FillHistoryInputSchema.parse({ accountId: data.accountId, limit: 200, ...extra }));
      time('orders, first page with total', orders({}));
      time('orders, a deep page', orders({ cursor: deep }));
      time('orders of a symbol, deep page', orders({ symbol: 'ETHUSDT', cursor: deep }));
      time('orders, open only, first page with total', orders({ state: 'open' }));
      time('orders, done, deep page', orders({ state: 'done', cursor: deep }));
      time('orders of a deployment, first page with total', orders({ deploymentId: data.deployments[0] ?? 0 }));
      time('orders, offset 99,000 (random access)', orders({ offset: 99_000 }));
      time('orders of a symbol, offset 33,000', orders({ symbol: 'ETHUSDT', offset: 33_000 }));
      time('fills, first page with total', fills({}));
      time('fills, offset 66,000 (random access)', fills({ offset: 66_000 }));
      time('fills, a deep page', fills({ cursor: { time: deep.time, key: '999999999' } }));
      for (const [label, query] of [
        ['orders count', orderHistoryQueries(db, OrderHistoryInputSchema.parse({ accountId: data.accountId })).count.toSQL()],
        ['orders of a deployment', orderHistoryQueries(db, OrderHistoryInputSchema.parse({ accountId: data.accountId, deploymentId: data.deployments[0] })).page.toSQL()],
        ['orders at offset 99,000', orderHistoryQueries(db, OrderHistoryInputSchema.parse({ accountId: data.accountId, offset: 99_000 })).page.toSQL()],
        ['fills at offset 66,000', fillHistoryQueries(db, FillHistoryInputSchema.parse({ accountId: data.accountId, offset: 66_000 })).page.toSQL()],
        ['fills count', fillHistoryQueries(db, FillHistoryInputSchema.parse({ accountId: data.accountId })).count.toSQL()],
        ['fills sells of a symbol', fillHistoryQueries(db, FillHistoryInputSchema.parse({ accountId: data.accountId, symbol: 'SOLUSDT', side: 'SELL', cursor: { time: deep.time, key: '999999999' } })).page.toSQL()],
      ] as const) console.log(`${label}: ${explain(store, query).join(' / ')}`);
      time('fills, sells of a symbol, deep page', fills({ symbol: 'SOLUSDT', side: 'SELL', cursor: { time: deep.time, key: '999999999' } }));
    } finally {
      store.cleanup();
    }
  }, 120_000);
});
