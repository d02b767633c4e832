import { expect, type Page } from '@playwright/test';
import { TRADER } from '../../test-support/binance-emulator/market-fixtures';
import { type BinanceEmulator } from '../../test-support/binance-emulator/types';

/** Adds the emulator as a `custom` account through Settings → Accounts, with the demo key. */
export async function addEmulatorAccount(page: Page, emulator: BinanceEmulator): Promise<void> {
  await page.getByTestId('tab-settings').click();
  await page.getByTestId('settings-nav-accounts').click();
  await page.getByTestId('account-add').click();
  await page.getByTestId('account-name').fill('Emulator');
  await page.getByTestId('account-environment').selectOption('custom');
  await page.getByTestId('account-base-url').fill(emulator.url);
  await page.getByTestId('account-api-key').fill(TRADER.apiKey);
  await page.getByTestId('account-api-secret').fill(TRADER.secretKey);
  await page.getByTestId('account-save').click();
  await expect(page.getByTestId('key-check')).toHaveAttribute('data-ok', 'true');
}
