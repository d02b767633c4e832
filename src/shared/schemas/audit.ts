import { z } from 'zod';
import { AUDIT_ACTORS } from '../domain/enums';
import { EpochMs } from './common';

export const AuditEntrySchema = z.object({
  id: z.number().int().positive(),
  ts: EpochMs,
  actor: z.enum(AUDIT_ACTORS),
  action: z.string(),
  target: z.string().nullable(),
  details: z.record(z.string(), z.unknown()).nullable(),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

/** Newest first; page back with `before`. */
export const AuditListInputSchema = z
  .object({
    limit: z.number().int().min(1).max(500).default(100),
    before: z.number().int().positive().optional(),
  })
  .strict();

export const AuditListOutputSchema = z.object({
  entries: z.array(AuditEntrySchema),
  nextBefore: z.number().int().positive().nullable(),
});
