import { describe, expect, it } from 'vitest';
import { type Decision } from '../../../../shared/schemas/deployments';
import { decisionMarkerSpecs, decisionMarks, decisionsAt, isSameDecisionSets, mergedMarkers, type DecidingDeployment } from './decision-markers';
import { type FillMarkerSpec } from './fill-markers';

const MINUTE = 60_000;
const RSI: DecidingDeployment = { id: 3, strategyName: 'RSI reversal', paramsVersion: 1, mode: 'paper' };
const MA: DecidingDeployment = { id: 7, strategyName: 'MA crossover', paramsVersion: 2, mode: 'paper' };

let nextId = 0;
const decision = (signal: Decision['signal'], barTime: number | null, noOrderReason: string | null = null): Decision => ({
  id: ++nextId,
  deploymentId: 3,
  ts: (barTime ?? 0) + MINUTE,
  barTime,
  signal,
  strength: null,
  reason: signal === 'buy' ? 'RSI 14 rose above 30' : 'RSI 14 fell below 70',
  inputs: { rsi: 31.5, close: 61_000 },
  orderClientId: null,
  noOrderReason,
  outcome: noOrderReason === null ? 'Simulated market buy' : `No order: ${noOrderReason}`,
});
const everyBar = (time: number): number | null => time;

describe('decisionMarks', () => {
  it('draws buys and sells, never holds, oldest bar first and by deployment within a bar', () => {
    const marks = decisionMarks(
      [
        { deployment: MA, decisions: [decision('buy', 2 * MINUTE)] },
        { deployment: RSI, decisions: [decision('hold', MINUTE), decision('sell', 2 * MINUTE), decision('buy', 0)] },
      ],
      everyBar,
    );
    expect(marks.map((mark) => `${mark.barTime / MINUTE}:${mark.deployment.id}:${mark.signal}`)).toEqual(['0:3:buy', '2:3:sell', '2:7:buy']);
  });

  it('snaps each decision to a loaded bar and drops the ones outside what is loaded or without a bar', () => {
    const snap = (time: number): number | null => (time > 5 * MINUTE ? null : time - (time % (2 * MINUTE)));
    const marks = decisionMarks([{ deployment: RSI, decisions: [decision('buy', 3 * MINUTE), decision('sell', 9 * MINUTE), decision('sell', null)] }], snap);
    expect(marks).toHaveLength(1);
    expect(marks[0]).toMatchObject({ barTime: 2 * MINUTE, signal: 'buy', hasOrder: true });
  });

  it('marks a decision that led to no order', () => {
    const [mark] = decisionMarks([{ deployment: RSI, decisions: [decision('buy', 0, 'Max trades per day reached (1)')] }], everyBar);
    expect(mark?.hasOrder).toBe(false);
  });
});

describe('decisionsAt', () => {
  it('finds the decisions drawn on the bar under the crosshair, and none off the bars', () => {
    const marks = decisionMarks([{ deployment: RSI, decisions: [decision('buy', 0), decision('sell', MINUTE)] }, { deployment: MA, decisions: [decision('sell', MINUTE)] }], everyBar);
    expect(decisionsAt(marks, MINUTE).map((mark) => mark.deployment.id)).toEqual([3, 7]);
    expect(decisionsAt(marks, 2 * MINUTE)).toEqual([]);
    expect(decisionsAt(marks, null)).toEqual([]);
  });
});

describe('decision markers', () => {
  it('draws dots, buys below and sells above, naming the deployment and saying when no order came of it', () => {
    const marks = decisionMarks([{ deployment: RSI, decisions: [decision('buy', 0), decision('sell', MINUTE, 'No open position to sell')] }], everyBar);
    const [buy, sell] = decisionMarkerSpecs(marks);
    expect(buy).toMatchObject({ barTime: 0, position: 'belowBar', shape: 'circle', text: '#3 buy', hasOrder: true });
    expect(sell).toMatchObject({ barTime: MINUTE, position: 'aboveBar', shape: 'circle', text: '#3 sell · no order', hasOrder: false });
    expect(buy?.id).not.toBe(sell?.id);
  });

  it('joins fills and decisions in time order, fills first within a bar', () => {
    const fill = (barTime: number): FillMarkerSpec => ({ barTime, side: 'BUY', position: 'belowBar', shape: 'arrowUp', text: 'B 0.01 @ 1' });
    const decisions = decisionMarkerSpecs(decisionMarks([{ deployment: RSI, decisions: [decision('buy', 0), decision('sell', 2 * MINUTE)] }], everyBar));
    const merged = mergedMarkers([fill(MINUTE), fill(2 * MINUTE)], decisions);
    expect(merged.map((marker) => `${marker.spec.barTime / MINUTE}:${marker.kind}`)).toEqual(['0:decision', '1:fill', '2:fill', '2:decision']);
  });
});

describe('isSameDecisionSets', () => {
  it('redraws only for other deployments, another name or version, or a new list of decisions', () => {
    const decisions = [decision('buy', 0)];
    const sets = [{ deployment: RSI, decisions }];
    expect(isSameDecisionSets(sets, [{ deployment: { ...RSI }, decisions }])).toBe(true);
    expect(isSameDecisionSets(sets, [{ deployment: RSI, decisions: [...decisions] }])).toBe(false);
    expect(isSameDecisionSets(sets, [{ deployment: { ...RSI, paramsVersion: 2 }, decisions }])).toBe(false);
    expect(isSameDecisionSets(sets, [...sets, { deployment: MA, decisions }])).toBe(false);
    expect(isSameDecisionSets(sets, [])).toBe(false);
  });
});
