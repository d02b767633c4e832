import { expect, test } from '@playwright/test';
import { ROWS, TRADER } from '../test-support/binance-emulator/market-fixtures';
import { startBinanceEmulator } from '../test-support/binance-emulator/server';
import { type BinanceEmulator } from '../test-support/binance-emulator/types';
import { watchConsole } from './support/console-watch';
import { addEmulatorAccount } from './support/emulator-account';
import { signIn } from './support/sign-in';
import { useWebShells } from './support/web-shells';

const shells = useWebShells();

let emulator: BinanceEmulator;
test.beforeEach(async () => {
  emulator = await startBinanceEmulator({ keys: [TRADER], market: { BTCUSDT: { rows: ROWS, interval: '1m' } }, replay: { speed: 0 } });
});
test.afterEach(() => emulator.close());

test('a fill shows in the notification feed under the bell, once, and reading it clears the count', async ({ page }) => {
  const problems = watchConsole(page);
  const shell = await shells.start();
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(shell.url);
  await signIn(page);
  await addEmulatorAccount(page, emulator);
  await page.getByTestId('tab-open-orders').click();
  await page.getByTestId('trading-account').selectOption({ label: 'Emulator' });
  await expect(page.getByTestId('trading-connection')).toHaveAttribute('data-state', 'connected');
  await expect(page.getByTestId('notifications-unread')).toHaveCount(0);

  // A market order filled elsewhere reaches the journal through the account stream, and the feed.
  emulator.placeOrder(TRADER.apiKey, { symbol: 'BTCUSDT', side: 'SELL', type: 'MARKET', quantity: '0.1', newClientOrderId: 'sold-elsewhere' });
  await expect(page.getByTestId('notifications-unread')).toHaveText('1');
  await page.getByTestId('notifications-bell').click();
  const item = page.getByTestId('notification');
  await expect(item).toHaveCount(1);
  await expect(item).toHaveAttribute('data-kind', 'fill');
  await expect(item).toContainText('Sold 0.1 BTCUSDT');
  await expect(item).toContainText('(placed outside this app), order sold-elsewhere');
  await page.screenshot({ path: test.info().outputPath('notifications.png') });

  await page.getByTestId('notifications-read-all').click();
  await expect(page.getByTestId('notifications-unread')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('notifications-panel')).toHaveCount(0);
  expect(problems).toEqual([]);
});
