import { describe, expect, it } from 'vitest';
import { BTCUSDT } from '../../../../shared/exchange/exchange-info.fixture';
import { EMPTY_TICKET, reviewTicket, type TicketForm, type TicketMarket } from './ticket-review';

const market: TicketMarket = {
  accountId: 3,
  filters: BTCUSDT,
  ticker: { bid: '41999.99', ask: '42000.01', last: '42000' },
  balances: { baseFree: '1', quoteFree: '1000' },
  rates: { maker: '0.001', taker: '0.002' },
};
const form = (over: Partial<TicketForm>): TicketForm => ({ ...EMPTY_TICKET, amount: '0.01', price: '42000', ...over });

describe('reviewTicket', () => {
  it('a valid limit buy: the exact input, a maker estimate', () => {
    const review = reviewTicket(form({}), market);
    expect(review.input).toEqual({ accountId: 3, symbol: 'BTCUSDT', side: 'BUY', type: 'LIMIT', quantity: '0.01', price: '42000', timeInForce: 'GTC' });
    expect(review.blocker).toBeNull();
    expect(review.role).toBe('maker');
    expect(review.estimate?.value.toFixed()).toBe('420');
    expect(review.estimate?.fee.toFixed()).toBe('0.00001');
    expect(review.estimate?.quoteAfter?.toFixed()).toBe('580');
  });
  it('a limit that crosses the book pays the taker rate', () => {
    const review = reviewTicket(form({ price: '42100' }), market);
    expect(review.role).toBe('taker');
    expect(review.feeRate?.toFixed()).toBe('0.002');
  });
  it('blank fields block quietly', () => {
    expect(reviewTicket(form({ amount: '' }), market).blocker).toBe('Enter an amount');
    expect(reviewTicket(form({ price: ' ' }), market).blocker).toBe('Enter a price');
    expect(reviewTicket(form({ type: 'STOP_LOSS_LIMIT' }), market).blocker).toBe('Enter a stop price');
    expect(reviewTicket(form({ amount: '' }), market).problems).toEqual([]);
  });
  it('an amount off the step is refused with the nearest valid quantities, and nothing to send', () => {
    const review = reviewTicket(form({ amount: '0.000015' }), market);
    expect(review.input).toBeNull();
    expect(review.problems[0]).toMatchObject({ field: 'amount', nearest: { below: '0.00001', above: '0.00002' }, nearestUnit: 'base' });
    expect(review.blocker).toContain('not a multiple of the step size 0.00001');
  });
  it('below the minimum notional: the smallest valid quantity at this price', () => {
    const review = reviewTicket(form({ amount: '0.0001' }), market);
    expect(review.problems.map((problem) => problem.field)).toEqual(['amount']);
    expect(review.problems[0]?.nearest).toEqual({ above: '0.00012' });
  });
  it('more than the free balance: says so and offers the most there is', () => {
    const buy = reviewTicket(form({ amount: '0.1' }), market);
    expect(buy.problems).toEqual([
      { field: 'amount', message: 'Costs 4200 USDT, more than the 1000 USDT free; the most it can buy: 0.0238 BTC', nearest: { below: '0.0238' }, nearestUnit: 'base' },
    ]);
    const sell = reviewTicket(form({ side: 'SELL', amount: '2' }), market);
    expect(sell.problems[0]?.message).toBe('Sells 2 BTC, more than the 1 BTC free; the most it can sell: 1 BTC');
  });
  it('a market buy in quote sends quoteOrderQty and is estimated at the ask', () => {
    const review = reviewTicket(form({ type: 'MARKET', unit: 'quote', amount: '100', price: '' }), market);
    expect(review.input).toEqual({ accountId: 3, symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quoteOrderQty: '100' });
    expect(review.role).toBe('taker');
    expect(review.tradePrice?.toFixed()).toBe('42000.01');
  });
  it('a limit in quote becomes a quantity at the price', () => {
    expect(reviewTicket(form({ unit: 'quote', amount: '100' }), market).input).toMatchObject({ quantity: '0.00238', price: '42000' });
  });
  it('a stop-limit is GTC; a bracket rides along on a limit entry', () => {
    expect(reviewTicket(form({ type: 'STOP_LOSS_LIMIT', side: 'SELL', stopPrice: '41900', price: '41890', timeInForce: 'IOC' }), market).input).toMatchObject({ timeInForce: 'GTC', stopPrice: '41900' });
    expect(reviewTicket(form({ takeProfit: '43000', stopLossStop: '41000', stopLossLimit: '40900' }), market).input).toMatchObject({
      bracket: { takeProfitPrice: '43000', stopLoss: { stopPrice: '41000', price: '40900' } },
    });
    expect(reviewTicket(form({ takeProfit: '41000' }), market).blocker).toBe('Take profit 41000 must be above the entry price 42000 for a buy');
  });
  it('without balances it still checks the filters and sends', () => {
    expect(reviewTicket(form({ amount: '0.1' }), { ...market, balances: null, rates: null }).input).not.toBeNull();
  });
  it('a stop that the last price has already reached is refused, with the first tick beyond it', () => {
    const sellStop = reviewTicket(form({ type: 'STOP_LOSS_LIMIT', side: 'SELL', stopPrice: '42000', price: '41990' }), market);
    expect(sellStop.problems).toEqual([
      {
        field: 'stopPrice',
        message: 'A stop-loss sell triggers when the price falls to its stop: 42000 is not below the last price 42000, so it would trigger at once',
        nearest: { below: '41999.99' },
      },
    ]);
    expect(reviewTicket(form({ type: 'STOP_LOSS_LIMIT', side: 'BUY', stopPrice: '42000.01', price: '42010' }), market).problems).toEqual([]);
    expect(reviewTicket(form({ type: 'TAKE_PROFIT_LIMIT', side: 'SELL', stopPrice: '41000', price: '41000' }), market).problems[0]?.nearest).toEqual({ above: '42000.01' });
  });
});
