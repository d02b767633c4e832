import { describe, expect, it } from 'vitest';
import { type BacktestSummary } from '../../../shared/schemas/backtests';
import { withProgress, withProgressEvent, withRun } from './backtest-cache';

const summary = (id: number, status: BacktestSummary['status']): BacktestSummary => ({
  id,
  strategy: 'ma-crossover',
  strategyVersion: 1,
  params: {},
  parameterHash: 'h',
  venue: 'binance',
  symbol: 'BTCUSDT',
  interval: '1h',
  rangeStart: 0,
  rangeEnd: 1,
  initialCapital: 10_000,
  makerFee: 0.001,
  takerFee: 0.001,
  slippageBps: 0,
  status,
  error: null,
  metrics: null,
  fingerprint: null,
  createdAt: id,
});

describe('the cached list of runs', () => {
  it('puts a started run first and replaces a run it already holds', () => {
    const list = { runs: [summary(2, 'completed'), summary(1, 'completed')] };
    expect(withRun(list, summary(3, 'running')).runs.map((run) => run.id)).toEqual([3, 2, 1]);
    expect(withRun(list, summary(1, 'canceled')).runs.map((run) => [run.id, run.status])).toEqual([
      [2, 'completed'],
      [1, 'canceled'],
    ]);
  });

  it('moves a run’s status on progress, and is the same object when nothing changes', () => {
    const list = { runs: [summary(2, 'running'), summary(1, 'completed')] };
    expect(withProgress(list, { id: 2, status: 'completed', done: 1 }).runs[0]?.status).toBe('completed');
    expect(withProgress(list, { id: 2, status: 'running', done: 0.4 })).toBe(list);
    expect(withProgress(list, { id: 9, status: 'completed', done: 1 })).toBe(list);
  });
});

describe('progress by run', () => {
  it('keeps the latest, and never lets a late running event undo a stop', () => {
    const running = withProgressEvent({}, { id: 1, status: 'running', done: 0.5 });
    const done = withProgressEvent(running, { id: 1, status: 'completed', done: 1 });
    expect(done[1]).toEqual({ id: 1, status: 'completed', done: 1 });
    expect(withProgressEvent(done, { id: 1, status: 'running', done: 0.9 })).toBe(done);
  });
});
