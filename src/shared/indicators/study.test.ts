import { describe, expect, it } from 'vitest';
import { type IndicatorConfig } from '../schemas/chart';
import { bollinger } from './bollinger';
import { ema } from './ema';
import { macd } from './macd';
import { leadingNaNs, randomPrices } from './prices.fixture';
import { rsi } from './rsi';
import { sma } from './sma';
import { computeStudy, studyTitle, warmUp } from './study';

const CONFIGS: readonly IndicatorConfig[] = [
  { kind: 'sma', period: 50 },
  { kind: 'ema', period: 21 },
  { kind: 'bollinger', period: 20, stdDev: 2 },
  { kind: 'rsi', period: 14 },
  { kind: 'macd', fast: 12, slow: 26, signal: 9 },
];

const close = randomPrices(8, 400, 100);

describe('studyTitle', () => {
  it('names each study with its parameters', () => {
    expect(CONFIGS.map(studyTitle)).toEqual(['SMA 50', 'EMA 21', 'BB 20 2', 'RSI 14', 'MACD 12 26 9']);
    expect(studyTitle({ kind: 'bollinger', period: 20, stdDev: 2.5 })).toBe('BB 20 2.5');
  });
});

describe('computeStudy', () => {
  it('draws moving averages and bands over the price', () => {
    const [smaConfig, emaConfig, bbConfig] = CONFIGS as [IndicatorConfig, IndicatorConfig, IndicatorConfig];
    const smaStudy = computeStudy(smaConfig, close);
    expect(smaStudy).toMatchObject({ pane: 'price', title: 'SMA 50', levels: [] });
    expect(smaStudy.lines.map((line) => [line.key, line.style])).toEqual([['sma', 'line']]);
    expect(smaStudy.lines[0]?.values).toEqual(sma(close, 50));

    expect(computeStudy(emaConfig, close).lines[0]?.values).toEqual(ema(close, 21));

    const bb = computeStudy(bbConfig, close);
    const bands = bollinger(close, 20, 2);
    expect(bb).toMatchObject({ pane: 'price', title: 'BB 20 2', levels: [] });
    expect(Object.fromEntries(bb.lines.map((line) => [line.key, line.values]))).toEqual({ upper: bands.upper, middle: bands.middle, lower: bands.lower });
    expect(bb.lines.every((line) => line.style === 'line')).toBe(true);
  });

  it('gives oscillators their own pane', () => {
    const rsiStudy = computeStudy({ kind: 'rsi', period: 14 }, close);
    expect(rsiStudy).toMatchObject({ pane: 'own', title: 'RSI 14', levels: [30, 70] });
    expect(rsiStudy.lines[0]?.values).toEqual(rsi(close, 14));

    const macdStudy = computeStudy({ kind: 'macd', fast: 12, slow: 26, signal: 9 }, close);
    const expected = macd(close, 12, 26, 9);
    expect(macdStudy).toMatchObject({ pane: 'own', title: 'MACD 12 26 9', levels: [] });
    expect(macdStudy.lines.map((line) => [line.key, line.style])).toEqual([
      ['macd', 'line'],
      ['signal', 'line'],
      ['histogram', 'histogram'],
    ]);
    expect(macdStudy.lines.map((line) => line.values)).toEqual([expected.macd, expected.signal, expected.histogram]);
  });

  it('aligns every line with the candles', () => {
    for (const config of CONFIGS) {
      for (const line of computeStudy(config, close).lines) expect(line.values).toHaveLength(close.length);
    }
  });
});

describe('warmUp', () => {
  it.each(CONFIGS.map((config) => [studyTitle(config), config] as const))('%s: counts the bars before every line is drawn', (_, config) => {
    const lines = computeStudy(config, close).lines;
    expect(Math.max(...lines.map((line) => leadingNaNs(line.values)))).toBe(warmUp(config));
  });

  it('gives the documented numbers', () => {
    expect(CONFIGS.map(warmUp)).toEqual([49, 20, 19, 14, 33]);
  });
});
