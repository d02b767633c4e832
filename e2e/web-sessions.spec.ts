import { expect, test } from '@playwright/test';
import Database from 'better-sqlite3';
import path from 'node:path';
import { backUpWithLightTheme } from './support/light-theme-backup';
import { signIn } from './support/sign-in';
import { useWebShells } from './support/web-shells';

const shells = useWebShells();

test('revoking another browser signs that browser out; locking the vault signs everyone out', async ({ browser }) => {
  const shell = await shells.start();
  const a = await (await browser.newContext()).newPage();
  const b = await (await browser.newContext()).newPage();
  await a.goto(shell.url);
  await signIn(a);
  await b.goto(shell.url);
  await signIn(b);
  await b.getByTestId('tab-settings').click();

  await a.getByTestId('tab-settings').click();
  await a.getByTestId('settings-nav-security').click();
  const other = a.locator('[data-testid=session-row][data-current=false][data-state=active]');
  await expect(other).toHaveCount(1);
  await expect(other).toContainText('127.0.0.1');
  await other.getByTestId('session-revoke').click();
  await expect(other).toHaveCount(0);

  await expect(b.getByTestId('signin-screen')).toBeVisible();
  await expect(b.getByTestId('signin-notice')).toContainText('session ended');
  await signIn(b);

  await a.getByTestId('vault-lock').click();
  await a.getByTestId('vault-lock-dialog-confirm').click();
  await expect(a.getByTestId('signin-screen')).toBeVisible();
  await expect(b.getByTestId('signin-screen')).toBeVisible();
});

test('an expired session is refused, and the page asks to sign in again', async ({ page }) => {
  const shell = await shells.start();
  await page.goto(shell.url);
  await signIn(page);
  await expect(page.getByTestId('app-version')).toBeVisible();

  const db = new Database(path.join(shell.dataDir, 'tradewind.db'));
  try {
    db.pragma('busy_timeout = 5000');
    db.prepare('UPDATE web_sessions SET expires_at = 1 WHERE ended_at IS NULL').run();
  } finally {
    db.close();
  }
  // Any call now answers UNAUTHORIZED and closes the socket; the page falls back to sign-in.
  await page.getByTestId('tab-settings').click();
  await page.getByTestId('settings-nav-security').click();
  await expect(page.getByTestId('signin-screen')).toBeVisible();
  await signIn(page);
  await expect(page.getByTestId('app-version')).toBeVisible();
});

test('restoring a backup from Settings brings its data back and signs the page in again', async ({ page }) => {
  const shell = await shells.start();
  await backUpWithLightTheme(page, shell);
  await page.getByTestId('settings-nav-general').click();
  await page.getByTestId('setting-theme').selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

  await page.getByTestId('settings-nav-backups').click();
  await page.locator('[data-testid=backup-row]').filter({ hasText: 'manual' }).first().getByTestId('backup-restore').click();
  await page.getByTestId('backup-restore-dialog-confirm').click();
  await expect(page.getByTestId('signin-screen')).toBeVisible();
  await expect(page.getByTestId('signin-notice')).toContainText('Restored the backup');
  await signIn(page);
  await page.getByTestId('tab-settings').click();
  await expect(page.getByTestId('setting-theme')).toHaveValue('light');
  await page.getByTestId('settings-nav-audit').click();
  await expect(page.getByTestId('audit-row').filter({ hasText: 'backup.restore' })).toHaveCount(1);
});
