import { describe, expect, it } from 'vitest';
import { assetsOf, limitsText, paramsText, positionText, sessionEndText, statusTone, winRateText } from './deployment-view';

describe('how a deployment is worded', () => {
  it('splits a symbol into its assets, the longest known quote first', () => {
    expect(assetsOf('BTCUSDT')).toEqual({ base: 'BTC', quote: 'USDT' });
    expect(assetsOf('ETHBTC')).toEqual({ base: 'ETH', quote: 'BTC' });
    expect(assetsOf('BTCFDUSD')).toEqual({ base: 'BTC', quote: 'FDUSD' });
    expect(assetsOf('XYZ')).toEqual({ base: 'XYZ', quote: '' });
  });

  it('draws a pause or stop with a reason of its own as a warning, a failure as an alarm, what you did quietly', () => {
    expect(statusTone({ status: 'running', statusReason: null })).toBe('running');
    expect(statusTone({ status: 'paused', statusReason: 'Max trades per day reached (1)' })).toBe('warn');
    expect(statusTone({ status: 'stopped', statusReason: 'Kill switch engaged' })).toBe('warn');
    expect(statusTone({ status: 'failed', statusReason: 'The strategy failed: boom' })).toBe('alarm');
    expect(statusTone({ status: 'paused', statusReason: 'Paused by you' })).toBe('quiet');
    expect(statusTone({ status: 'stopped', statusReason: 'Stopped by you' })).toBe('quiet');
    expect(statusTone({ status: 'stopped', statusReason: null })).toBe('quiet');
  });

  it('gives the win rate of the closed trades, the position with its entry, or flat', () => {
    expect(winRateText(2, 1)).toBe('66.7 %');
    expect(winRateText(0, 0)).toBe('—');
    expect(positionText({ positionQty: '0.01530000', entryPrice: '61234.5' }, 'BTCUSDT')).toBe('0.0153 BTC @ 61,234.50');
    expect(positionText({ positionQty: '0', entryPrice: null }, 'BTCUSDT')).toBe('flat');
  });

  it('lists the parameters without the amount per trade, and the limits set', () => {
    expect(paramsText({ period: 14, oversold: 30, amountPerTrade: 1000, stopLoss: null })).toBe('Period 14 · Oversold 30 · Stop loss off');
    expect(limitsText({ maxTradesPerDay: 1, maxAmountPerTrade: '500.00', cooldownMinutes: 15, maxDrawdownPct: 10 })).toBe('1 trade/day · 500 per trade · 15 min cooldown · 10 % drawdown');
    expect(limitsText({ maxTradesPerDay: null, maxAmountPerTrade: null, cooldownMinutes: null, maxDrawdownPct: null })).toBe('none');
  });

  it("says why a session ended, with the core's words when they add something", () => {
    expect(sessionEndText({ endedAt: null, stopReason: null, stopMessage: null })).toBe('running');
    expect(sessionEndText({ endedAt: 1, stopReason: 'user', stopMessage: null })).toBe('Stopped by you');
    expect(sessionEndText({ endedAt: 1, stopReason: 'kill-switch', stopMessage: 'Kill switch engaged' })).toBe('Kill switch: Kill switch engaged');
  });
});
