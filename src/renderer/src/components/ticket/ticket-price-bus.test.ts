import { describe, expect, it } from 'vitest';
import { onTicketPricePick, pickTicketPrice } from './ticket-price-bus';

describe('the chart → ticket price bus', () => {
  it('hands a picked price to every listener until it unsubscribes, ignoring nonsense', () => {
    const heard: number[] = [];
    const stop = onTicketPricePick((price) => heard.push(price));
    pickTicketPrice(42000.5);
    pickTicketPrice(Number.NaN);
    pickTicketPrice(-1);
    stop();
    pickTicketPrice(1);
    expect(heard).toEqual([42000.5]);
  });
});
