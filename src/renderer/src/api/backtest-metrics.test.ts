import { describe, expect, it } from 'vitest';
import { type BacktestSummary } from '../../../shared/schemas/backtests';
import { compareModel, formatDuration, formatMetric, metricRows } from './backtest-metrics';

function run(id: number, params: Record<string, unknown>, metrics: Record<string, number | null> | null): BacktestSummary {
  return {
    id,
    strategy: 'ma-crossover',
    strategyVersion: 1,
    params,
    parameterHash: `h${id}`,
    venue: 'binance',
    symbol: 'BTCUSDT',
    interval: '1h',
    rangeStart: Date.UTC(2023, 0, 1),
    rangeEnd: Date.UTC(2023, 11, 31),
    initialCapital: 10_000,
    makerFee: 0.001,
    takerFee: 0.001,
    slippageBps: 0,
    status: metrics === null ? 'failed' : 'completed',
    error: null,
    metrics,
    fingerprint: null,
    createdAt: Date.UTC(2024, 0, 1),
  };
}

describe('metric formatting', () => {
  it('reads fractions as percentages, money with two decimals, counts whole, spans in units', () => {
    expect(formatMetric('pct', 0.1234)).toBe('12.34 %');
    expect(formatMetric('pct', -0.05)).toBe('-5.00 %');
    expect(formatMetric('money', 12345.678)).toBe('12,345.68');
    expect(formatMetric('count', 42)).toBe('42');
    expect(formatMetric('ratio', 1.23456)).toBe('1.23');
    expect(formatMetric('duration', 3 * 86_400_000 + 4 * 3_600_000)).toBe('3 d 4 h');
  });

  it('shows a missing or infinite value as a dash', () => {
    expect(formatMetric('ratio', null)).toBe('—');
    expect(formatMetric('ratio', undefined)).toBe('—');
    expect(formatMetric('ratio', Number.POSITIVE_INFINITY)).toBe('—');
  });

  it('spells durations in their two largest units', () => {
    expect(formatDuration(30_000)).toBe('30 s');
    expect(formatDuration(45 * 60_000)).toBe('45 min');
    expect(formatDuration(5 * 3_600_000 + 12 * 60_000)).toBe('5 h 12 min');
    expect(formatDuration(2 * 86_400_000)).toBe('2 d');
  });

  it('tones profit by its sign and leaves the rest neutral', () => {
    const rows = metricRows({ netProfit: -12, netProfitPct: 0.02, maxDrawdown: 0.3, tradeCount: 7 });
    expect(rows.find((row) => row.key === 'netProfit')).toMatchObject({ text: '-12.00', tone: 'down' });
    expect(rows.find((row) => row.key === 'netProfitPct')).toMatchObject({ text: '2.00 %', tone: 'up' });
    expect(rows.find((row) => row.key === 'maxDrawdown')).toMatchObject({ text: '30.00 %', tone: null });
    expect(rows.find((row) => row.key === 'sharpe')).toMatchObject({ text: '—' });
  });
});

describe('runs side by side', () => {
  const model = compareModel([
    run(1, { short: 20, long: 50, stopLoss: null }, { netProfit: 100, maxDrawdown: 0.2, tradeCount: 10, buyAndHoldPct: 1.5 }),
    run(2, { short: 10, long: 50, trailingStop: 0.05 }, { netProfit: 300, maxDrawdown: 0.1, tradeCount: 20, buyAndHoldPct: 1.5 }),
    run(3, { short: 10, long: 50 }, null),
  ]);
  const row = (key: string) => model.rows.find((candidate) => candidate.key === key);

  it('has a column per run', () => {
    expect(model.columns).toEqual([
      { id: 1, title: '#1 ma-crossover' },
      { id: 2, title: '#2 ma-crossover' },
      { id: 3, title: '#3 ma-crossover' },
    ]);
  });

  it('lists the union of the parameters, off for null and a dash for a key a run lacks', () => {
    expect(row('param:short')?.cells.map((cell) => cell.text)).toEqual(['20', '10', '10']);
    expect(row('param:short')?.isDifferent).toBe(true);
    expect(row('param:long')?.isDifferent).toBe(false);
    expect(row('param:stopLoss')?.cells.map((cell) => cell.text)).toEqual(['off', '—', '—']);
    expect(row('param:trailingStop')?.cells.map((cell) => cell.text)).toEqual(['—', '0.05', '—']);
  });

  it('marks the best value by the metric’s direction, none for a neutral metric or a tie', () => {
    expect(row('metric:netProfit')?.cells.map((cell) => cell.isBest)).toEqual([false, true, false]);
    expect(row('metric:maxDrawdown')?.cells.map((cell) => cell.isBest)).toEqual([false, true, false]);
    expect(row('metric:tradeCount')?.cells.some((cell) => cell.isBest)).toBe(false);
    expect(row('metric:buyAndHoldPct')?.cells.some((cell) => cell.isBest)).toBe(false);
    expect(row('metric:netProfit')?.cells[2]?.text).toBe('—');
  });
});
