import { z } from 'zod';
import { IntervalSchema, SymbolSchema, VenueSchema } from './candles';

const Period = z.number().int().min(1).max(500);

/** An indicator on the chart, with the parameters the strategies take for the same study. */
export const IndicatorConfigSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('sma'), period: Period }),
  z.object({ kind: z.literal('ema'), period: Period }),
  z.object({ kind: z.literal('bollinger'), period: Period, stdDev: z.number().min(0.1).max(10) }),
  z.object({ kind: z.literal('rsi'), period: Period }),
  z.object({ kind: z.literal('macd'), fast: Period, slow: Period, signal: Period }),
]);
export type IndicatorConfig = z.infer<typeof IndicatorConfigSchema>;
export type IndicatorKind = IndicatorConfig['kind'];

/** What one chart layout remembers: whose market, which symbol and timeframe, which studies. */
export const ChartLayoutSchema = z.object({
  /** The account whose live feed, fills and orders the chart shows; null: stored data only. */
  accountId: z.number().int().positive().nullable(),
  venue: VenueSchema,
  symbol: SymbolSchema,
  interval: IntervalSchema,
  indicators: z.array(IndicatorConfigSchema).max(12),
});
export type ChartLayout = z.infer<typeof ChartLayoutSchema>;

const LayoutName = z.string().trim().min(1).max(40);

export const ChartLayoutsSchema = z
  .object({ active: LayoutName, layouts: z.record(LayoutName, ChartLayoutSchema) })
  .refine((value) => value.active in value.layouts, { message: 'The active layout must be one of the layouts', path: ['active'] })
  .refine((value) => Object.keys(value.layouts).length <= 20, { message: 'At most 20 layouts', path: ['layouts'] });
export type ChartLayouts = z.infer<typeof ChartLayoutsSchema>;

export const DEFAULT_CHART_LAYOUT: ChartLayout = {
  accountId: null,
  venue: 'binance',
  symbol: 'BTCUSDT',
  interval: '1h',
  indicators: [
    { kind: 'ema', period: 21 },
    { kind: 'bollinger', period: 20, stdDev: 2 },
    { kind: 'rsi', period: 14 },
  ],
};

export const DEFAULT_CHART_LAYOUTS: ChartLayouts = { active: 'Main', layouts: { Main: DEFAULT_CHART_LAYOUT } };
