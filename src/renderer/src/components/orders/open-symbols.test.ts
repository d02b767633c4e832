import { describe, expect, it } from 'vitest';
import { sampleOrder } from '../../../../shared/schemas/trading.fixture';
import { openSymbols } from './open-symbols';

describe('open symbols', () => {
  it('counts the orders a cancel can still reach, per symbol', () => {
    const orders = [
      sampleOrder({ clientOrderId: 'a', symbol: 'ETHUSDT' }),
      sampleOrder({ clientOrderId: 'b', symbol: 'BTCUSDT', status: 'PARTIALLY_FILLED' }),
      sampleOrder({ clientOrderId: 'c', symbol: 'BTCUSDT' }),
      sampleOrder({ clientOrderId: 'd', symbol: 'BNBUSDT', status: 'pending' }),
      sampleOrder({ clientOrderId: 'e', symbol: 'XRPUSDT', status: 'PENDING_CANCEL' }),
    ];
    expect(openSymbols(orders)).toEqual([
      { symbol: 'BTCUSDT', count: 2 },
      { symbol: 'ETHUSDT', count: 1 },
    ]);
  });
});
