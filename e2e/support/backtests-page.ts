import { expect, type Locator, type Page } from '@playwright/test';
import { openCliMarket } from '../../src/main/cli/commands/market-cli';
import { resolveDataFile } from '../../test-support/binance-emulator/kline-file';
import { makeDataDir } from '../../test-support/web-shell';
import { signIn } from './sign-in';

/** A data folder holding the hourly BTCUSDT file (2023-01-01 to 2024-01-10), imported as `tradewind import` does. */
export async function dataDirWithHourlyBtc(): Promise<string> {
  const dataDir = makeDataDir();
  const { store, market } = openCliMarket(dataDir, {});
  try {
    await market.importFile({ venue: 'binance', symbol: 'BTCUSDT', interval: '1h', path: resolveDataFile('BTCUSDT-1h.csv.gz') });
  } finally {
    store.close();
  }
  return dataDir;
}

/**
 * Signs in and opens the Backtests tab with a tall bottom panel (room for the run page's
 * charts), with no run yet; returns the panel.
 */
export async function openBacktests(page: Page, url: string): Promise<Locator> {
  await page.addInitScript(() => {
    (globalThis as unknown as { localStorage: { setItem(key: string, value: string): void } }).localStorage.setItem('tradewind.bottomPanelHeight', '640');
  });
  await page.goto(url);
  await signIn(page);
  await page.getByTestId('tab-backtests').click();
  const panel = page.getByTestId('backtests-panel');
  await expect(panel.getByTestId('backtests-empty')).toBeVisible();
  return panel;
}
