import { describe, expect, it } from 'vitest';
import { type Decision, type Deployment } from '../../../shared/schemas/deployments';
import { decisionPage, withDeployment } from './deployment-cache';

const deployment = (id: number, status: Deployment['status']): Deployment => ({
  id,
  accountId: 1,
  strategyType: 'rsi-reversal',
  strategyName: 'RSI reversal',
  params: {},
  paramsVersion: 1,
  symbol: 'BTCUSDT',
  timeframe: '1m',
  amountPerTrade: '1000',
  mode: 'paper',
  paperCapital: '10000',
  status,
  statusReason: null,
  limits: { maxTradesPerDay: null, maxAmountPerTrade: null, cooldownMinutes: null, maxDrawdownPct: null },
  state: {
    positionQty: '0',
    entryPrice: null,
    cash: null,
    equity: null,
    tradesToday: 0,
    tradesTotal: 0,
    wins: 0,
    losses: 0,
    realizedPnl: '0',
    unrealizedPnl: '0',
    drawdownPct: 0,
    maxDrawdownPct: 0,
    lastSignal: null,
    lastSignalAt: null,
    lastRunAt: null,
    lastBarTime: null,
    lastError: null,
  },
  sessionId: null,
  createdAt: id,
  updatedAt: id,
});

const decision = (id: number, barTime: number): Decision => ({
  id,
  deploymentId: 1,
  ts: barTime + 60_000,
  barTime,
  signal: 'buy',
  strength: null,
  reason: 'RSI 14 rose above 30',
  inputs: { rsi: 31 },
  orderClientId: null,
  noOrderReason: null,
  outcome: 'Simulated market buy',
});

describe('the cached list of deployments', () => {
  it('puts a new deployment first and replaces one it already holds', () => {
    const list = { deployments: [deployment(2, 'running'), deployment(1, 'stopped')] };
    expect(withDeployment(list, deployment(3, 'running')).deployments.map((known) => known.id)).toEqual([3, 2, 1]);
    const paused = withDeployment(list, deployment(1, 'paused'));
    expect(paused.deployments.map((known) => `${known.id}:${known.status}`)).toEqual(['2:running', '1:paused']);
  });
});

describe('a page of the decision journal', () => {
  it('reads newest first and ends the next page at the bar before its oldest', () => {
    const page = decisionPage([decision(1, 60_000), decision(2, 120_000)], 2);
    expect(page.decisions.map((known) => known.id)).toEqual([2, 1]);
    expect(page.olderTo).toBe(59_999);
  });

  it('is the last page when the core had fewer than asked for', () => {
    expect(decisionPage([decision(1, 60_000)], 2).olderTo).toBeNull();
    expect(decisionPage([], 2)).toEqual({ decisions: [], olderTo: null });
  });
});
