import { describe, expect, it } from 'vitest';
import { Decimal } from '../../shared/exchange/decimal';
import { readRoundTrip, roundTripResult, type TripFill, type TripOrder } from './live-round-trip';

const ASSETS = { baseAsset: 'BTC', quoteAsset: 'USDT', dust: new Decimal('0.00001') };

const order = (clientOrderId: string, side: 'BUY' | 'SELL', status: TripOrder['status'], executedQty: string, cumulativeQuoteQty: string, createdAt = 1): TripOrder => ({ clientOrderId, side, status, executedQty, cumulativeQuoteQty, createdAt });
const fill = (orderClientId: string, price: string, qty: string, commission: string, commissionAsset: string, time: number): TripFill => ({ orderClientId, price, qty, commission, commissionAsset, time });

describe('a live round trip read from the journal', () => {
  it('holds what the buy left after its base fee, and closes once the sells took it all', () => {
    const entry = order('b', 'BUY', 'FILLED', '0.02000', '1000.00');
    const entryFills = [fill('b', '50000', '0.01500', '0.000015', 'BTC', 10), fill('b', '50000', '0.00500', '0.000005', 'BTC', 11)];
    const open = readRoundTrip({ entry, exits: [], fills: entryFills }, ASSETS);
    expect(open.held.toString()).toBe('0.01998');
    expect(open.remaining.toString()).toBe('0.01998');
    expect(open.entryPrice?.toString()).toBe('50000');
    expect(open.entryTime).toBe(10);
    expect(open.isClosed).toBe(false);

    const sell = order('s', 'SELL', 'FILLED', '0.01998', '1098.90', 2);
    const closed = readRoundTrip({ entry, exits: [sell], fills: [...entryFills, fill('s', '55000', '0.01998', '1.0989', 'USDT', 20)] }, ASSETS);
    expect(closed.isClosed).toBe(true);
    expect(closed.exitPrice?.toString()).toBe('55000');
    expect(closed.exitTime).toBe(20);
    // Fees: 0.00002 BTC at 50000 (1) plus 1.0989 USDT; only the quote fee is still to come off the proceeds.
    expect(closed.feesInQuote.toString()).toBe('2.0989');
    const result = roundTripResult(closed);
    expect(result.pnl).toBeCloseTo(1098.9 - 1000 - 1.0989, 10);
    expect(result.returnPct).toBeCloseTo((1098.9 - 1000 - 1.0989) / 1000, 12);
    expect(result.fees).toBeCloseTo(2.0989, 12);
  });

  it('is not closed while a sell is working, nor while more than dust is left', () => {
    const entry = order('b', 'BUY', 'FILLED', '0.02', '1000');
    const working = readRoundTrip({ entry, exits: [order('s', 'SELL', 'NEW', '0', '0', 2)], fills: [] }, ASSETS);
    expect(working.hasOpenExit).toBe(true);
    expect(working.isClosed).toBe(false);
    const partly = readRoundTrip({ entry, exits: [order('s', 'SELL', 'CANCELED', '0.01', '550', 2)], fills: [] }, ASSETS);
    expect(partly.remaining.toString()).toBe('0.01');
    expect(partly.isClosed).toBe(false);
    const dustLeft = readRoundTrip({ entry, exits: [order('s', 'SELL', 'FILLED', '0.019995', '1099', 2)], fills: [] }, ASSETS);
    expect(dustLeft.isClosed).toBe(true);
  });

  it('is pending while the buy is in doubt or resting, and void when it ended with nothing bought', () => {
    expect(readRoundTrip({ entry: order('b', 'BUY', 'pending', '0', '0'), exits: [], fills: [] }, ASSETS).isEntryPending).toBe(true);
    expect(readRoundTrip({ entry: order('b', 'BUY', 'unknown', '0', '0'), exits: [], fills: [] }, ASSETS).isEntryPending).toBe(true);
    const rejected = readRoundTrip({ entry: order('b', 'BUY', 'REJECTED', '0', '0'), exits: [], fills: [] }, ASSETS);
    expect(rejected.isVoid).toBe(true);
    expect(rejected.entryPrice).toBeNull();
  });
});
