import { expect, type Page } from '@playwright/test';
import { type WebShell } from '../../test-support/web-shell';
import { signIn } from './sign-in';

/**
 * Signs in, switches the theme to light (a change a restore must bring back) and takes a backup
 * from Settings → Backups, which is left open.
 */
export async function backUpWithLightTheme(page: Page, shell: WebShell): Promise<void> {
  await page.goto(shell.url);
  await signIn(page);
  await page.getByTestId('tab-settings').click();
  await page.getByTestId('setting-theme').selectOption('light');
  await page.getByTestId('settings-nav-backups').click();
  await page.getByTestId('backup-create').click();
  await expect(page.getByTestId('backup-row')).not.toHaveCount(0);
}
