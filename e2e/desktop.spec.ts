import fs from 'node:fs';
import path from 'node:path';
import { _electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import packageJson from '../package.json' with { type: 'json' };
import { electronBinaryPath } from '../scripts/lib/electron-binary';
import { desktopSkipReason } from './support/desktop-skip';
import { makeDataDir, REPO_ROOT } from '../test-support/web-shell';
import { schemaVersionInStore } from './support/store-facts';

const DESKTOP_ENTRY = path.join(REPO_ROOT, 'out', 'main', 'index.js');
const electronBinary = electronBinaryPath();

/** The parent's environment minus anything that would redirect the app under test. */
function launchEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !['TRADEWIND_DATA_DIR', 'ELECTRON_RENDERER_URL', 'ELECTRON_RUN_AS_NODE'].includes(key)) env[key] = value;
  }
  return env;
}

const reason = desktopSkipReason();

test.describe('desktop shell', () => {
  test.skip(reason !== null, reason ?? '');

  let dataDir = '';
  let electronApp: ElectronApplication | undefined;
  let page: Page;
  const problems: string[] = [];

  test.beforeAll(async () => {
    dataDir = makeDataDir('tradewind-desktop-e2e-');
    // Chromium refuses to start as root with its sandbox on; the renderer's sandbox: true stays.
    const rootArgs = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
    electronApp = await _electron.launch({
      executablePath: electronBinary ?? '',
      args: [DESKTOP_ENTRY, '--data-dir', dataDir, ...rootArgs],
      cwd: REPO_ROOT,
      env: launchEnv(),
    });
    page = await electronApp.firstWindow();
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    // The first load may have happened before the listeners were attached; CSP violations show up on load.
    await page.reload();
  });

  test.afterAll(async () => {
    if (electronApp !== undefined) {
      await electronApp.close();
      expect(fs.existsSync(path.join(dataDir, 'tradewind.lock')), 'the data-folder lock is released on quit').toBe(false);
    }
    if (dataDir !== '') fs.rmSync(dataDir, { recursive: true, force: true });
  });

  test('serves the renderer from app:// and shows the app and schema versions', async () => {
    expect(new URL(page.url()).protocol).toBe('app:');
    await expect(page.getByTestId('app-version')).toHaveText(packageJson.version);
    await expect(page.getByTestId('schema-version')).toContainText(`v${schemaVersionInStore(dataDir)}`);
    await expect(page.getByTestId('app-shell')).toContainText('desktop');
    await expect(page.getByTestId('app-status')).toContainText('ready');
    expect(problems, 'no page errors and no CSP violations').toEqual([]);
  });

  test('the page has the bridge and nothing of Node', async () => {
    const globals = await page.evaluate(() => {
      const scope = globalThis as Record<string, unknown>;
      return { require: typeof scope.require, process: typeof scope.process, module: typeof scope.module, bridge: typeof scope.tradewind };
    });
    expect(globals).toEqual({ require: 'undefined', process: 'undefined', module: 'undefined', bridge: 'object' });
  });

  test('calls reach the core over IPC and its events come back', async () => {
    const info = await page.evaluate(async () => {
      const bridge = (globalThis as unknown as { tradewind: { app: { info(): Promise<unknown> } } }).tradewind;
      return bridge.app.info();
    });
    expect(info).toMatchObject({ ok: true, value: { shell: 'desktop', dataDir } });

    await page.evaluate(async () => {
      const bridge = (globalThis as unknown as { tradewind: { settings: { set(patch: object): Promise<unknown> } } }).tradewind;
      await bridge.settings.set({ theme: 'light' });
    });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  });

  test('refuses new windows, and app:// serves nothing outside the renderer', async () => {
    const opened = await page.evaluate(() => (globalThis as unknown as { open(url: string): unknown }).open('https://example.com'));
    expect(opened).toBeNull();
    expect(electronApp?.windows()).toHaveLength(1);

    const responses = await page.evaluate(async () => {
      const index = await fetch('/index.html');
      const escape = await fetch('/..%2f..%2fpackage.json');
      return { index: index.status, csp: index.headers.get('content-security-policy'), escape: escape.status };
    });
    expect(responses.index).toBe(200);
    expect(responses.csp).toContain("script-src 'self'");
    expect(responses.escape).toBe(403);
  });

  test('refuses navigation to another origin and every permission request', async () => {
    const before = page.url();
    await page.evaluate(() => {
      (globalThis as unknown as { location: { href: string } }).location.href = 'https://example.com/';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toBe(before);

    const permission = await page.evaluate(async () => {
      const scope = globalThis as unknown as { Notification: { requestPermission(): Promise<string> } };
      return scope.Notification.requestPermission();
    });
    expect(permission).toBe('denied');
    const media = await page.evaluate(async () => {
      const scope = globalThis as unknown as { navigator: { mediaDevices: { getUserMedia(c: object): Promise<unknown> } } };
      try {
        await scope.navigator.mediaDevices.getUserMedia({ audio: true });
        return 'granted';
      } catch (error: unknown) {
        return String(error);
      }
    });
    expect(media).not.toBe('granted');
  });

  test('a frame inside the page gets no bridge, so it cannot reach the core over IPC', async () => {
    const framed = await page.evaluate(async () => {
      const doc = (globalThis as unknown as { document: { createElement(tag: string): { srcdoc: string; onload: () => void; contentWindow: unknown }; body: { appendChild(node: unknown): void } } }).document;
      const frame = doc.createElement('iframe');
      frame.srcdoc = '<p>frame</p>';
      await new Promise<void>((resolve) => {
        frame.onload = () => resolve();
        doc.body.appendChild(frame);
      });
      return typeof (frame.contentWindow as { tradewind?: unknown }).tradewind;
    });
    expect(framed).toBe('undefined');
  });
});
