import { type IncomingMessage, type ServerResponse } from 'node:http';
import { z } from 'zod';
import { PassphraseSchema, VaultUnlockInputSchema } from '../../shared/schemas/vault';
import { AppError } from '../api/app-error';
import { type CoreHost } from '../core/core-host';
import { readCookie, strictCookie } from './cookies';
import { HttpProblem, readJsonBody, sendResult, statusForCode } from './http-json';

export const AUTH_PATHS = new Set(['/auth/setup', '/auth/unlock', '/auth/logout']);

export interface AuthRouteContext {
  readonly host: CoreHost;
  readonly sessionCookieName: string;
}

/**
 * Signing a browser in happens over plain HTTP, not the WebSocket, so the session token can be
 * set as an HttpOnly cookie that page scripts never see. The page then reopens its socket,
 * which carries the cookie. These requests already passed the access policy (the printed
 * token, same origin); the passphrase is the second factor.
 */
export async function handleAuthRequest(request: IncomingMessage, response: ServerResponse, path: string, context: AuthRouteContext): Promise<void> {
  try {
    if (request.method !== 'POST') throw new HttpProblem(405, 'Use POST');
    const app = context.host.current();
    if (app === null) throw new AppError('UNAVAILABLE', 'The database cannot be opened; restore a backup first');
    if (path === '/auth/logout') {
      const token = readCookie(request.headers.cookie, context.sessionCookieName);
      const session = token === null ? null : app.sessions.authenticate(token);
      if (session !== null) app.sessions.end(session.id, 'logout');
      sendResult(response, 200, { ok: true }, { 'Set-Cookie': strictCookie(context.sessionCookieName, '', 0) });
      return;
    }
    const body = await readJsonBody(request);
    const ip = request.socket.remoteAddress ?? null;
    if (path === '/auth/setup') {
      const { passphrase } = parse(z.object({ passphrase: PassphraseSchema }).strict(), body);
      await app.vault.setup({ mode: 'passphrase', passphrase });
    } else {
      const { passphrase } = parse(VaultUnlockInputSchema, body);
      await app.vault.unlock(passphrase, `ip:${ip ?? 'unknown'}`);
    }
    const session = app.sessions.create({ ip, userAgent: request.headers['user-agent'] ?? null });
    sendResult(response, 200, { ok: true }, { 'Set-Cookie': strictCookie(context.sessionCookieName, session.token, session.maxAgeMs) });
  } catch (error: unknown) {
    if (error instanceof HttpProblem) {
      sendResult(response, error.status, { ok: false, error: { code: 'BAD_INPUT', message: error.message } });
    } else if (error instanceof AppError) {
      const retryAfterMs = (error.details as { retryAfterMs?: number } | undefined)?.retryAfterMs;
      const headers: Record<string, string> = retryAfterMs === undefined ? {} : { 'Retry-After': String(Math.ceil(retryAfterMs / 1000)) };
      sendResult(response, statusForCode(error.code), { ok: false, error: { code: error.code, message: error.message, ...(error.details === undefined ? {} : { details: error.details }) } }, headers);
    } else {
      context.host.logger.child('web').error('Sign-in request failed', { error });
      sendResult(response, 500, { ok: false, error: { code: 'INTERNAL', message: 'Internal error; see the system log' } });
    }
  }
}

function parse<T>(schema: z.ZodType<T>, body: unknown): T {
  const result = schema.safeParse(body);
  if (!result.success) throw new AppError('BAD_INPUT', z.prettifyError(result.error));
  return result.data;
}
