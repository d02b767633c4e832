import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createBridge } from '../../shared/rpc/bridge';
import { WsTransport, type SocketLike } from '../../shared/rpc/ws-transport';
import { openSocket, startInProcessWeb, type InProcessWeb } from '../../../test-support/in-process-web';
import { TEST_PASSPHRASE } from '../../../test-support/test-crypto';
import { rawToString } from './raw-data';

let web: InProcessWeb;
beforeAll(async () => {
  web = await startInProcessWeb();
});
afterAll(() => web.close());

describe('web shell HTTP', () => {
  it('answers 401 without the token', async () => {
    const response = await fetch(`${web.origin}/`);
    expect(response.status).toBe(401);
    expect(await response.text()).not.toContain('<title>');
  });

  it('answers 401 with a wrong token', async () => {
    expect((await fetch(`${web.origin}/?token=${web.token}x`)).status).toBe(401);
  });

  it('refuses a foreign Origin even with the token', async () => {
    const response = await fetch(`${web.origin}/?token=${web.token}`, { headers: { Origin: 'http://evil.example' } });
    expect(response.status).toBe(403);
  });

  it('trades the token in the URL for a cookie, then serves the page with a strict CSP', async () => {
    const first = await fetch(`${web.origin}/?token=${web.token}`, { redirect: 'manual' });
    expect(first.status).toBe(303);
    expect(first.headers.get('location')).toBe('/');
    const cookie = first.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);

    const page = await fetch(`${web.origin}/`, { headers: { Cookie: cookie.split(';')[0] ?? '' } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Tradewind</title>');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(page.headers.get('x-frame-options')).toBe('DENY');
  });

  it('does not serve files outside the renderer folder', async () => {
    const response = await fetch(`${web.origin}/%2e%2e/tradewind.db`, { headers: { Authorization: `Bearer ${web.token}` } });
    expect(response.status).toBe(404);
  });

  it('refuses anything but GET and HEAD', async () => {
    const response = await fetch(`${web.origin}/`, { method: 'POST', headers: { Authorization: `Bearer ${web.token}` } });
    expect(response.status).toBe(405);
  });
});

describe('web shell WebSocket', () => {
  it('closes the door without the token', async () => {
    await expect(openSocket(web.wsUrl)).rejects.toThrow('HTTP 401');
  });

  it('refuses a foreign Origin even with the token', async () => {
    await expect(openSocket(`${web.wsUrl}?token=${web.token}`, { Origin: 'http://evil.example' })).rejects.toThrow('HTTP 403');
  });

  it('before sign-in answers only what the sign-in screen needs', async () => {
    const bridge = bridgeFor({});
    try {
      expect(await bridge.app.info()).toMatchObject({ ok: true });
      expect(await bridge.vault.status()).toMatchObject({ ok: true, value: { state: 'uninitialized' } });
      expect(await bridge.auth.state()).toMatchObject({ ok: true, value: { requiresSignIn: true, isSignedIn: false } });
      expect(await bridge.settings.get()).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED', message: 'Sign in first' } });
      expect(await bridge.accounts.list()).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    } finally {
      bridge.close();
    }
  });

  it('serves the whole contract and pushes events once signed in', async () => {
    const cookie = await web.signIn();
    const bridge = bridgeFor({ Cookie: cookie });
    try {
      expect(await bridge.auth.state()).toMatchObject({ ok: true, value: { isSignedIn: true, session: { isCurrent: true } } });
      const changed = new Promise((resolve) => bridge.on('settings.changed', resolve));
      expect(await bridge.settings.set({ theme: 'light' })).toMatchObject({ ok: true, value: { theme: 'light' } });
      await expect(changed).resolves.toMatchObject({ theme: 'light' });
      expect(await bridge.settings.set({ theme: 'purple' } as never)).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    } finally {
      bridge.close();
    }
  });
});

describe('web shell sign-in', () => {
  it('refuses sign-in requests that are not same-origin JSON', async () => {
    const form = await fetch(`${web.origin}/auth/unlock`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Authorization: `Bearer ${web.token}` },
      body: 'passphrase=x',
    });
    expect(form.status).toBe(415);
    const foreign = await fetch(`${web.origin}/auth/unlock`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${web.token}`, Origin: 'http://evil.example' },
      body: JSON.stringify({ passphrase: TEST_PASSPHRASE }),
    });
    expect(foreign.status).toBe(403);
  });

  it('closes the sockets of a revoked session, and refuses its next call', async () => {
    const cookie = await web.signIn();
    const socket = await openSocket(`${web.wsUrl}?token=${web.token}`, { Cookie: cookie });
    const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
    const [session] = web.app.sessions.list(null).filter((candidate) => candidate.endedAt === null).slice(0, 1);
    web.app.sessions.end(session?.id ?? '', 'revoked');
    await expect(closed).resolves.toBe(4401);

    const again = bridgeFor({ Cookie: cookie });
    try {
      expect(await again.settings.get()).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED', message: 'Sign in first' } });
    } finally {
      again.close();
    }
  });

  it('refuses an expired session', async () => {
    const cookie = await web.signIn();
    web.app.store.sqlite.prepare('UPDATE web_sessions SET expires_at = 1 WHERE ended_at IS NULL').run();
    const bridge = bridgeFor({ Cookie: cookie });
    try {
      expect(await bridge.auth.state()).toMatchObject({ ok: true, value: { isSignedIn: false } });
      expect(await bridge.settings.get()).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
      expect(web.app.sessions.list(null).every((session) => session.endReason !== null)).toBe(true);
    } finally {
      bridge.close();
    }
  });
});

describe('passphrase guessing', () => {
  // Its own shell: the throttle it trips would slow every later sign-in in this file.
  let own: InProcessWeb;
  beforeAll(async () => {
    own = await startInProcessWeb();
  });
  afterAll(() => own.close());

  it('refuses a wrong passphrase with 401, then slows the guesser down with 429 and Retry-After, and logs it', async () => {
    await own.signIn();
    const attempt = (passphrase: string): Promise<Response> =>
      fetch(`${own.origin}/auth/unlock`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${own.token}` },
        body: JSON.stringify({ passphrase }),
      });
    for (let i = 0; i < 3; i++) expect((await attempt(`wrong guess ${i}`)).status).toBe(401);
    const throttled = await attempt(TEST_PASSPHRASE);
    expect(throttled.status).toBe(429);
    expect(Number(throttled.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await throttled.json()).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED', details: { retryAfterMs: expect.any(Number) as number } } });
    const warnings = own.app.logRepo.list({ limit: 20, levels: ['warn'], module: 'vault' }).entries.map((entry) => entry.message);
    expect(warnings).toContain('Wrong passphrase (3 in a row from ip:127.0.0.1)');
    expect(warnings).toContain('Passphrase attempt refused while throttled');
  });
});

