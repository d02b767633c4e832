import { describe, expect, it } from 'vitest';
import { type Decision } from '../../../../shared/schemas/deployments';
import { type DecisionMark } from './decision-markers';
import { decisionLabel, decisionTip, tipAnchor } from './decision-tooltip';
import { formatPrice } from './price-format';

const BAR = Date.UTC(2024, 2, 1, 0, 41);
const decision: Decision = {
  id: 12,
  deploymentId: 3,
  ts: BAR + 60_000,
  barTime: BAR,
  signal: 'buy',
  strength: null,
  reason: 'RSI 14 rose above 30',
  inputs: { rsi: 31.456, close: 61234.5, slow: null },
  orderClientId: null,
  noOrderReason: null,
  outcome: "Simulated market buy at the next bar's open for 1000 USDT",
};
const mark = (patch: Partial<Decision> = {}): DecisionMark => ({
  barTime: BAR,
  signal: patch.signal === 'sell' ? 'sell' : 'buy',
  deployment: { id: 3, strategyName: 'RSI reversal', paramsVersion: 2, mode: 'paper' },
  decision: { ...decision, ...patch },
  hasOrder: (patch.noOrderReason ?? null) === null,
});
const price = (value: number): string => formatPrice(value, 2);

describe('the decision tooltip', () => {
  it('names the deployment, the signal, the bar, the rule, the inputs and what came of it', () => {
    expect(decisionTip(mark(), '1m', price)).toEqual({
      key: '12',
      title: '#3 RSI reversal v2 · paper',
      signal: 'buy',
      signalText: 'Buy',
      strength: null,
      barText: '2024-03-01 00:41 UTC',
      rule: 'RSI 14 rose above 30',
      inputs: [
        { name: 'RSI', text: '31.46' },
        { name: 'Close', text: '61,234.50' },
        { name: 'slow', text: '—' },
      ],
      outcome: "Simulated market buy at the next bar's open for 1000 USDT",
      noOrderReason: null,
    });
  });

  it('gives the strength when the strategy said one, and why no order came', () => {
    const tip = decisionTip(mark({ signal: 'sell', strength: 0.756, noOrderReason: 'No open position to sell', outcome: 'Nothing to sell' }), '1h', price);
    expect(tip.signalText).toBe('Sell');
    expect(tip.strength).toBe('0.76');
    expect(tip.noOrderReason).toBe('No open position to sell');
    expect(tip.outcome).toBe('Nothing to sell');
    expect(tip.barText).toBe('2024-03-01 00:41 UTC');
  });

  it('says an order still on its way is pending', () => {
    expect(decisionTip(mark({ outcome: null }), '1m', price).outcome).toBe('Pending');
  });
});

describe('where the tooltip stands', () => {
  it('opens right of and below a point in the top-left quarter', () => {
    expect(tipAnchor(100, 50, 1000, 600)).toEqual({ left: 114, top: 36 });
  });

  it('opens left of and above a point in the bottom-right quarter, measured from those edges', () => {
    expect(tipAnchor(900, 500, 1000, 600)).toEqual({ right: 114, bottom: 86 });
  });

  it('never leaves the chart at the top or bottom edge', () => {
    expect(tipAnchor(10, 2, 1000, 600).top).toBe(0);
    expect(tipAnchor(10, 599, 1000, 600).bottom).toBe(0);
  });
});

describe('the decision read aloud', () => {
  it('says who decided what on which bar, and why no order came of it', () => {
    expect(decisionLabel(mark(), '1m')).toBe('#3 RSI reversal buy, 2024-03-01 00:41 UTC: RSI 14 rose above 30');
    expect(decisionLabel(mark({ noOrderReason: 'Max trades per day reached (1)' }), '1m')).toBe('#3 RSI reversal buy, 2024-03-01 00:41 UTC: RSI 14 rose above 30 (no order: Max trades per day reached (1))');
  });
});
