import { describe, expect, it } from 'vitest';
import { postAuth, retryAfterOf, type FetchLike } from './web-auth';

function reply(status: number, body: unknown, headers: Record<string, string> = {}): FetchLike {
  return () => Promise.resolve(new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, headers }));
}

describe('postAuth', () => {
  it('posts JSON to the route on the same origin and reads success', async () => {
    const seen: Array<{ input: string; init: RequestInit }> = [];
    const fetchImpl: FetchLike = (input, init) => {
      seen.push({ input, init });
      return Promise.resolve(new Response(JSON.stringify({ ok: true }), { status: 200 }));
    };
    await expect(postAuth('unlock', { passphrase: 'correct horse' }, fetchImpl)).resolves.toEqual({ ok: true, value: null });
    expect(seen[0]?.input).toBe('/auth/unlock');
    expect(seen[0]?.init).toMatchObject({ method: 'POST', credentials: 'same-origin', body: '{"passphrase":"correct horse"}' });
  });

  it('returns the core error of a wrong passphrase', async () => {
    const result = await postAuth('unlock', {}, reply(401, { ok: false, error: { code: 'UNAUTHORIZED', message: 'Wrong passphrase' } }));
    expect(result).toEqual({ ok: false, error: { code: 'UNAUTHORIZED', message: 'Wrong passphrase' } });
  });

  it('keeps retryAfterMs from the body of a 429', async () => {
    const body = { ok: false, error: { code: 'RATE_LIMITED', message: 'Slow down', details: { retryAfterMs: 4200 } } };
    const result = await postAuth('unlock', {}, reply(429, body, { 'Retry-After': '5' }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(retryAfterOf(result.error.details)).toBe(4200);
  });

  it('falls back to the Retry-After header when the body does not say', async () => {
    const result = await postAuth('unlock', {}, reply(429, 'busy', { 'Retry-After': '7' }));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('RATE_LIMITED');
      expect(retryAfterOf(result.error.details)).toBe(7000);
    }
  });

  it('turns a network failure into UNAVAILABLE instead of rejecting', async () => {
    const result = await postAuth('logout', undefined, () => Promise.reject(new TypeError('Failed to fetch')));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('UNAVAILABLE');
  });

  it('does not take a 200 without a Result for success', async () => {
    const result = await postAuth('setup', {}, reply(200, '<html>'));
    expect(result.ok).toBe(false);
  });
});
