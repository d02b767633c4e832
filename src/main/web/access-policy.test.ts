import { type IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { decideAccess, tokensMatch, type AccessPolicy } from './access-policy';

const policy: AccessPolicy = { boundHost: '127.0.0.1', token: 'good-token', cookieName: 'tradewind_token_7411' };

function request(url: string, headers: Record<string, string>): IncomingMessage {
  return { url, headers } as unknown as IncomingMessage;
}

describe('decideAccess', () => {
  const host = { host: '127.0.0.1:7411' };

  it('lets the token in from the query, a bearer header or our cookie', () => {
    expect(decideAccess(request('/?token=good-token', host), policy)).toEqual({ ok: true, viaQuery: true });
    expect(decideAccess(request('/', { ...host, authorization: 'Bearer good-token' }), policy)).toEqual({ ok: true, viaQuery: false });
    expect(decideAccess(request('/', { ...host, cookie: 'a=b; tradewind_token_7411=good-token' }), policy)).toEqual({
      ok: true,
      viaQuery: false,
    });
  });

  it('refuses a missing or wrong token with 401', () => {
    expect(decideAccess(request('/', host), policy)).toMatchObject({ ok: false, status: 401 });
    expect(decideAccess(request('/?token=bad', host), policy)).toMatchObject({ ok: false, status: 401 });
    // Another server's cookie on the same host does not count.
    expect(decideAccess(request('/', { ...host, cookie: 'tradewind_token_9999=good-token' }), policy)).toMatchObject({
      ok: false,
      status: 401,
    });
  });

  it('refuses a foreign Origin with 403 even with the right token', () => {
    for (const origin of ['http://evil.example', 'http://127.0.0.1:9999', 'null', 'https://127.0.0.1:7411', 'file://']) {
      expect(decideAccess(request('/?token=good-token', { ...host, origin }), policy)).toMatchObject({ ok: false, status: 403 });
    }
    expect(decideAccess(request('/?token=good-token', { ...host, origin: 'http://127.0.0.1:7411' }), policy)).toMatchObject({
      ok: true,
    });
  });

  it('refuses a Host that is not this machine while bound to loopback (DNS rebinding)', () => {
    expect(decideAccess(request('/?token=good-token', { host: 'attacker.example:7411' }), policy)).toMatchObject({
      ok: false,
      status: 403,
    });
    expect(decideAccess(request('/?token=good-token', {}), policy)).toMatchObject({ ok: false, status: 403 });
    expect(decideAccess(request('/?token=good-token', { host: 'localhost:7411' }), policy)).toMatchObject({ ok: true });
  });

  it('accepts the named host when bound to it explicitly', () => {
    const lan: AccessPolicy = { ...policy, boundHost: '192.168.1.20' };
    expect(decideAccess(request('/?token=good-token', { host: '192.168.1.20:7411' }), lan)).toMatchObject({ ok: true });
    expect(decideAccess(request('/?token=good-token', { host: 'other:7411' }), lan)).toMatchObject({ ok: false, status: 403 });
  });
});

describe('tokensMatch', () => {
  it('compares whole tokens', () => {
    expect(tokensMatch('abc', 'abc')).toBe(true);
    expect(tokensMatch('abc', 'abcd')).toBe(false);
    expect(tokensMatch('', 'abc')).toBe(false);
  });
});
