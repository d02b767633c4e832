import { describe, expect, it } from 'vitest';
import { sampleOrder } from '../../../shared/schemas/trading.fixture';
import { matchesOrderHistoryFilter, orderHistoryInput, type OrderHistoryFilter } from './history-filter';

const all: OrderHistoryFilter = { accountId: 1, symbol: null, side: null, origin: 'all', state: 'all', from: null, to: null };

describe('history filters', () => {
  it('sends only the filters that are set', () => {
    expect(orderHistoryInput(all, 0, 500)).toEqual({ accountId: 1, origin: 'all', state: 'all', limit: 500 });
    expect(orderHistoryInput({ ...all, symbol: 'ETHUSDT', side: 'SELL', from: 5, to: 9 }, 1500, 500)).toEqual({
      accountId: 1,
      origin: 'all',
      state: 'all',
      limit: 500,
      symbol: 'ETHUSDT',
      side: 'SELL',
      from: 5,
      to: 9,
      offset: 1500,
    });
  });

  it('matches an order as the core does: manual is not adopted, open is not final, both ends of time inclusive', () => {
    const order = sampleOrder({ createdAt: 100, status: 'NEW' });
    expect(matchesOrderHistoryFilter(order, all)).toBe(true);
    expect(matchesOrderHistoryFilter(order, { ...all, accountId: 2 })).toBe(false);
    expect(matchesOrderHistoryFilter(order, { ...all, state: 'open' })).toBe(true);
    expect(matchesOrderHistoryFilter(sampleOrder({ status: 'FILLED' }), { ...all, state: 'open' })).toBe(false);
    expect(matchesOrderHistoryFilter(sampleOrder({ status: 'CANCELED' }), { ...all, state: 'done' })).toBe(true);
    expect(matchesOrderHistoryFilter(sampleOrder({ isAdopted: true }), { ...all, origin: 'manual' })).toBe(false);
    expect(matchesOrderHistoryFilter(sampleOrder({ isAdopted: true }), { ...all, origin: 'adopted' })).toBe(true);
    expect(matchesOrderHistoryFilter(sampleOrder({ origin: 'strategy', deploymentId: 4 }), { ...all, origin: 'strategy' })).toBe(true);
    expect(matchesOrderHistoryFilter(order, { ...all, from: 100, to: 100 })).toBe(true);
    expect(matchesOrderHistoryFilter(order, { ...all, from: 101 })).toBe(false);
    expect(matchesOrderHistoryFilter(order, { ...all, symbol: 'ETHUSDT' })).toBe(false);
    expect(matchesOrderHistoryFilter(order, { ...all, side: 'SELL' })).toBe(false);
  });
});
