import { z } from 'zod';
import { ApiErrorDataSchema, type Result } from './errors';

/**
 * Frames on the web shell's WebSocket. A client sends `call` frames; the server answers each
 * with a `result` frame carrying the same id, and pushes `event` frames at any time.
 */
export const MAX_FRAME_BYTES = 1024 * 1024;

export const CallIdSchema = z.union([z.number().int().safe(), z.string().min(1).max(64)]);
export type CallId = z.infer<typeof CallIdSchema>;

export const CallFrameSchema = z
  .object({
    t: z.literal('call'),
    id: CallIdSchema,
    method: z.string().max(128),
    input: z.unknown(),
  })
  .strict();
export type CallFrame = z.infer<typeof CallFrameSchema>;

export const ResultFrameSchema = z.object({
  t: z.literal('result'),
  /** null when the frame being answered was too broken to carry an id. */
  id: CallIdSchema.nullable(),
  result: z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), value: z.unknown() }),
    z.object({ ok: z.literal(false), error: ApiErrorDataSchema }),
  ]),
});

export interface ResultFrame {
  t: 'result';
  id: CallId | null;
  result: Result<unknown>;
}

export const EventFrameSchema = z.object({
  t: z.literal('event'),
  name: z.string(),
  payload: z.unknown(),
});
export interface EventFrame {
  t: 'event';
  name: string;
  payload: unknown;
}

export const ServerFrameSchema = z.discriminatedUnion('t', [ResultFrameSchema, EventFrameSchema]);
