import { z } from 'zod';
import { LOG_LEVELS } from '../domain/enums';
import { EpochMs } from './common';

export const LogEntrySchema = z.object({
  id: z.number().int().positive(),
  ts: EpochMs,
  level: z.enum(LOG_LEVELS),
  module: z.string(),
  message: z.string(),
  context: z.record(z.string(), z.unknown()).nullable(),
});
export type LogEntry = z.infer<typeof LogEntrySchema>;

export const LOG_PAGE_MAX = 500;

/** Newest first. Page backwards by passing the previous page's `nextBefore` as `before`. */
export const LogListInputSchema = z
  .object({
    limit: z.number().int().min(1).max(LOG_PAGE_MAX).default(100),
    before: z.number().int().positive().optional(),
    levels: z.array(z.enum(LOG_LEVELS)).min(1).max(LOG_LEVELS.length).optional(),
    module: z.string().min(1).max(64).optional(),
  })
  .strict();
export type LogListInput = z.input<typeof LogListInputSchema>;

export const LogListOutputSchema = z.object({
  entries: z.array(LogEntrySchema),
  nextBefore: z.number().int().positive().nullable(),
  modules: z.array(z.string()),
});
export type LogListOutput = z.infer<typeof LogListOutputSchema>;
