import { expect, test } from '@playwright/test';
import packageJson from '../package.json' with { type: 'json' };
import { watchConsole } from './support/console-watch';
import { signIn } from './support/sign-in';
import { schemaVersionInStore } from './support/store-facts';
import { useWebShells } from './support/web-shells';

const shells = useWebShells();

test('shows the version, and the schema version read from the store', async ({ page }) => {
  const problems = watchConsole(page);
  const shell = await shells.start();
  await page.goto(shell.url);
  await expect(page).toHaveURL(`${shell.origin}/`); // the token left the address bar
  await expect(page.getByTestId('signin-screen')).toBeVisible();
  await expect(page.getByTestId('signin-passphrase-confirm')).toBeVisible(); // first run: choose a passphrase
  await signIn(page);
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
  const first = await shells.start();
  await page.goto(first.url);
  await signIn(page);
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
  shells.forget(first);

  const second = await shells.start({ dataDir: first.dataDir });
  expect(second.token).not.toBe(first.token);
  await page.goto(second.url);
  await expect(page.getByTestId('signin-passphrase-confirm')).toHaveCount(0); // the vault exists: unlock
  await signIn(page);
  await page.getByTestId('tab-settings').click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect(page.getByTestId('setting-theme')).toHaveValue('light');
  await expect(page.getByTestId('setting-confirm-before-order')).not.toBeChecked();
});

test('the log panel shows a line the server wrote after the page loaded', async ({ page }) => {
  const problems = watchConsole(page);
  const shell = await shells.start();
  await page.goto(shell.url);
  await signIn(page);
  await page.getByTestId('tab-log').click();
  await expect(page.getByTestId('log-row').first()).toBeVisible();
  const rowsWithChange = page.getByTestId('log-row').filter({ hasText: 'Settings changed: theme' });
  await expect(rowsWithChange).toHaveCount(0);

  // Another tab of the same browser changes a setting; the server logs it, and this page shows it live.
  const other = await page.context().newPage();
  await other.goto(shell.origin);
  await other.getByTestId('tab-settings').click();
  await other.getByTestId('setting-theme').selectOption('light');
  await other.close();
  await expect(rowsWithChange).toHaveCount(1);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(problems).toEqual([]);
});

test('the page is refused without the token', async ({ page }) => {
  const shell = await shells.start();
  const response = await page.goto(`${shell.origin}/`);
  expect(response?.status()).toBe(401);
});
