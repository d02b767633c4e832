import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../../shared/rpc/errors';
import { type Order } from '../../../../shared/schemas/orders';
import { sampleOrder } from '../../../../shared/schemas/trading.fixture';
import { outcomeOfError, outcomeOfOrder } from './ticket-outcome';

const order = (over: Partial<Order>): Order => sampleOrder({ clientOrderId: 'tw1', exchangeOrderId: '9', quantity: '0.5', ...over });

describe('outcomeOfOrder', () => {
  it('accepted, filled with the average price, rejected with the reason, unknown being looked up', () => {
    expect(outcomeOfOrder(order({}))).toMatchObject({ tone: 'accepted', title: 'Accepted', detail: 'Buy 0.5 BTCUSDT @ 100 is open' });
    expect(outcomeOfOrder(order({ type: 'MARKET', price: null, status: 'FILLED', executedQty: '0.50000000', cumulativeQuoteQty: '50.25000000' }))).toMatchObject({
      tone: 'filled',
      detail: 'Buy 0.5 BTCUSDT: 0.5 filled at 100.5 on average',
    });
    expect(outcomeOfOrder(order({ status: 'REJECTED', rejectReason: 'Account has insufficient balance' }))).toMatchObject({ tone: 'rejected', detail: 'Account has insufficient balance' });
    expect(outcomeOfOrder(order({ status: 'unknown', lastError: 'timeout' })).title).toBe('Sent — outcome being looked up');
    expect(outcomeOfOrder(order({ status: 'EXPIRED', timeInForce: 'IOC' })).detail).toBe('Buy 0.5 BTCUSDT @ 100: nothing filled (IOC)');
  });
});

describe('outcomeOfError', () => {
  it('a risk refusal names the rule and its numbers', () => {
    const error = new ApiError({
      code: 'RISK_LIMIT',
      message: 'Order value 600 USDT is over the limit of 500 USDT',
      details: { rule: 'maxOrderValue', message: 'Order value 600 USDT is over the limit of 500 USDT', limit: '500', actual: '600', excess: '100' },
    });
    expect(outcomeOfError(error)).toEqual({
      tone: 'refused',
      title: 'Refused by the risk gate — Over the largest order value',
      detail: 'Order value 600 USDT is over the limit of 500 USDT',
      lines: ['Limit: 500', 'This order: 600', 'Over by: 100'],
      clientOrderId: null,
    });
  });
  it('the core\'s order check lists each problem; anything else says what it was', () => {
    const bad = new ApiError({ code: 'BAD_INPUT', message: 'x', details: { problems: [{ message: 'Price off the tick' }, { nope: 1 }] } });
    expect(outcomeOfError(bad)).toMatchObject({ tone: 'rejected', lines: ['Price off the tick'], detail: null });
    expect(outcomeOfError(new ApiError({ code: 'UNAVAILABLE', message: 'Account 1 is not connected' })).detail).toBe('Account 1 is not connected (UNAVAILABLE)');
    expect(outcomeOfError(new Error('boom')).detail).toBe('boom');
  });
});
