import { describe, expect, it } from 'vitest';
import { Decimal } from '../../../../shared/exchange/decimal';
import { amountText, estimateOrder, feeRole, percentText } from './ticket-estimate';

const d = (text: string) => new Decimal(text);
const book = { bid: d('99.99'), ask: d('100.01') };

describe('feeRole', () => {
  it.each([
    ['MARKET', 'BUY', null, 'taker'],
    ['LIMIT_MAKER', 'BUY', '200', 'maker'],
    ['LIMIT', 'BUY', '100.01', 'taker'],
    ['LIMIT', 'BUY', '100', 'maker'],
    ['LIMIT', 'SELL', '99.99', 'taker'],
    ['LIMIT', 'SELL', '100', 'maker'],
  ] as const)('%s %s at %s is %s', (type, side, price, role) => {
    expect(feeRole(type, side, price === null ? null : d(price), null, book)).toBe(role);
  });
  it('a limit with no book yet counts as maker', () => {
    expect(feeRole('LIMIT', 'BUY', d('1000'), null, null)).toBe('maker');
  });
  it('a stop-limit takes when its limit is through its stop', () => {
    expect(feeRole('STOP_LOSS_LIMIT', 'SELL', d('95'), d('96'), book)).toBe('taker');
    expect(feeRole('TAKE_PROFIT_LIMIT', 'SELL', d('110'), d('105'), book)).toBe('maker');
  });
});

describe('estimateOrder', () => {
  it('a buy costs quantity × price; the fee comes off the base received', () => {
    const estimate = estimateOrder({ side: 'BUY', quantity: d('0.5'), quoteOrderQty: null, price: d('100'), feeRate: d('0.001'), baseFree: d('1'), quoteFree: d('1000') });
    expect(estimate).not.toBeNull();
    expect(estimate?.value.toFixed()).toBe('50');
    expect(estimate?.fee.toFixed()).toBe('0.0005');
    expect(estimate?.feeIn).toBe('base');
    expect(estimate?.feeInQuote.toFixed()).toBe('0.05');
    expect(estimate?.baseAfter?.toFixed()).toBe('1.4995');
    expect(estimate?.quoteAfter?.toFixed()).toBe('950');
  });
  it('a sell brings quantity × price; the fee comes off the quote received', () => {
    const estimate = estimateOrder({ side: 'SELL', quantity: d('0.5'), quoteOrderQty: null, price: d('100'), feeRate: d('0.001'), baseFree: d('1'), quoteFree: d('0') });
    expect(estimate?.fee.toFixed()).toBe('0.05');
    expect(estimate?.feeIn).toBe('quote');
    expect(estimate?.baseAfter?.toFixed()).toBe('0.5');
    expect(estimate?.quoteAfter?.toFixed()).toBe('49.95');
  });
  it('a market buy by quote amount spends that amount; unknown balances give no "after"', () => {
    const estimate = estimateOrder({ side: 'BUY', quantity: null, quoteOrderQty: d('50'), price: d('100'), feeRate: d('0.001'), baseFree: null, quoteFree: null });
    expect(estimate?.quantity.toFixed()).toBe('0.5');
    expect(estimate?.baseAfter).toBeNull();
  });
  it('nothing to estimate without an amount', () => {
    expect(estimateOrder({ side: 'BUY', quantity: null, quoteOrderQty: null, price: d('100'), feeRate: d('0'), baseFree: null, quoteFree: null })).toBeNull();
  });
  it('writes rates as percent', () => {
    expect(percentText(d('0.001'))).toBe('0.1 %');
    expect(percentText(d('0.00075'))).toBe('0.075 %');
  });
});

describe('amountText', () => {
  it('rounds to the places shown and drops trailing zeros', () => {
    expect(amountText(d('0.123456789'))).toBe('0.12345679');
    expect(amountText(d('420.5000'), 2)).toBe('420.5');
    expect(amountText(d('-0.000000001'))).toBe('0');
  });
});
