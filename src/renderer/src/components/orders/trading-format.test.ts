import { describe, expect, it } from 'vitest';
import { averagePriceText, groupThousands, plainAmount, priceStopText, quoteAmount, signedAmount, signedPercent, signOf } from './trading-format';

describe('trading format', () => {
  it('writes exchange amounts without padding and with grouped thousands', () => {
    expect(plainAmount('0.00100000')).toBe('0.001');
    expect(plainAmount('42000.10000000')).toBe('42,000.1');
    expect(plainAmount(null)).toBe('—');
    expect(groupThousands('-1234567.891')).toBe('−1,234,567.891');
    expect(groupThousands('999')).toBe('999');
  });

  it('rounds quote amounts to cents for stablecoins and to eight places otherwise', () => {
    expect(quoteAmount('1234.565', 'USDT')).toBe('1,234.57');
    expect(quoteAmount('0.000123456789', 'BTC')).toBe('0.00012346');
  });

  it('always writes the sign of a P&L, and none on zero', () => {
    expect(signedAmount('12.3', 'USDT')).toBe('+12.30');
    expect(signedAmount('-0.5', 'USDT')).toBe('−0.50');
    expect(signedAmount('-0.001', 'USDT')).toBe('0.00');
    expect(signedPercent('2.5')).toBe('+2.50 %');
    expect(signedPercent('-10')).toBe('−10.00 %');
    expect(signedPercent(null)).toBe('—');
    expect(signOf('-0.1')).toBe('down');
    expect(signOf('0.000')).toBe('flat');
    expect(signOf('3')).toBe('up');
    expect(signOf(null)).toBe('flat');
  });

  it('says what price an order asked for and what it filled at on average', () => {
    expect(priceStopText({ type: 'LIMIT', price: '100.50', stopPrice: null })).toBe('100.5');
    expect(priceStopText({ type: 'STOP_LOSS_LIMIT', price: '99', stopPrice: '100' })).toBe('99 / stop 100');
    expect(priceStopText({ type: 'MARKET', price: null, stopPrice: null })).toBe('market');
    expect(averagePriceText({ executedQty: '0.3', cumulativeQuoteQty: '30.1' })).toBe('100.33333333');
    expect(averagePriceText({ executedQty: '0.00000000', cumulativeQuoteQty: '0' })).toBe('—');
  });
});
