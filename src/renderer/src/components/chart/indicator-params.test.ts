import { describe, expect, it } from 'vitest';
import { IndicatorConfigSchema } from '../../../../shared/schemas/chart';
import { defaultIndicator, INDICATOR_KINDS, paramFields, withParam } from './indicator-params';

describe('indicator parameters', () => {
  it('starts every kind with settings the layout accepts', () => {
    for (const kind of INDICATOR_KINDS) expect(IndicatorConfigSchema.safeParse(defaultIndicator(kind)).success).toBe(true);
  });

  it('lists the editable numbers of each study', () => {
    expect(paramFields({ kind: 'bollinger', period: 20, stdDev: 2 }).map((field) => field.key)).toEqual(['period', 'stdDev']);
    expect(paramFields({ kind: 'macd', fast: 12, slow: 26, signal: 9 }).map((field) => field.value)).toEqual([12, 26, 9]);
  });

  it('changes a parameter within its limits', () => {
    expect(withParam({ kind: 'ema', period: 21 }, 'period', 50)).toEqual({ ok: true, config: { kind: 'ema', period: 50 } });
    expect(withParam({ kind: 'ema', period: 21 }, 'period', 0)).toMatchObject({ ok: false });
    expect(withParam({ kind: 'ema', period: 21 }, 'period', 2.5)).toEqual({ ok: false, reason: 'Period must be a whole number' });
    expect(withParam({ kind: 'bollinger', period: 20, stdDev: 2 }, 'stdDev', 2.5)).toMatchObject({ ok: true });
    expect(withParam({ kind: 'macd', fast: 12, slow: 26, signal: 9 }, 'fast', 30)).toEqual({ ok: false, reason: 'Fast must be shorter than slow' });
    expect(withParam({ kind: 'rsi', period: 14 }, 'stdDev', 2)).toMatchObject({ ok: false });
    expect(withParam({ kind: 'rsi', period: 14 }, 'period', NaN)).toMatchObject({ ok: false });
  });
});
