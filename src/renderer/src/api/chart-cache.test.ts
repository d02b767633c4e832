import { describe, expect, it } from 'vitest';
import { sampleOrder } from '../../../shared/schemas/trading.fixture';
import { type Order } from '../../../shared/schemas/orders';
import { windowsToRefresh, withOpenOrder, type CachedWindow } from './chart-cache';
import { type OrderList } from './order-cache';
import { olderPageParam } from './use-chart-candles';

const win = (venue: string, symbol: string, interval: string, source: CachedWindow['source'] = 'stored'): CachedWindow => ({
  key: ['chart', 'candles', venue, symbol, interval],
  venue,
  symbol,
  interval,
  source,
});

describe('windowsToRefresh', () => {
  const windows = [win('binance', 'BTCUSDT', '1h'), win('binance', 'BTCUSDT', '4h', 'derived'), win('binance', 'ETHUSDT', '1h'), win('binance-testnet', 'BTCUSDT', '1h')];

  it('reloads the windows of the series that gained bars', () => {
    expect(windowsToRefresh({ venue: 'binance', symbol: 'BTCUSDT', interval: '1h', added: 500 }, windows, [])).toEqual([windows[0]?.key]);
  });

  it('reloads windows built from 1-minute bars when 1-minute bars arrive', () => {
    expect(windowsToRefresh({ venue: 'binance', symbol: 'BTCUSDT', interval: '1m', added: 3000 }, windows, [])).toEqual([windows[1]?.key]);
  });

  it('leaves a live series alone for the bar its feed just closed, not for an import', () => {
    const live = [{ venue: 'binance', symbol: 'BTCUSDT', interval: '1h' }];
    expect(windowsToRefresh({ venue: 'binance', symbol: 'BTCUSDT', interval: '1h', added: 1 }, windows, live)).toEqual([]);
    expect(windowsToRefresh({ venue: 'binance', symbol: 'BTCUSDT', interval: '1h', added: 50 }, windows, live)).toEqual([windows[0]?.key]);
  });
});

const order = (patch: Partial<Order>): Order => sampleOrder({ clientOrderId: 'a', exchangeOrderId: null, price: '1', quantity: '1', sentAt: null, ...patch });

describe('withOpenOrder', () => {
  it('adds, replaces and removes orders as they open, change and end', () => {
    let list: OrderList = { orders: [], nextBefore: null };
    list = withOpenOrder(list, order({ clientOrderId: 'a', createdAt: 1 }));
    list = withOpenOrder(list, order({ clientOrderId: 'b', createdAt: 2 }));
    expect(list.orders.map((o) => o.clientOrderId)).toEqual(['b', 'a']);
    list = withOpenOrder(list, order({ clientOrderId: 'a', createdAt: 1, price: '2', updatedAt: 5 }));
    expect(list.orders.find((o) => o.clientOrderId === 'a')?.price).toBe('2');
    list = withOpenOrder(list, order({ clientOrderId: 'a', status: 'FILLED', updatedAt: 6 }));
    expect(list.orders.map((o) => o.clientOrderId)).toEqual(['b']);
  });

  it('ignores an update older than the one held', () => {
    const list = { orders: [order({ updatedAt: 10, price: '5' })], nextBefore: null };
    expect(withOpenOrder(list, order({ updatedAt: 9, price: '4' }))).toBe(list);
  });
});

describe('olderPageParam', () => {
  const page = (time: number[], hasMore: boolean) => ({
    venue: 'binance',
    symbol: 'BTCUSDT',
    interval: '1h' as const,
    source: 'stored' as const,
    candles: { time, open: time, high: time, low: time, close: time, volume: time },
    hasMore,
  });
  it('pages back from the oldest bar while there is more', () => {
    expect(olderPageParam(page([5, 6], true))).toBe(5);
    expect(olderPageParam(page([5, 6], false))).toBeUndefined();
    expect(olderPageParam(page([], true))).toBeUndefined();
  });
});
