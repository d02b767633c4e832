import { type ErrorCode } from '../../shared/rpc/errors';

/**
 * Thrown by services for failures the caller should see as they are (not found, conflict,
 * unavailable). Anything else a handler throws is reported as INTERNAL, without its message.
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;

  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }
}
