import { IndicatorConfigSchema, type IndicatorConfig, type IndicatorKind } from '../../../../shared/schemas/chart';

export const INDICATOR_KINDS: readonly IndicatorKind[] = ['sma', 'ema', 'bollinger', 'rsi', 'macd'];

/** The most studies one layout keeps (the layout schema's own limit). */
export const MAX_INDICATORS = 12;

export const INDICATOR_NAMES: Record<IndicatorKind, string> = {
  sma: 'SMA — simple moving average',
  ema: 'EMA — exponential moving average',
  bollinger: 'Bollinger bands',
  rsi: 'RSI — relative strength',
  macd: 'MACD',
};

export const INDICATOR_SHORT_NAMES: Record<IndicatorKind, string> = {
  sma: 'SMA',
  ema: 'EMA',
  bollinger: 'BB',
  rsi: 'RSI',
  macd: 'MACD',
};

/** The usual starting parameters of each study. */
export function defaultIndicator(kind: IndicatorKind): IndicatorConfig {
  switch (kind) {
    case 'sma':
      return { kind, period: 20 };
    case 'ema':
      return { kind, period: 21 };
    case 'bollinger':
      return { kind, period: 20, stdDev: 2 };
    case 'rsi':
      return { kind, period: 14 };
    case 'macd':
      return { kind, fast: 12, slow: 26, signal: 9 };
  }
}

/** One editable number of a study. */
export interface ParamField {
  readonly key: string;
  readonly label: string;
  readonly value: number;
  readonly min: number;
  readonly max: number;
  readonly step: number;
}

const period = (value: number, label = 'Period', key = 'period'): ParamField => ({ key, label, value, min: 1, max: 500, step: 1 });

export function paramFields(config: IndicatorConfig): ParamField[] {
  switch (config.kind) {
    case 'sma':
    case 'ema':
    case 'rsi':
      return [period(config.period)];
    case 'bollinger':
      return [period(config.period), { key: 'stdDev', label: 'Std dev', value: config.stdDev, min: 0.1, max: 10, step: 0.1 }];
    case 'macd':
      return [period(config.fast, 'Fast', 'fast'), period(config.slow, 'Slow', 'slow'), period(config.signal, 'Signal', 'signal')];
  }
}

export type ParamEdit = { ok: true; config: IndicatorConfig } | { ok: false; reason: string };

/** The study with one parameter changed, if the result is a study the layout may store. */
export function withParam(config: IndicatorConfig, key: string, value: number): ParamEdit {
  const field = paramFields(config).find((candidate) => candidate.key === key);
  if (field === undefined) return { ok: false, reason: `${INDICATOR_SHORT_NAMES[config.kind]} has no parameter ${key}` };
  if (!Number.isFinite(value)) return { ok: false, reason: `${field.label} must be a number` };
  if (value < field.min || value > field.max) return { ok: false, reason: `${field.label} must be between ${field.min} and ${field.max}` };
  if (field.step === 1 && !Number.isInteger(value)) return { ok: false, reason: `${field.label} must be a whole number` };
  const parsed = IndicatorConfigSchema.safeParse({ ...config, [key]: value });
  if (!parsed.success) return { ok: false, reason: parsed.error.issues[0]?.message ?? 'Not a valid setting' };
  if (parsed.data.kind === 'macd' && parsed.data.fast >= parsed.data.slow) return { ok: false, reason: 'Fast must be shorter than slow' };
  return { ok: true, config: parsed.data };
}
