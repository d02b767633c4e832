import { z } from 'zod';
import { NOTIFICATION_KINDS, NOTIFICATION_LEVELS } from '../domain/enums';
import { EpochMs } from './common';

export const NotificationSchema = z.object({
  id: z.number().int(),
  ts: EpochMs,
  kind: z.enum(NOTIFICATION_KINDS),
  level: z.enum(NOTIFICATION_LEVELS),
  title: z.string(),
  body: z.string(),
  accountId: z.number().int().nullable(),
  deploymentId: z.number().int().nullable(),
  isRead: z.boolean(),
});
export type Notification = z.infer<typeof NotificationSchema>;

export const NotificationListInputSchema = z
  .object({
    /** Newest first; page back with the previous page's `nextBefore` (an id). */
    before: z.number().int().positive().optional(),
    limit: z.number().int().min(1).max(200).default(50),
    unreadOnly: z.boolean().default(false),
  })
  .strict();

export const NotificationListOutputSchema = z.object({
  notifications: z.array(NotificationSchema),
  unread: z.number().int(),
  nextBefore: z.number().int().nullable(),
});

/** Marks these as read, or every one when `ids` is left out. */
export const NotificationReadInputSchema = z.object({ ids: z.array(z.number().int().positive()).max(500).optional() }).strict();
