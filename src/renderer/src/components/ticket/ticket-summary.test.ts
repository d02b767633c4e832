import { describe, expect, it } from 'vitest';
import { Decimal } from '../../../../shared/exchange/decimal';
import { estimateOrder } from './ticket-estimate';
import { estimateRows, summaryLines } from './ticket-summary';

describe('summaryLines', () => {
  it('says a limit order with its bracket', () => {
    expect(
      summaryLines(
        { accountId: 1, symbol: 'BTCUSDT', side: 'BUY', type: 'LIMIT', quantity: '0.01', price: '42000', timeInForce: 'GTC', bracket: { takeProfitPrice: '43000', stopLoss: { stopPrice: '41000', price: '40900' } } },
        'BTC',
        'USDT',
      ),
    ).toEqual(['Buy 0.01 BTC at 42000 USDT (limit, GTC)', 'Take profit at 43000 USDT', 'Stop loss: trigger 41000, limit 40900 USDT']);
  });
  it('says a market order by quote amount and a stop-limit', () => {
    expect(summaryLines({ accountId: 1, symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quoteOrderQty: '100' }, 'BTC', 'USDT')).toEqual(['Buy 100 USDT worth of BTC at the market (market)']);
    expect(summaryLines({ accountId: 1, symbol: 'BTCUSDT', side: 'SELL', type: 'STOP_LOSS_LIMIT', quantity: '1', price: '90', stopPrice: '91', timeInForce: 'GTC' }, 'BTC', 'USDT')).toEqual([
      'Sell 1 BTC at 90 USDT (stop-loss limit, GTC)',
      'Triggers when the price reaches 91 USDT',
    ]);
  });
});

describe('estimateRows', () => {
  const d = (text: string) => new Decimal(text);
  it('value, fee at the rate, and the balances after a fill', () => {
    const estimate = estimateOrder({ side: 'BUY', quantity: d('0.01'), quoteOrderQty: null, price: d('42000'), feeRate: d('0.001'), baseFree: d('1'), quoteFree: d('1000') });
    expect(estimateRows({ estimate, role: 'maker', feeRate: d('0.001') }, 'BUY', 'BTC', 'USDT')).toEqual([
      { key: 'value', label: 'Cost', value: '420 USDT' },
      { key: 'fee', label: 'Fee (maker 0.1 %)', value: '0.00001 BTC ≈ 0.42 USDT' },
      { key: 'baseAfter', label: 'BTC after', value: '1.00999' },
      { key: 'quoteAfter', label: 'USDT after', value: '580' },
    ]);
    expect(estimateRows({ estimate: null, role: 'maker', feeRate: null }, 'BUY', 'BTC', 'USDT')).toEqual([]);
  });
});
