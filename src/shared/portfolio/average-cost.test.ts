import { describe, expect, it } from 'vitest';
import { Decimal } from '../exchange/decimal';
import { buildLedger, type AccountingFill, type FeeRate, type SymbolAssets } from './average-cost';
import { bucketRealized, periodStart } from './pnl-buckets';
import { toPosition } from './position-view';

const ASSETS: Record<string, SymbolAssets> = {
  BTCUSDT: { baseAsset: 'BTC', quoteAsset: 'USDT' },
  ETHBTC: { baseAsset: 'ETH', quoteAsset: 'BTC' },
};
const assetsOf = (symbol: string): SymbolAssets => ASSETS[symbol] ?? { baseAsset: symbol, quoteAsset: '?' };
/** BNB is worth 300 USDT; nothing else has a rate. */
const bnbAt300: FeeRate = (asset, quote) => (asset === 'BNB' && quote === 'USDT' ? new Decimal(300) : null);

const at = (iso: string): number => Date.parse(`${iso}Z`);
const fill = (side: 'BUY' | 'SELL', qty: string, price: string, quoteQty: string, commission: string, commissionAsset: string, time: string, symbol = 'BTCUSDT'): AccountingFill => ({
  symbol,
  side,
  qty,
  price,
  quoteQty,
  commission,
  commissionAsset,
  time: at(time),
});

/*
 * BTCUSDT, by hand (H = BTC held, C = its cost in USDT):
 * 1 BUY  0.5005 @100 = 50.05, fee 0.0005 BTC   → H 0.5005−0.0005 = 0.5, C 50.05;   fee value 0.0005×100 = 0.05
 * 2 BUY  0.3 @110 = 33, fee 0.033 USDT          → H 0.8, C 50.05+33+0.033 = 83.083
 * 3 BUY  0.2 @90 = 18, fee 0.006 BNB (×300=1.8) → H 1.0, C 83.083+18+1.8 = 102.883; average 102.883
 * 4 SELL 0.4 @120 = 48, fee 0.048 USDT (Jan 31 23:59)
 *        proceeds 48−0.048 = 47.952; cost out 102.883×0.4/1 = 41.1532; realized 6.7988
 *        → H 0.6, C 61.7298
 * 5 SELL 0.2 @125 = 25, fee 0.005 BNB (×300=1.5) (Feb 1 00:01)
 *        proceeds 25−1.5 = 23.5; cost out 61.7298×0.2/0.6 = 20.5766; realized 2.9234 → H 0.4, C 41.1532
 * 6 SELL 0.1 @125 = 12.5, fee 0.0001 BTC (Feb 1 00:01:30)
 *        cost out 41.1532×0.1/0.4 = 10.2883 → H 0.3, C 30.8649
 *        the fee's BTC leaves at cost 30.8649×0.0001/0.3 = 0.0102883 → H 0.2999, C 30.8546117
 *        realized 12.5−10.2883−0.0102883 = 2.2014117; fee value 0.0001×125 = 0.0125
 * 7 SELL 0.5 @130 = 65, fee 0.065 USDT (Feb 1 00:02): only 0.2999 is held
 *        proceeds 64.935, of which 0.2999/0.5 is matched: 64.935×0.5998 = 38.948013; cost out 30.8546117
 *        realized 38.948013−30.8546117 = 8.0934013; untracked 0.5−0.2999 = 0.2001 → H 0, C 0
 * realized 6.7988+2.9234+2.2014117+8.0934013 = 20.017013 over cost sold 102.883 = 19.4561 %
 * fees 0.05+0.033+1.8+0.048+1.5+0.0125+0.065 = 3.5085
 */
const BTC_FILLS: AccountingFill[] = [
  fill('BUY', '0.5005', '100', '50.05', '0.0005', 'BTC', '2024-01-30T10:00:00'),
  fill('BUY', '0.3', '110', '33', '0.033', 'USDT', '2024-01-30T11:00:00'),
  fill('BUY', '0.2', '90', '18', '0.006', 'BNB', '2024-01-31T12:00:00'),
  fill('SELL', '0.4', '120', '48', '0.048', 'USDT', '2024-01-31T23:59:00'),
  fill('SELL', '0.2', '125', '25', '0.005', 'BNB', '2024-02-01T00:01:00'),
  fill('SELL', '0.1', '125', '12.5', '0.0001', 'BTC', '2024-02-01T00:01:30'),
  fill('SELL', '0.5', '130', '65', '0.065', 'USDT', '2024-02-01T00:02:00'),
];

