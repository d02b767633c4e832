import { ApiErrorDataSchema, type ApiErrorData, type ErrorCode, type Result } from '../../../shared/rpc/errors';

/**
 * Signing a browser in to the web shell is plain HTTP on the page's own origin, so the core can
 * answer with an HttpOnly session cookie that no script ever sees. These are the three routes.
 */
export const AUTH_ROUTES = {
  setup: '/auth/setup',
  unlock: '/auth/unlock',
  logout: '/auth/logout',
} as const;
export type AuthRoute = keyof typeof AUTH_ROUTES;

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

/**
 * POSTs to one auth route and reads its Result. Never rejects: a network failure or a reply
 * that is not a Result becomes an error Result too. A 429 always carries `retryAfterMs` in its
 * details, taken from the body or else from the Retry-After header.
 */
export async function postAuth(route: AuthRoute, body: unknown, fetchImpl: FetchLike = (input, init) => fetch(input, init)): Promise<Result<null>> {
  let response: Response;
  try {
    response = await fetchImpl(AUTH_ROUTES[route], {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body ?? {}),
      credentials: 'same-origin',
    });
  } catch {
    return { ok: false, error: { code: 'UNAVAILABLE', message: 'Cannot reach the Tradewind core. Is the web shell still running?' } };
  }
  const error = await readError(response);
  return error === null ? { ok: true, value: null } : { ok: false, error };
}

async function readError(response: Response): Promise<ApiErrorData | null> {
  let payload: unknown = null;
  try {
    payload = await response.json();
  } catch {
    // Not JSON: judged by the status alone below.
  }
  if (response.ok && isOkPayload(payload)) return null;
  const parsed = ApiErrorDataSchema.safeParse(isRecord(payload) ? payload.error : undefined);
  const error: ApiErrorData = parsed.success ? parsed.data : { code: codeForStatus(response.status), message: messageForStatus(response.status) };
  if (error.code !== 'RATE_LIMITED') return error;
  return { ...error, details: { ...(isRecord(error.details) ? error.details : {}), retryAfterMs: retryAfterMs(error.details, response.headers) } };
}

/** How long to wait before asking again, from a RATE_LIMITED error's details; null if unknown. */
export function retryAfterOf(details: unknown): number | null {
  const value = isRecord(details) ? details.retryAfterMs : undefined;
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : null;
}

function retryAfterMs(details: unknown, headers: Headers): number {
  const fromBody = retryAfterOf(details);
  if (fromBody !== null) return fromBody;
  const seconds = Number(headers.get('Retry-After'));
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 1000;
}

function isOkPayload(payload: unknown): boolean {
  return isRecord(payload) && payload.ok === true;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function codeForStatus(status: number): ErrorCode {
  if (status === 400) return 'BAD_INPUT';
  if (status === 401) return 'UNAUTHORIZED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 429) return 'RATE_LIMITED';
  if (status === 503) return 'UNAVAILABLE';
  return 'INTERNAL';
}

function messageForStatus(status: number): string {
  if (status === 401) return 'Wrong passphrase';
  if (status === 403) return 'This page may not sign in here; open the URL the web shell printed';
  if (status === 429) return 'Too many attempts';
  return `The core answered HTTP ${status}`;
}
