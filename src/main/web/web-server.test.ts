import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createBridge } from '../../shared/rpc/bridge';
import { WsTransport, type SocketLike } from '../../shared/rpc/ws-transport';
import { openSocket, startInProcessWeb, type InProcessWeb } from '../../../test-support/in-process-web';

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

  it('serves the contract and pushes events to a client with the token', async () => {
    const transport = new WsTransport({
      url: `${web.wsUrl}?token=${web.token}`,
      createSocket: (url) => new WebSocket(url, { headers: { Origin: web.origin } }) as unknown as SocketLike,
    });
    const bridge = createBridge(transport);
    try {
      const info = await bridge.app.info();
      expect(info).toMatchObject({ ok: true, value: { shell: 'web', schemaVersion: expect.any(Number) as number } });

      const changed = new Promise((resolve) => bridge.on('settings.changed', resolve));
      const set = await bridge.settings.set({ theme: 'light' });
      expect(set).toMatchObject({ ok: true, value: { theme: 'light' } });
      await expect(changed).resolves.toMatchObject({ theme: 'light' });

      const bad = await bridge.settings.set({ theme: 'purple' } as never);
      expect(bad).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    } finally {
      transport.close();
    }
  });
});