/*
 * ETHBTC, quoted in BTC: BUY 1 @0.05 = 0.05, fee 0.00005 BTC → C 0.05005;
 * SELL 1 @0.06 = 0.06, fee 0.00006 BTC (Feb 1 00:03) → realized 0.05994−0.05005 = 0.00989 BTC.
 */
const ETH_FILLS: AccountingFill[] = [
  fill('BUY', '1', '0.05', '0.05', '0.00005', 'BTC', '2024-01-31T10:00:00', 'ETHBTC'),
  fill('SELL', '1', '0.06', '0.06', '0.00006', 'BTC', '2024-02-01T00:03:00', 'ETHBTC'),
];

describe('average cost with fees in base, quote and BNB', () => {
  it('holds the average entry, fees included, through the buys', () => {
    const { positions } = buildLedger(BTC_FILLS.slice(0, 3), assetsOf, bnbAt300);
    const state = positions.get('BTCUSDT');
    if (state === undefined) throw new Error('no position');
    // 100 last: market value 1.0×100 = 100; unrealized 100−102.883 = −2.883 = −2.8022 % of 102.883
    expect(toPosition(state, new Decimal(100))).toEqual({
      symbol: 'BTCUSDT',
      baseAsset: 'BTC',
      quoteAsset: 'USDT',
      quantity: '1',
      costBasis: '102.883',
      averageEntry: '102.883',
      lastPrice: '100',
      marketValue: '100',
      unrealizedPnl: '-2.883',
      unrealizedPct: '-2.8022',
      realizedPnl: '0',
      realizedPct: null,
      feesPaid: '1.883',
      unvaluedFees: [],
      untrackedSold: '0',
      fills: 3,
      lastFillAt: at('2024-01-31T12:00:00'),
    });
  });

  it('a partial sell realizes against the average cost and leaves the rest at that cost', () => {
    const { positions } = buildLedger(BTC_FILLS.slice(0, 4), assetsOf, bnbAt300);
    const state = positions.get('BTCUSDT');
    if (state === undefined) throw new Error('no position');
    // H 0.6, C 61.7298, average still 102.883; at 130: 78 − 61.7298 = 16.2702 = 26.3571 %;
    // realized 6.7988 over cost sold 41.1532 = 16.5207 %
    expect(toPosition(state, new Decimal(130))).toMatchObject({
      quantity: '0.6',
      costBasis: '61.7298',
      averageEntry: '102.883',
      marketValue: '78',
      unrealizedPnl: '16.2702',
      unrealizedPct: '26.3571',
      realizedPnl: '6.7988',
      realizedPct: '16.5207',
      feesPaid: '1.931',
    });
  });

  it('a base fee on a sell and a sell beyond the holding', () => {
    const { positions, events } = buildLedger(BTC_FILLS, assetsOf, bnbAt300);
    const state = positions.get('BTCUSDT');
    if (state === undefined) throw new Error('no position');
    expect(events.map((event) => event.realized.toString())).toEqual(['6.7988', '2.9234', '2.2014117', '8.0934013']);
    expect(toPosition(state, new Decimal(130))).toMatchObject({
      quantity: '0',
      costBasis: '0',
      averageEntry: null,
      marketValue: '0',
      unrealizedPnl: '0',
      unrealizedPct: null,
      realizedPnl: '20.017013',
      realizedPct: '19.4561',
      feesPaid: '3.5085',
      untrackedSold: '0.2001',
      fills: 7,
      lastFillAt: at('2024-02-01T00:02:00'),
    });
  });

  it('a BNB fee with no rate is kept apart, not added to the cost', () => {
    const { positions } = buildLedger(BTC_FILLS.slice(2, 3), assetsOf, () => null);
    const state = positions.get('BTCUSDT');
    if (state === undefined) throw new Error('no position');
    // BUY 0.2 for 18: C 18 (the 0.006 BNB is not valued), average 90
    expect(toPosition(state, null)).toMatchObject({
      quantity: '0.2',
      costBasis: '18',
      averageEntry: '90',
      lastPrice: null,
      marketValue: null,
      unrealizedPnl: null,
      feesPaid: '0',
      unvaluedFees: [{ asset: 'BNB', amount: '0.006' }],
    });
  });

  it('a sell with nothing bought realizes nothing', () => {
    const { positions, events } = buildLedger([fill('SELL', '0.3', '100', '30', '0.03', 'USDT', '2024-01-30T10:00:00')], assetsOf, bnbAt300);
    expect(toPosition(positions.get('BTCUSDT') ?? (undefined as never), new Decimal(100))).toMatchObject({ quantity: '0', realizedPnl: '0', realizedPct: null, untrackedSold: '0.3', feesPaid: '0.03' });
    expect(events).toHaveLength(1);
  });

  it('a cost split three ways is rounded only on the way out', () => {
    // BUY 3 for 10: average 3.3333333333…; SELL 1 for 5: cost out 3.333…, realized 1.666…
    const { positions } = buildLedger(
      [fill('BUY', '3', '3.33', '10', '0', 'USDT', '2024-01-30T10:00:00'), fill('SELL', '1', '5', '5', '0', 'USDT', '2024-01-30T11:00:00')],
      assetsOf,
      bnbAt300,
    );
    expect(toPosition(positions.get('BTCUSDT') ?? (undefined as never), null)).toMatchObject({
      quantity: '2',
      costBasis: '6.6666666667',
      averageEntry: '3.3333333333',
      realizedPnl: '1.6666666667',
      realizedPct: '50',
    });
  });
});

