import { z } from 'zod';

/** Methods that take no arguments still take an object, so they can grow options later. */
export const NoInput = z.object({}).strict();

/** Milliseconds since the Unix epoch, UTC. */
export const EpochMs = z.number().int().nonnegative();
