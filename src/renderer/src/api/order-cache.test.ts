import { describe, expect, it } from 'vitest';
import { type ExchangeStatus } from '../../../shared/schemas/exchange';
import { type Order } from '../../../shared/schemas/orders';
import { sampleExchangeStatus, sampleOrder } from '../../../shared/schemas/trading.fixture';
import { ORDER_LIST_LIMIT, withExchangeStatus, withOrder, type OrderList } from './order-cache';

const order = (id: string, createdAt: number, patch: Partial<Order> = {}): Order => sampleOrder({ clientOrderId: id, createdAt, updatedAt: createdAt, sentAt: createdAt, ...patch });

const list = (...orders: Order[]): OrderList => ({ orders, nextBefore: null });
const ids = (value: OrderList): string[] => value.orders.map((candidate) => candidate.clientOrderId);
const ALL = { accountId: 1, isOpenOnly: false };
const OPEN = { accountId: 1, isOpenOnly: true };

describe('withOrder', () => {
  it('puts a new order in its place by creation time, newest first', () => {
    expect(ids(withOrder(list(order('c', 30), order('a', 10)), order('b', 20), ALL))).toEqual(['c', 'b', 'a']);
  });

  it('replaces a known order where it stands', () => {
    const next = withOrder(list(order('b', 20), order('a', 10)), order('a', 10, { status: 'FILLED', updatedAt: 50 }), ALL);
    expect(ids(next)).toEqual(['b', 'a']);
    expect(next.orders[1]?.status).toBe('FILLED');
  });

  it('ignores an update older than the one it holds', () => {
    const before = list(order('a', 10, { status: 'FILLED', updatedAt: 50 }));
    expect(withOrder(before, order('a', 10, { status: 'NEW', updatedAt: 20 }), ALL)).toBe(before);
  });

  it('drops an order that ended from an open-only list, and never adds an ended one', () => {
    expect(ids(withOrder(list(order('a', 10)), order('a', 10, { status: 'CANCELED', updatedAt: 11 }), OPEN))).toEqual([]);
    const before = list(order('a', 10));
    expect(withOrder(before, order('b', 20, { status: 'FILLED' }), OPEN)).toBe(before);
  });

  it('leaves orders of other accounts out', () => {
    const before = list();
    expect(withOrder(before, order('a', 10, { accountId: 2 }), ALL)).toBe(before);
  });

  it('does not add an order older than a listing that has more pages', () => {
    const before: OrderList = { orders: [order('b', 20)], nextBefore: 20 };
    expect(withOrder(before, order('a', 10), ALL)).toBe(before);
  });

  it('keeps at most the listing limit', () => {
    const many = list(...Array.from({ length: ORDER_LIST_LIMIT }, (_, at) => order(`o${at}`, 1000 - at)));
    const next = withOrder(many, order('new', 5000), ALL);
    expect(next.orders).toHaveLength(ORDER_LIST_LIMIT);
    expect(next.orders[0]?.clientOrderId).toBe('new');
  });
});

const status = (accountId: number, patch: Partial<ExchangeStatus> = {}): ExchangeStatus => sampleExchangeStatus({ accountId, ...patch });

describe('withExchangeStatus', () => {
  it('adds, replaces and removes connections by account', () => {
    let connections = withExchangeStatus({ connections: [] }, status(2));
    connections = withExchangeStatus(connections, status(1, { state: 'connecting' }));
    expect(connections.connections.map((c) => c.accountId)).toEqual([1, 2]);
    connections = withExchangeStatus(connections, status(1, { usedWeight1m: 40 }));
    expect(connections.connections[0]?.usedWeight1m).toBe(40);
    connections = withExchangeStatus(connections, status(2, { state: 'disconnected' }));
    expect(connections.connections.map((c) => c.accountId)).toEqual([1]);
  });
});
