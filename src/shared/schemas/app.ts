import { z } from 'zod';
import { SHELLS } from '../domain/enums';
import { BackupInfoSchema } from './backup';
import { EpochMs } from './common';

export const APP_STATES = ['starting', 'ready', 'degraded', 'stopping'] as const;
export type AppState = (typeof APP_STATES)[number];

export const AppStatusSchema = z.object({
  state: z.enum(APP_STATES),
  /** When the process started serving. */
  startedAt: EpochMs,
  /** When this status was produced; a renderer that stops receiving these knows the link is stale. */
  at: EpochMs,
  message: z.string().nullable(),
});
export type AppStatus = z.infer<typeof AppStatusSchema>;

export const AppInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  shell: z.enum(SHELLS),
  dataDir: z.string(),
  databaseFile: z.string(),
  schemaVersion: z.number().int().nonnegative(),
  schemaTag: z.string().nullable(),
  platform: z.string(),
  runtime: z.object({
    node: z.string(),
    electron: z.string().nullable(),
  }),
  status: AppStatusSchema,
  /** Set while the database cannot be opened: what is wrong, and the way back. */
  recovery: z
    .object({
      problem: z.string(),
      latestBackup: BackupInfoSchema.nullable(),
    })
    .nullable(),
});
export type AppInfo = z.infer<typeof AppInfoSchema>;
