import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { backUpWithLightTheme } from './support/light-theme-backup';
import { signIn } from './support/sign-in';
import { useWebShells } from './support/web-shells';

const shells = useWebShells();

test('a damaged database is explained, never recreated, and the latest good backup brings the data back', async ({ page }) => {
  const first = await shells.start();
  await backUpWithLightTheme(page, first);
  expect(await first.stop()).toBe(0);
  shells.forget(first);

  const file = path.join(first.dataDir, 'tradewind.db');
  const handle = fs.openSync(file, 'r+');
  fs.writeSync(handle, Buffer.alloc(100, 0x5a), 0, 100, 0);
  fs.closeSync(handle);
  const damaged = fs.readFileSync(file);

  const second = await shells.start({ dataDir: first.dataDir });
  await page.goto(second.url);
  await expect(page.getByTestId('recovery-screen')).toBeVisible();
  await expect(page.getByTestId('recovery-problem')).toContainText('not a readable SQLite database');
  expect(fs.readFileSync(file).equals(damaged)).toBe(true);

  await page.getByTestId('recovery-restore').click();
  await expect(page.getByTestId('signin-screen')).toBeVisible();
  await signIn(page);
  await page.getByTestId('tab-settings').click();
  await expect(page.getByTestId('setting-theme')).toHaveValue('light');
  const replaced = fs.readdirSync(path.join(first.dataDir, 'replaced'));
  expect(replaced.some((name) => fs.readFileSync(path.join(first.dataDir, 'replaced', name)).equals(damaged))).toBe(true);
});
