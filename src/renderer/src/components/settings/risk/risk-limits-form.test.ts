import { describe, expect, it } from 'vitest';
import { parseRiskTexts, textsOf } from './risk-limits-form';

const EMPTY = { maxOrderValue: '', maxOpenOrders: '', maxOrdersPerMinute: '', priceBandPct: '', dailyLossLimit: '' };

describe('the risk limits form', () => {
  it('reads empty fields as no limit and numbers as limits', () => {
    expect(parseRiskTexts(3, EMPTY)).toEqual({ input: { accountId: 3, maxOrderValue: null, maxOpenOrders: null, maxOrdersPerMinute: null, priceBandPct: null, dailyLossLimit: null }, errors: {} });
    const { input, errors } = parseRiskTexts(3, { maxOrderValue: ' 250.5 ', maxOpenOrders: '12', maxOrdersPerMinute: '30', priceBandPct: '2.5', dailyLossLimit: '100' });
    expect(errors).toEqual({});
    expect(input).toEqual({ accountId: 3, maxOrderValue: '250.5', maxOpenOrders: 12, maxOrdersPerMinute: 30, priceBandPct: 2.5, dailyLossLimit: '100' });
  });

  it('says which field is wrong', () => {
    const { errors } = parseRiskTexts(3, { ...EMPTY, maxOrderValue: '-5', maxOpenOrders: '1.5', priceBandPct: '0', dailyLossLimit: '1e3' });
    expect(Object.keys(errors).sort()).toEqual(['dailyLossLimit', 'maxOpenOrders', 'maxOrderValue', 'priceBandPct']);
  });

  it('shows stored limits as text, nulls as empty', () => {
    expect(textsOf({ accountId: 1, maxOrderValue: '500', maxOpenOrders: 4, maxOrdersPerMinute: null, priceBandPct: 1.5, dailyLossLimit: null, updatedAt: 1 })).toEqual({ ...EMPTY, maxOrderValue: '500', maxOpenOrders: '4', priceBandPct: '1.5' });
  });
});
