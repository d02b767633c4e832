import { ApiError, type Result } from './errors';

/** Turns a Result into its value, or throws an ApiError the caller's UI can show. */
export function unwrap<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  throw new ApiError(result.error);
}
