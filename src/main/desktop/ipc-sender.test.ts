import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, APP_ORIGIN } from './app-origin';
import { decideSender, type SenderFacts } from './ipc-sender';

const TRUSTED = new Set([APP_ORIGIN]);
const OURS: SenderFacts = { frameUrl: APP_ENTRY_URL, isMainFrame: true, isDetached: false, isOurWindow: true };

describe('decideSender', () => {
  it('accepts the main frame of our window on the app origin', () => {
    expect(decideSender(OURS, TRUSTED)).toEqual({ ok: true });
    expect(decideSender({ ...OURS, frameUrl: 'app://tradewind/index.html#/orders' }, TRUSTED)).toEqual({ ok: true });
  });

  it.each([
    ['file://', 'file:///work/main/out/renderer/index.html'],
    ['http://evil', 'http://evil.example/'],
    ['https', 'https://tradewind/'],
    ['app://other-host', 'app://other-host/index.html'],
    ['app://tradewind.evil.com', 'app://tradewind.evil.com/index.html'],
    ['app:// with credentials', 'app://x@tradewind/index.html'],
    ['data:', 'data:text/html,<h1>hi</h1>'],
    ['about:blank', 'about:blank'],
    ['malformed', 'app://tradewind:port/'],
    ['empty', ''],
  ])('refuses a frame on %s', (_label, frameUrl) => {
    const decision = decideSender({ ...OURS, frameUrl }, TRUSTED);
    expect(decision.ok).toBe(false);
  });

  it('refuses a frame that is gone, detached, a subframe or in a window we did not create', () => {
    expect(decideSender({ ...OURS, frameUrl: null }, TRUSTED)).toEqual({ ok: false, reason: 'the sending frame is gone' });
    expect(decideSender({ ...OURS, isDetached: true }, TRUSTED).ok).toBe(false);
    expect(decideSender({ ...OURS, isMainFrame: false }, TRUSTED)).toEqual({ ok: false, reason: 'sent from a subframe' });
    expect(decideSender({ ...OURS, isOurWindow: false }, TRUSTED).ok).toBe(false);
  });

  it('names the refused origin in the reason', () => {
    expect(decideSender({ ...OURS, frameUrl: 'http://evil.example/x' }, TRUSTED)).toEqual({
      ok: false,
      reason: 'sent from an untrusted origin (http://evil.example)',
    });
  });

  it('trusts the dev server only when it is the configured origin', () => {
    const dev = new Set(['http://localhost:5173']);
    expect(decideSender({ ...OURS, frameUrl: 'http://localhost:5173/' }, dev).ok).toBe(true);
    expect(decideSender(OURS, dev).ok).toBe(false);
  });
});