type ClosableBridge = ReturnType<typeof createBridge> & { close(): void };

function bridgeFor(headers: Record<string, string>): ClosableBridge {
  const transport = new WsTransport({
    url: `${web.wsUrl}?token=${web.token}`,
    createSocket: (url) => new WebSocket(url, { headers: { Origin: web.origin, ...headers } }) as unknown as SocketLike,
  });
  return Object.assign(createBridge(transport), { close: () => transport.close() });
}

describe('export downloads', () => {
  it('hand an export to a signed-in browser only, and nothing outside the exports folder', async () => {
    const cookie = await web.signIn();
    const bridge = bridgeFor({ Cookie: cookie });
    try {
      const created = await bridge.export.create({ dataset: 'fills', format: 'csv', from: 0, to: Date.now() });
      if (!created.ok) throw new Error(created.error.message);
      const headers = { Authorization: `Bearer ${web.token}` };
      expect((await fetch(`${web.origin}/exports/${created.value.file}`, { headers })).status).toBe(401);
      const download = await fetch(`${web.origin}/exports/${created.value.file}`, { headers: { ...headers, Cookie: cookie } });
      expect(download.status).toBe(200);
      expect(download.headers.get('content-disposition')).toContain(created.value.file);
      expect((await download.text()).split('\r\n')[0]).toContain('trade_id');
      expect((await fetch(`${web.origin}/exports/..%2ftradewind.db`, { headers: { ...headers, Cookie: cookie } })).status).toBe(404);
      expect((await fetch(`${web.origin}/exports/../tradewind.db`, { headers: { ...headers, Cookie: cookie } })).status).not.toBe(200);
    } finally {
      bridge.close();
    }
  });
});

describe('restoring from a signed-in browser', () => {
  it('answers the restore call before closing the socket of the replaced session', async () => {
    const own = await startInProcessWeb();
    try {
      const cookie = await own.signIn();
      const socket = await openSocket(`${own.wsUrl}?token=${own.token}`, { Cookie: cookie });
      const frames: Array<{ t: string; id?: number; result?: { ok: boolean } }> = [];
      socket.on('message', (data) => frames.push(JSON.parse(rawToString(data)) as (typeof frames)[number]));
      const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
      socket.send(JSON.stringify({ t: 'call', id: 1, method: 'backup.create', input: {} }));
      await expect.poll(() => frames.find((frame) => frame.id === 1)).toBeDefined();
      const backupId = (frames.find((frame) => frame.id === 1)?.result as unknown as { value: { id: string } }).value.id;
      socket.send(JSON.stringify({ t: 'call', id: 2, method: 'backup.restore', input: { id: backupId } }));
      await expect(closed).resolves.toBe(4401);
      expect(frames.find((frame) => frame.id === 2)?.result).toMatchObject({ ok: true, value: { restoredFrom: { id: backupId } } });
    } finally {
      await own.close();
    }
  });
});
