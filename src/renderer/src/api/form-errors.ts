import { isApiError } from '../../../shared/rpc/errors';

/** A refused form: a message per field it could be tied to, and what is left for the form. */
export interface FormErrors<F extends string> {
  readonly fields: Partial<Record<F, string>>;
  /** null when every problem was placed on a field. */
  readonly form: string | null;
}

export const NO_FORM_ERRORS: FormErrors<never> = { fields: {}, form: null };

/**
 * Places a failed call's problems on the form. BAD_INPUT carries zod issues whose `path`
 * names the input field; an issue on a field this form does not show (or on no field) goes to
 * the form-level message, so nothing the core said is lost. Any other error is form-level.
 */
export function formErrorsOf<F extends string>(error: unknown, fields: readonly F[]): FormErrors<F> {
  if (error === null || error === undefined) return NO_FORM_ERRORS;
  if (!isApiError(error)) return { fields: {}, form: describeApiError(error) };
  if (error.code !== 'BAD_INPUT') return { fields: {}, form: describeApiError(error) };
  const placed: Partial<Record<F, string>> = {};
  const loose: string[] = [];
  for (const issue of issuesOf(error.details)) {
    const field = fields.find((candidate) => candidate === issue.path[0]);
    if (field === undefined) loose.push(issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message);
    else placed[field] ??= issue.message;
  }
  const hasPlaced = Object.keys(placed).length > 0;
  const form = loose.length > 0 ? loose.join('; ') : hasPlaced ? null : error.message;
  return { fields: placed, form };
}

interface Issue {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

function issuesOf(details: unknown): Issue[] {
  if (typeof details !== 'object' || details === null || !('issues' in details) || !Array.isArray(details.issues)) return [];
  return details.issues.flatMap((raw: unknown): Issue[] => {
    if (typeof raw !== 'object' || raw === null) return [];
    const message = 'message' in raw && typeof raw.message === 'string' ? raw.message : 'Not accepted';
    const path = 'path' in raw && Array.isArray(raw.path) ? raw.path.filter((part): part is string | number => typeof part === 'string' || typeof part === 'number') : [];
    return [{ path, message }];
  });
}

/** One line for a person: the core's message, with its code when that adds something. */
export function describeApiError(error: unknown): string {
  if (!isApiError(error)) return error instanceof Error ? error.message : typeof error === 'string' ? error : 'Unknown error';
  return `${error.message} (${error.code})`;
}

export function errorCodeOf(error: unknown): string | null {
  return isApiError(error) ? error.code : null;
}
