import { z } from 'zod';
import { WEB_SESSION_END_REASONS } from '../domain/enums';
import { EpochMs } from './common';

/** A browser signed in to the web shell. The session token itself never leaves its cookie. */
export const WebSessionSchema = z.object({
  id: z.string(),
  createdAt: EpochMs,
  expiresAt: EpochMs,
  lastSeenAt: EpochMs,
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  endedAt: EpochMs.nullable(),
  endReason: z.enum(WEB_SESSION_END_REASONS).nullable(),
  /** The session making this request. */
  isCurrent: z.boolean(),
});
export type WebSession = z.infer<typeof WebSessionSchema>;

export const SessionListOutputSchema = z.object({ sessions: z.array(WebSessionSchema) });

export const SessionRevokeInputSchema = z.object({ id: z.string().min(1).max(64) }).strict();

/** Whether this caller must sign in (web shell) and whether it has. */
export const AuthStateSchema = z.object({
  requiresSignIn: z.boolean(),
  isSignedIn: z.boolean(),
  session: WebSessionSchema.nullable(),
});
export type AuthState = z.infer<typeof AuthStateSchema>;
