import { describe, expect, it } from 'vitest';
import { type Divergence, type DivergenceRow } from '../../../../shared/schemas/divergence';
import { bpsText, costTone, divergenceHeadline, replayRangeText, signedText } from './divergence-view';

const START = Date.UTC(2024, 2, 1);
const side = { entryBar: START, entryPrice: 100, exitBar: START + 60_000, exitPrice: 101, quantity: 1, fees: 0.2, pnl: 0.8, exitReason: 'signal' };
const row = (patch: Partial<DivergenceRow> = {}): DivergenceRow => ({ kind: 'matched', replay: side, actual: side, entryBarsLate: 0, exitBarsLate: 0, entrySlippageBps: 0, exitSlippageBps: 0, feeDiff: 0, pnlDiff: 0, notes: [], ...patch });

function divergence(rows: DivergenceRow[], patch: Partial<Divergence> = {}): Divergence {
  const count = (kind: DivergenceRow['kind']): number => rows.filter((candidate) => candidate.kind === kind).length;
  return {
    deploymentId: 1,
    mode: 'paper',
    session: { id: 1, deploymentId: 1, startedAt: 0, endedAt: null, initialBalance: '10000', finalBalance: null, tradeCount: 0, winCount: 0, winRate: null, stopReason: null, stopMessage: null, firstBarTime: START, lastBarTime: START + 359 * 60_000, paramsVersion: 1 },
    symbol: 'BTCUSDT',
    quoteAsset: 'USDT',
    fromBar: START,
    toBar: START + 359 * 60_000,
    bars: 360,
    warmupBars: 1000,
    paramsVersion: 1,
    replay: { trades: 2, pnl: 6.65, fees: 4.01 },
    actual: { trades: 2, pnl: 6.14, fees: 4.0 },
    matched: count('matched'),
    missed: count('missed'),
    extra: count('extra'),
    meanEntrySlippageBps: null,
    meanExitSlippageBps: null,
    notes: [],
    rows,
    ...patch,
  };
}

describe('how a divergence is worded', () => {
  it('signs differences and rounds what is nothing to 0', () => {
    expect(signedText(0.0026554, 4)).toBe('+0.0027');
    expect(signedText(-1234.5, 1)).toBe('\u22121,234.5');
    expect(signedText(0.00001, 4)).toBe('0');
    expect(signedText(null, 2)).toBe('—');
    expect(bpsText(-10.798)).toBe('\u221210.8 bps');
    expect(bpsText(null)).toBe('—');
  });

  it('tones a cost against the replay: worse is down, better is up, none is neutral', () => {
    expect(costTone(5, 1)).toBe('down');
    expect(costTone(-0.3, 1)).toBe('up');
    expect(costTone(0.0016, 1)).toBeNull();
    expect(costTone(0, 4)).toBeNull();
    expect(costTone(null, 2)).toBeNull();
  });

  it('says there is no divergence only when every row matches without a difference', () => {
    expect(divergenceHeadline(divergence([row(), row()]))).toBe('No divergence: all 2 trades match the replay, at its prices and fees');
    expect(divergenceHeadline(divergence([row(), row({ entrySlippageBps: -10.8 })]))).toBe('2 matched, 0 missed, 0 extra; P&L \u22120.51 against the replay');
    expect(divergenceHeadline(divergence([row({ kind: 'missed', actual: null })]))).toMatch(/^0 matched, 1 missed, 0 extra/);
    expect(divergenceHeadline(divergence([]))).toBe('Neither the deployment nor its replay traded in this session');
  });

  it('names the bars replayed, or why there are none', () => {
    expect(replayRangeText(divergence([]))).toBe('360 bars, 2024-03-01 00:00 → 05:59 UTC, after 1,000 warm-up bars, parameters v1');
    expect(replayRangeText(divergence([], { fromBar: null, toBar: null, bars: 0 }))).toMatch(/^Nothing to replay yet/);
  });
});