describe('realized P&L by period, per quote asset', () => {
  const { events } = buildLedger([...BTC_FILLS, ...ETH_FILLS].sort((a, b) => a.time - b.time), assetsOf, bnbAt300);

  it('days split at UTC midnight, and USDT and BTC stay apart', () => {
    // Jan 31: fill 4 (6.7988, fee 0.048). Feb 1: fills 5–7, 2.9234+2.2014117+8.0934013 = 13.218213,
    // fees 1.5+0.0125+0.065 = 1.5775; and the ETHBTC sale in BTC.
    expect(bucketRealized(events, 'day', 60)).toEqual([
      { start: at('2024-02-01T00:00:00'), quoteAsset: 'BTC', realized: '0.00989', fees: '0.00006', sells: 1 },
      { start: at('2024-02-01T00:00:00'), quoteAsset: 'USDT', realized: '13.218213', fees: '1.5775', sells: 3 },
      { start: at('2024-01-31T00:00:00'), quoteAsset: 'USDT', realized: '6.7988', fees: '0.048', sells: 1 },
    ]);
  });

  it('months split at the month end; an ISO week holds both days', () => {
    expect(bucketRealized(events, 'month', 60).map(({ start, quoteAsset, realized }) => [start, quoteAsset, realized])).toEqual([
      [at('2024-02-01T00:00:00'), 'BTC', '0.00989'],
      [at('2024-02-01T00:00:00'), 'USDT', '13.218213'],
      [at('2024-01-01T00:00:00'), 'USDT', '6.7988'],
    ]);
    // Wednesday Jan 31 and Thursday Feb 1 are in the week of Monday Jan 29: 6.7988+13.218213 = 20.017013
    expect(bucketRealized(events, 'week', 60)).toEqual([
      { start: at('2024-01-29T00:00:00'), quoteAsset: 'BTC', realized: '0.00989', fees: '0.00006', sells: 1 },
      { start: at('2024-01-29T00:00:00'), quoteAsset: 'USDT', realized: '20.017013', fees: '1.6255', sells: 4 },
    ]);
  });

  it('limit keeps the newest periods', () => {
    expect(bucketRealized(events, 'day', 1).map((bucket) => bucket.start)).toEqual([at('2024-02-01T00:00:00'), at('2024-02-01T00:00:00')]);
  });

  it('period starts', () => {
    expect(periodStart(at('2024-01-31T23:59:59.999'), 'day')).toBe(at('2024-01-31T00:00:00'));
    expect(periodStart(at('2024-02-04T23:00:00'), 'week')).toBe(at('2024-01-29T00:00:00')); // a Sunday
    expect(periodStart(at('2024-02-05T00:00:00'), 'week')).toBe(at('2024-02-05T00:00:00')); // a Monday
    expect(periodStart(at('1969-12-31T12:00:00'), 'week')).toBe(at('1969-12-29T00:00:00'));
    expect(periodStart(at('2024-12-31T23:59:59'), 'month')).toBe(at('2024-12-01T00:00:00'));
  });
});
