import { describe, expect, it } from 'vitest';
import { sampleOrder } from '../../../../shared/schemas/trading.fixture';
import { type Order } from '../../../../shared/schemas/orders';
import { orderLines } from './order-lines';

const order = (patch: Partial<Order>): Order => sampleOrder({ clientOrderId: 'a', exchangeOrderId: '1', price: '42000.00', quantity: '0.01000000', sentAt: 1, ...patch });

describe('orderLines', () => {
  it('draws a limit order at its price, labelled with side, type and quantity', () => {
    expect(orderLines([order({})], 'BTCUSDT')).toEqual([{ id: 'a', price: 42000, side: 'BUY', title: 'BUY LIMIT 0.01', isTrigger: false, isUnconfirmed: false }]);
  });

  it('draws stop and take-profit orders at their stop price', () => {
    const [line] = orderLines([order({ side: 'SELL', type: 'STOP_LOSS_LIMIT', price: '40900', stopPrice: '41000' })], 'BTCUSDT');
    expect(line).toMatchObject({ price: 41000, side: 'SELL', title: 'SELL STOP LIMIT 0.01', isTrigger: true });
  });

  it('shows what is left of a partly filled order', () => {
    const [line] = orderLines([order({ status: 'PARTIALLY_FILLED', quantity: '0.3', executedQty: '0.1' })], 'BTCUSDT');
    expect(line?.title).toBe('BUY LIMIT 0.2');
  });

  it('leaves out ended orders, other symbols and orders without a price', () => {
    const orders = [
      order({ clientOrderId: 'filled', status: 'FILLED' }),
      order({ clientOrderId: 'other', symbol: 'ETHUSDT' }),
      order({ clientOrderId: 'market', type: 'MARKET', price: null, status: 'pending' }),
    ];
    expect(orderLines(orders, 'BTCUSDT')).toEqual([]);
  });

  it('marks orders the exchange has not confirmed yet', () => {
    expect(orderLines([order({ status: 'pending' })], 'BTCUSDT')[0]?.isUnconfirmed).toBe(true);
  });
});
