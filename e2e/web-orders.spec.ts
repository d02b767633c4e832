import { expect } from '@playwright/test';
import { test } from '@playwright/test';
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

test('a trader connects an account: the header shows the link, clock offset and weight; orders from elsewhere are adopted live', async ({ page }) => {
  const problems = watchConsole(page);
  const shell = await shells.start();
  await page.goto(shell.url);
  await signIn(page);
  await expect(page.getByTestId('exchange-indicator')).toHaveAttribute('data-state', 'none');
  await addEmulatorAccount(page, emulator);

  // The trading tabs follow the chart's account; until one is picked they say so.
  await page.getByTestId('tab-open-orders').click();
  await expect(page.getByTestId('open-orders-no-account')).toBeVisible();
  await page.getByTestId('trading-account').selectOption({ label: 'Emulator' });
  await expect(page.getByTestId('chart-account')).toHaveValue(await page.getByTestId('trading-account').inputValue());
  await expect(page.getByTestId('orders-empty')).toBeVisible();
  // The chart's live feed connects the account it is given; the bar beside the tabs shows the link.
  await expect(page.getByTestId('trading-connection')).toHaveAttribute('data-state', 'connected');
  await expect(page.getByTestId('exchange-disconnect')).toBeVisible();
  const state = page.getByTestId('exchange-state');
  await expect(state).toHaveAttribute('data-state', 'connected');
  await expect(state).toHaveText('connected');
  await expect(page.getByTestId('exchange-offset')).toHaveText(/^Δt[+−±]\d+ ms$/);
  await expect(page.getByTestId('exchange-weight')).toHaveText(/^Weight\d+\/6,000$/);

  // An order placed on the website reaches the journal through the account stream, marked adopted.
  emulator.placeOrder(TRADER.apiKey, { symbol: 'BTCUSDT', side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity: '0.5', price: '90', newClientOrderId: 'from-the-website' });
  const resting = page.locator('[data-testid=order-row][data-client-order-id=from-the-website]');
  await expect(resting.getByTestId('order-status')).toHaveText('open');
  await expect(resting.getByTestId('order-origin')).toHaveText('adopted');

  // A market order elsewhere fills at once: never open, it is in the history, its fill beside it, counted once.
  emulator.placeOrder(TRADER.apiKey, { symbol: 'BTCUSDT', side: 'SELL', type: 'MARKET', quantity: '0.1', newClientOrderId: 'sold-elsewhere' });
  await page.getByTestId('tab-history').click();
  const sold = page.locator('[data-testid=history-row][data-client-order-id=sold-elsewhere]');
  await expect(sold).toHaveAttribute('data-status', 'FILLED');
  await sold.click();
  await expect(page.getByTestId('history-fill-row')).toHaveCount(emulator.trades(TRADER.apiKey).length);
  await expect(page.getByTestId('history-fill-row').first()).toContainText('0.1');

  // Cancel from the open orders: the exchange cancels it and it leaves the list.
  await page.getByTestId('tab-open-orders').click();
  await resting.getByTestId('order-cancel').click();
  await expect(resting).toHaveCount(0);
  expect(emulator.orders(TRADER.apiKey).find((order) => order.clientOrderId === 'from-the-website')?.status).toBe('CANCELED');
  await expect(page.getByTestId('orders-empty')).toBeVisible();
  await page.getByTestId('tab-history').click();
  await expect(page.locator('[data-testid=history-row][data-client-order-id=from-the-website]')).toHaveAttribute('data-status', 'CANCELED');
  expect(problems).toEqual([]);
});

test('a 418 ban is shown in the header with the time left, and nothing is sent meanwhile', async ({ page }) => {
  const problems = watchConsole(page);
  const shell = await shells.start();
  await page.goto(shell.url);
  await signIn(page);
  await addEmulatorAccount(page, emulator);
  await page.getByTestId('tab-open-orders').click();
  await page.getByTestId('trading-account').selectOption({ label: 'Emulator' });
  await expect(page.getByTestId('exchange-state')).toHaveAttribute('data-state', 'connected');

  emulator.faults.ban418(120);
  await page.getByTestId('orders-reconcile').click();
  await expect(page.getByTestId('orders-action-error')).toBeVisible();
  const state = page.getByTestId('exchange-state');
  await expect(state).toHaveText(/^banned · [12]:\d\d$/);
  await expect(state).toHaveClass(/exchange--alarm/);
  const requestsDuringBan = emulator.requests.length;
  await page.getByTestId('orders-reconcile').click();
  await expect(page.getByTestId('orders-action-error')).toContainText(/banned/i);
  expect(emulator.requests.length).toBe(requestsDuringBan);
  expect(problems).toEqual([]);
});
