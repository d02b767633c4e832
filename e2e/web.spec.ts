import { expect, test, type Page } from '@playwright/test';
import WebSocket from 'ws';
import packageJson from '../package.json' with { type: 'json' };
import { rawToString } from '../src/main/web/raw-data';
import { makeDataDir, startWebShell, type WebShell } from '../test-support/web-shell';
import { schemaVersionInStore } from './support/store-facts';

const running: WebShell[] = [];
test.afterEach(async () => {
  for (const shell of running.splice(0)) await shell.stop();
});

async function start(dataDir = makeDataDir()): Promise<WebShell> {
  const shell = await startWebShell({ dataDir });
  running.push(shell);
  return shell;
}

/** Fails the test on any page error or console error, CSP violations included. */
function watchConsole(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  return problems;
}

/** A second client, as a script would connect: token in the URL, no browser. */
async function callOverWebSocket(shell: WebShell, method: string, input: unknown): Promise<unknown> {
  const socket = new WebSocket(`ws://127.0.0.1:${shell.port}/ws?token=${shell.token}`);
  try {
    await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
    return await new Promise((resolve) => {
      socket.on('message', (data: WebSocket.RawData) => {
        const frame = JSON.parse(rawToString(data)) as { t: string; id?: number; result?: unknown };
        if (frame.t === 'result' && frame.id === 1) resolve(frame.result);
      });
      socket.send(JSON.stringify({ t: 'call', id: 1, method, input }));
    });
  } finally {
    socket.close();
  }
}

test('shows the version, and the schema version read from the store', async ({ page }) => {
  const problems = watchConsole(page);
  const shell = await start();
  await page.goto(shell.url);
  await expect(page).toHaveURL(`${shell.origin}/`); // the token left the address bar
  await expect(page.getByTestId('app-version')).toHaveText(packageJson.version);
  const schemaVersion = schemaVersionInStore(shell.dataDir);
  expect(schemaVersion).toBeGreaterThan(0);
  await expect(page.getByTestId('schema-version')).toContainText(`v${schemaVersion}`);
  await expect(page.getByTestId('app-shell')).toContainText('web');
  await expect(page.getByTestId('app-status')).toContainText('ready');
  await expect(page.getByTestId('link-state')).toContainText('connected');
  await expect(page.getByTestId('data-dir')).toHaveAttribute('title', shell.dataDir);
  expect(problems).toEqual([]);
});

test('a setting changed in the UI survives a restart of the server on the same data folder', async ({ page }) => {
  const first = await start();
  await page.goto(first.url);
  await page.getByTestId('tab-settings').click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.getByTestId('setting-theme').selectOption('light');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  const confirm = page.getByTestId('setting-confirm-before-order');
  await expect(confirm).toBeChecked();
  await confirm.uncheck();
  await expect(confirm).not.toBeChecked();
  await expect.poll(() => first.stderr()).toContain('Settings changed: confirmBeforeOrder');
  expect(await first.stop()).toBe(0);
  running.splice(running.indexOf(first), 1);

  const second = await start(first.dataDir);
  expect(second.token).not.toBe(first.token);
  await page.goto(second.url);
  await page.getByTestId('tab-settings').click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect(page.getByTestId('setting-theme')).toHaveValue('light');
  await expect(page.getByTestId('setting-confirm-before-order')).not.toBeChecked();
});

test('the log panel shows a line the server wrote after the page loaded', async ({ page }) => {
  const problems = watchConsole(page);
  const shell = await start();
  await page.goto(shell.url);
  await page.getByTestId('tab-log').click();
  await expect(page.getByTestId('log-row').first()).toBeVisible();
  const rowsWithChange = page.getByTestId('log-row').filter({ hasText: 'Settings changed: theme' });
  await expect(rowsWithChange).toHaveCount(0);

  // Another client changes a setting; the server logs it, and the open page must show it live.
  await expect(callOverWebSocket(shell, 'settings.set', { theme: 'light' })).resolves.toMatchObject({ ok: true });
  await expect(rowsWithChange).toHaveCount(1);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(problems).toEqual([]);
});

test('the page is refused without the token', async ({ page }) => {
  const shell = await start();
  const response = await page.goto(`${shell.origin}/`);
  expect(response?.status()).toBe(401);
});
