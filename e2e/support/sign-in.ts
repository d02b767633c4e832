import { expect, type Page } from '@playwright/test';

export const PASSPHRASE = 'correct horse battery staple';

/** The web shell starts locked: the first run chooses the passphrase, later runs unlock with it. */
export async function signIn(page: Page, passphrase = PASSPHRASE): Promise<void> {
  await page.getByTestId('signin-passphrase').fill(passphrase);
  const confirm = page.getByTestId('signin-passphrase-confirm');
  if (await confirm.isVisible()) await confirm.fill(passphrase);
  await page.getByTestId('signin-submit').click();
  await expect(page.getByTestId('signin-screen')).toHaveCount(0);
}
