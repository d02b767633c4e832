import { z } from 'zod';

/**
 * Errors cross every process boundary as data. `code` is what callers branch on; `message`
 * is for people; `details` carries structured context (for BAD_INPUT: the zod issues).
 */
export const ERROR_CODES = [
  'BAD_INPUT',
  'UNKNOWN_METHOD',
  'NOT_FOUND',
  'CONFLICT',
  /** Wrong credentials (a wrong passphrase), or no valid session. */
  'UNAUTHORIZED',
  'FORBIDDEN',
  /** The vault is locked: unlock it (passphrase or keychain) and try again. */
  'LOCKED',
  /** Too many attempts; `details.retryAfterMs` says when to try again. */
  'RATE_LIMITED',
  /** The risk gate refused an order; `details` is a RiskRefusal naming the limit and the excess. */
  'RISK_LIMIT',
  /** The exchange (or another outside service) refused or could not be reached. */
  'EXCHANGE',
  'UNAVAILABLE',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const ApiErrorDataSchema = z.object({
  code: z.enum(ERROR_CODES),
  message: z.string(),
  details: z.unknown().optional(),
});
export type ApiErrorData = z.infer<typeof ApiErrorDataSchema>;

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiErrorData };

/** What a caller throws locally after receiving `{ ok: false }`, so query libraries see a rejection. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;

  constructor(data: ApiErrorData) {
    super(data.message);
    this.name = 'ApiError';
    this.code = data.code;
    this.details = data.details;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}
