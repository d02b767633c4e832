import { describe, expect, it } from 'vitest';
import { computeStudy, warmUp } from '../../../../shared/indicators';
import { type IndicatorConfig } from '../../../../shared/schemas/chart';
import { studyPoint, studyPoints, tailLength } from './study-data';

/** A deterministic random walk, so the test reads the same every run. */
function walk(length: number): Float64Array {
  const values = new Float64Array(length);
  let seed = 7;
  let price = 42_000;
  for (let i = 0; i < length; i++) {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    price *= 1 + (seed / 2_147_483_648 - 0.5) * 0.01;
    values[i] = price;
  }
  return values;
}

const CONFIGS: IndicatorConfig[] = [
  { kind: 'sma', period: 50 },
  { kind: 'ema', period: 21 },
  { kind: 'ema', period: 200 },
  { kind: 'bollinger', period: 20, stdDev: 2 },
  { kind: 'rsi', period: 14 },
  { kind: 'macd', fast: 12, slow: 26, signal: 9 },
];

describe('tail recompute', () => {
  it.each(CONFIGS)('gives the newest values of a full recompute for %o', (config) => {
    const close = walk(6000);
    const full = computeStudy(config, close);
    const tail = tailLength(warmUp(config), close.length);
    expect(tail).toBeLessThan(close.length);
    const partial = computeStudy(config, close.subarray(close.length - tail));
    full.lines.forEach((line, index) => {
      const values = partial.lines[index]?.values ?? new Float64Array(0);
      for (let back = 1; back <= 2; back++) {
        const expected = line.values[line.values.length - back] ?? NaN;
        const actual = values[values.length - back] ?? NaN;
        expect(Math.abs(actual - expected)).toBeLessThanOrEqual(Math.abs(expected) * 1e-9 + 1e-9);
      }
    });
  });

  it('never asks for more bars than are loaded', () => {
    expect(tailLength(20, 100)).toBe(100);
    expect(tailLength(0, 10_000)).toBe(256);
    expect(tailLength(33, 10_000)).toBe(680);
  });
});

describe('study points', () => {
  it('turns NaN into whitespace and times into chart seconds', () => {
    const points = studyPoints(new Float64Array([60_000, 120_000]), new Float64Array([NaN, 5]), undefined);
    expect(points).toEqual([{ time: 60 }, { time: 120, value: 5 }]);
  });

  it('colours histogram points by value', () => {
    expect(studyPoint(0, -1, (value) => (value < 0 ? 'red' : 'green'))).toEqual({ time: 0, value: -1, color: 'red' });
  });
});
