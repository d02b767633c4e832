import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { type IncomingMessage } from 'node:http';
import { readCookie } from './cookies';

/** A fresh secret per start; printed once in the URL the person opens. */
export function createAccessToken(): string {
  return randomBytes(32).toString('base64url');
}

export function tokensMatch(given: string, expected: string): boolean {
  // Hash first so the comparison takes the same time whatever the lengths.
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

const LOOPBACK_HOSTNAMES = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);
const WILDCARD_HOSTS = new Set(['0.0.0.0', '::', '[::]']);

export function isLoopbackHost(host: string): boolean {
  return LOOPBACK_HOSTNAMES.has(host.toLowerCase());
}

export interface AccessPolicy {
  /** The address the server is bound to, as given with --host. */
  readonly boundHost: string;
  readonly token: string;
  readonly cookieName: string;
}

export type AccessDecision = { ok: true; viaQuery: boolean } | { ok: false; status: 401 | 403; reason: string };

/**
 * Every HTTP request and WebSocket upgrade passes through here. In order:
 * - the Host header must name this server (defeats DNS rebinding while bound to loopback);
 * - a browser's Origin, when sent, must be this very server (another page cannot drive us);
 * - the access token must be present, in the query, a bearer header or our cookie.
 */
export function decideAccess(request: IncomingMessage, policy: AccessPolicy): AccessDecision {
  const hostHeader = request.headers.host;
  const hostname = hostHeader ? hostnameOf(hostHeader) : null;
  if (hostname === null || !isAcceptedHostname(hostname, policy.boundHost)) {
    return { ok: false, status: 403, reason: 'unexpected Host header' };
  }
  const origin = request.headers.origin;
  if (origin !== undefined && !isSameOrigin(origin, hostHeader ?? '')) {
    return { ok: false, status: 403, reason: 'foreign Origin' };
  }
  const queryToken = tokenFromQuery(request.url);
  const token = queryToken ?? tokenFromBearer(request.headers.authorization) ?? readCookie(request.headers.cookie, policy.cookieName);
  if (token === null) return { ok: false, status: 401, reason: 'missing access token' };
  if (!tokensMatch(token, policy.token)) return { ok: false, status: 401, reason: 'wrong access token' };
  return { ok: true, viaQuery: queryToken !== null };
}

function isAcceptedHostname(hostname: string, boundHost: string): boolean {
  if (isLoopbackHost(boundHost)) return isLoopbackHost(hostname);
  if (WILDCARD_HOSTS.has(boundHost)) return true;
  return isLoopbackHost(hostname) || hostname.toLowerCase() === boundHost.toLowerCase();
}

function hostnameOf(hostHeader: string): string | null {
  try {
    return new URL(`http://${hostHeader}`).hostname;
  } catch {
    return null;
  }
}

function isSameOrigin(origin: string, hostHeader: string): boolean {
  try {
    const parsed = new URL(origin);
    return parsed.protocol === 'http:' && parsed.host === new URL(`http://${hostHeader}`).host;
  } catch {
    return false;
  }
}

function tokenFromQuery(url: string | undefined): string | null {
  if (!url) return null;
  const query = url.indexOf('?');
  if (query < 0) return null;
  return new URLSearchParams(url.slice(query + 1)).get('token');
}

function tokenFromBearer(header: string | undefined): string | null {
  const match = header?.match(/^Bearer\s+(\S+)$/i);
  return match?.[1] ?? null;
}
