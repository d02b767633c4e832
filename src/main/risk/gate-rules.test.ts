import { describe, expect, it } from 'vitest';
import { Decimal } from '../../shared/exchange/decimal';
import { type RiskLimits } from '../../shared/schemas/risk';
import { factsNeeded, gateRefusal, orderValue, type GateFacts, type GateOrder } from './gate-rules';

const NONE: RiskLimits = { accountId: 1, maxOrderValue: null, maxOpenOrders: null, maxOrdersPerMinute: null, priceBandPct: null, dailyLossLimit: null, updatedAt: null };
const CALM: GateFacts = { killSwitch: { isActive: false, reason: null, since: null }, lastPrice: new Decimal('100'), openOrders: 0, ordersLastMinute: 0, realizedToday: new Decimal('0') };
const LIMIT_BUY: GateOrder = { symbol: 'BTCUSDT', quoteAsset: 'USDT', quantity: '2', price: '101' };

describe('the risk gate rules', () => {
  it('lets everything through with no limits and the switch off', () => {
    expect(gateRefusal(LIMIT_BUY, NONE, CALM)).toBeNull();
  });

  it('the kill switch refuses before any limit, with its reason', () => {
    const refusal = gateRefusal(LIMIT_BUY, NONE, { ...CALM, killSwitch: { isActive: true, reason: 'flash crash', since: 1 } });
    expect(refusal).toMatchObject({ rule: 'killSwitch' });
    expect(refusal?.message).toContain('flash crash');
  });

  it('max order value: the value and the excess, for a limit, a market by quantity and by quote amount', () => {
    const limits = { ...NONE, maxOrderValue: '150' };
    expect(gateRefusal(LIMIT_BUY, limits, CALM)).toMatchObject({ rule: 'maxOrderValue', limit: '150', actual: '202', excess: '52' });
    const market: GateOrder = { symbol: 'BTCUSDT', quoteAsset: 'USDT', quantity: '1.6' };
    expect(gateRefusal(market, limits, { ...CALM, lastPrice: new Decimal('100.25') })).toMatchObject({ actual: '160.4', excess: '10.4' });
    expect(gateRefusal({ symbol: 'BTCUSDT', quoteAsset: 'USDT', quoteOrderQty: '150' }, limits, CALM)).toBeNull();
    expect(gateRefusal({ symbol: 'BTCUSDT', quoteAsset: 'USDT', quoteOrderQty: '150.01' }, limits, CALM)?.message).toBe('At most 150 USDT per order; this order is worth 150.01 USDT, 0.01 USDT over.');
  });

  it('max open orders and max orders per minute count this order too', () => {
    expect(gateRefusal(LIMIT_BUY, { ...NONE, maxOpenOrders: 3 }, { ...CALM, openOrders: 2 })).toBeNull();
    expect(gateRefusal(LIMIT_BUY, { ...NONE, maxOpenOrders: 3 }, { ...CALM, openOrders: 3 })).toMatchObject({ rule: 'maxOpenOrders', limit: '3', actual: '4', excess: '1' });
    expect(gateRefusal(LIMIT_BUY, { ...NONE, maxOrdersPerMinute: 5 }, { ...CALM, ordersLastMinute: 6 })).toMatchObject({ rule: 'maxOrdersPerMinute', actual: '7', excess: '2' });
  });

  it('the price band guards the price and the stop price, in percent of the last price', () => {
    const limits = { ...NONE, priceBandPct: 5 };
    expect(gateRefusal({ ...LIMIT_BUY, price: '105' }, limits, CALM)).toBeNull();
    expect(gateRefusal({ ...LIMIT_BUY, price: '110' }, limits, CALM)).toMatchObject({ rule: 'priceBandPct', limit: '5', actual: '10.00', excess: '5.00' });
    expect(gateRefusal({ ...LIMIT_BUY, price: '100', stopPrice: '93.5' }, limits, CALM)).toMatchObject({ rule: 'priceBandPct', actual: '6.50', excess: '1.50' });
    expect(gateRefusal({ ...LIMIT_BUY, price: '110' }, limits, CALM)?.message).toBe('Price 110 is 10.00 % from the last price 100; the band is ±5 %, 5.00 points over.');
  });

  it('the daily loss limit stops new orders once today\'s realized loss reaches it', () => {
    const limits = { ...NONE, dailyLossLimit: '50' };
    expect(gateRefusal(LIMIT_BUY, limits, { ...CALM, realizedToday: new Decimal('-49.99') })).toBeNull();
    expect(gateRefusal(LIMIT_BUY, limits, { ...CALM, realizedToday: new Decimal('-50') })).toMatchObject({ rule: 'dailyLossLimit', actual: '50', excess: '0' });
    expect(gateRefusal(LIMIT_BUY, limits, { ...CALM, realizedToday: new Decimal('-62.5') })).toMatchObject({ excess: '12.5' });
    expect(gateRefusal(LIMIT_BUY, limits, { ...CALM, realizedToday: new Decimal('80') })).toBeNull();
  });

  it('asks only for the facts an active limit needs', () => {
    expect(factsNeeded(NONE, LIMIT_BUY)).toEqual({ lastPrice: false, realizedToday: false });
    expect(factsNeeded({ ...NONE, maxOrderValue: '1' }, LIMIT_BUY)).toEqual({ lastPrice: false, realizedToday: false });
    expect(factsNeeded({ ...NONE, maxOrderValue: '1' }, { symbol: 'X', quoteAsset: 'Y', quantity: '1' })).toEqual({ lastPrice: true, realizedToday: false });
    expect(factsNeeded({ ...NONE, priceBandPct: 1, dailyLossLimit: '5' }, LIMIT_BUY)).toEqual({ lastPrice: true, realizedToday: true });
    expect(orderValue({ symbol: 'X', quoteAsset: 'Y', quantity: '1' }, null)).toBeNull();
  });
});
