import { z } from 'zod';
import { ChartLayoutsSchema, DEFAULT_CHART_LAYOUTS } from './chart';

export const THEMES = ['dark', 'light'] as const;
export type Theme = (typeof THEMES)[number];

/**
 * Every user setting, with its default. Each key is stored as its own row, so adding a key
 * later needs no migration and an old file simply falls back to the default.
 */
const DecisionRetentionDays = z.number().int().min(1).max(3650);
const BackupEveryHours = z.number().int().min(1).max(24 * 7);

export const SettingsSchema = z.object({
  theme: z.enum(THEMES).default('dark'),
  confirmBeforeOrder: z.boolean().default(true),
  /** Strategy decisions older than this are purged; orders, fills and trades never are. */
  decisionRetentionDays: DecisionRetentionDays.default(90),
  /** How often the running app takes a scheduled backup of the database. */
  backupEveryHours: BackupEveryHours.default(24),
  /** Named chart layouts, each remembering its account, symbol, timeframe and indicators. */
  chartLayouts: ChartLayoutsSchema.default(DEFAULT_CHART_LAYOUTS),
});
export type Settings = z.infer<typeof SettingsSchema>;
export type SettingKey = keyof Settings;

export const SETTING_KEYS = Object.keys(SettingsSchema.shape) as SettingKey[];

/** A change to one or more settings; unknown keys are refused rather than ignored. */
export const SettingsPatchSchema = z
  .object({
    theme: z.enum(THEMES),
    confirmBeforeOrder: z.boolean(),
    decisionRetentionDays: DecisionRetentionDays,
    backupEveryHours: BackupEveryHours,
    chartLayouts: ChartLayoutsSchema,
  })
  .partial()
  .strict()
  .refine((patch) => Object.keys(patch).length > 0, { message: 'Give at least one setting to change' });
export type SettingsPatch = z.infer<typeof SettingsPatchSchema>;

export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});
