import { describe, expect, it } from 'vitest';
import { Decimal } from '../../../../shared/exchange/decimal';
import { BTCUSDT } from '../../../../shared/exchange/exchange-info.fixture';
import { canBracket, checkBracket, NO_BRACKET } from './ticket-bracket';

const entry = new Decimal('42000');
const fieldsOf = (check: ReturnType<typeof checkBracket>) => check.problems.map((problem) => problem.field);

describe('checkBracket', () => {
  it('no exits: nothing to send, nothing wrong', () => {
    expect(checkBracket(BTCUSDT, 'BUY', entry, NO_BRACKET)).toEqual({ problems: [] });
  });
  it('a buy: take profit above, stop below, limit at or below the stop; canonical prices', () => {
    expect(checkBracket(BTCUSDT, 'BUY', entry, { takeProfit: '43000.50', stopLossStop: '41000', stopLossLimit: '40990' })).toEqual({
      problems: [],
      bracket: { takeProfitPrice: '43000.5', stopLoss: { stopPrice: '41000', price: '40990' } },
    });
  });
  it('a sell mirrors it', () => {
    expect(checkBracket(BTCUSDT, 'SELL', entry, { takeProfit: '41000', stopLossStop: '', stopLossLimit: '' })).toEqual({ problems: [], bracket: { takeProfitPrice: '41000' } });
    expect(fieldsOf(checkBracket(BTCUSDT, 'SELL', entry, { takeProfit: '43000', stopLossStop: '41000', stopLossLimit: '40000' }))).toEqual(['takeProfit', 'stopLossStop', 'stopLossLimit']);
  });
  it('exits on the wrong side of the entry are refused', () => {
    const check = checkBracket(BTCUSDT, 'BUY', entry, { takeProfit: '41000', stopLossStop: '42000', stopLossLimit: '42001' });
    expect(fieldsOf(check)).toEqual(['takeProfit', 'stopLossStop', 'stopLossLimit']);
    expect(check.problems[0]?.message).toBe('Take profit 41000 must be above the entry price 42000 for a buy');
    expect(check.bracket).toBeUndefined();
  });
  it('prices off the tick get the nearest valid ones from the shared check', () => {
    const check = checkBracket(BTCUSDT, 'BUY', entry, { takeProfit: '43000.123', stopLossStop: '', stopLossLimit: '' });
    expect(check.problems).toEqual([
      {
        field: 'takeProfit',
        message: 'Take profit: Price 43000.123 is not a multiple of the tick size 0.01; nearest valid prices: 43000.12 or 43000.13',
        nearest: { below: '43000.12', above: '43000.13' },
      },
    ]);
  });
  it('a stop loss needs both prices', () => {
    expect(fieldsOf(checkBracket(BTCUSDT, 'BUY', entry, { takeProfit: '', stopLossStop: '41000', stopLossLimit: '' }))).toEqual(['stopLossLimit']);
    expect(fieldsOf(checkBracket(BTCUSDT, 'BUY', entry, { takeProfit: '', stopLossStop: '', stopLossLimit: '41000' }))).toEqual(['stopLossStop']);
  });
  it('rides only on entries that fill by themselves', () => {
    expect(canBracket('LIMIT')).toBe(true);
    expect(canBracket('MARKET')).toBe(true);
    expect(canBracket('STOP_LOSS_LIMIT')).toBe(false);
  });
});
