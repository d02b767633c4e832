import { expect } from '@playwright/test';
import { test } from '@playwright/test';
import { ROWS, TRADER } from '../test-support/binance-emulator/market-fixtures';
import { startBinanceEmulator } from '../test-support/binance-emulator/server';
import { type BinanceEmulator } from '../test-support/binance-emulator/types';
import { watchConsole } from './support/console-watch';
import { openTicket } from './support/ticket-page';
import { useWebShells } from './support/web-shells';

const shells = useWebShells();

let emulator: BinanceEmulator;
test.beforeEach(async () => {
  emulator = await startBinanceEmulator({ keys: [TRADER], market: { BTCUSDT: { rows: ROWS, interval: '1m' } }, replay: { speed: 0 } });
});
test.afterEach(() => emulator.close());
// Each test signs in, adds an account and connects it before the ticket's part begins.
test.describe.configure({ timeout: 120_000 });

const placements = () => emulator.requests.filter((request) => request.method === 'POST' && request.path === '/api/v3/order').length;

test('B, an amount, Enter, Enter: a limit buy at the best bid is accepted and listed; a market buy fills', async ({ page }) => {
  const problems = watchConsole(page);
  await openTicket(page, await shells.start(), emulator);

  await page.keyboard.press('s');
  await expect(page.getByTestId('ticket')).toHaveAttribute('data-side', 'SELL');
  await expect(page.getByTestId('ticket-amount')).toBeFocused();
  await expect(page.getByTestId('ticket-price')).toHaveValue('100.01');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('ticket-amount')).not.toBeFocused();

  await page.keyboard.press('b');
  await expect(page.getByTestId('ticket')).toHaveAttribute('data-side', 'BUY');
  await expect(page.getByTestId('ticket-amount')).toBeFocused();
  await expect(page.getByTestId('ticket-amount')).toHaveValue('');
  await expect(page.getByTestId('ticket-price')).toHaveValue('99.99');
  await page.keyboard.type('0.5');
  await expect(page.getByTestId('ticket-estimate-value')).toHaveText('49.995 USDT');
  await expect(page.getByTestId('ticket-estimate-fee')).toHaveText(/^0\.0005 BTC ≈ 0\.05 USDT$/);
  await expect(page.getByTestId('ticket-estimate-quoteAfter')).toHaveText('9950.005');
  await expect(page.getByTestId('ticket-submit')).toBeEnabled();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('ticket-confirm')).toBeVisible();
  await expect(page.getByTestId('ticket-confirm-summary')).toContainText('Buy 0.5 BTC at 99.99 USDT (limit, GTC)');
  await page.keyboard.press('Enter');
  const outcome = page.getByTestId('ticket-outcome');
  await expect(outcome).toHaveAttribute('data-tone', 'accepted');
  await expect(page.getByTestId('ticket-confirm')).toHaveCount(0);
  const clientOrderId = await outcome.getAttribute('data-client-order-id');
  expect(clientOrderId).toBeTruthy();
  expect(emulator.orders(TRADER.apiKey).find((order) => order.clientOrderId === clientOrderId)?.status).toBe('NEW');
  await page.getByTestId('tab-open-orders').click();
  const row = page.locator(`[data-testid=order-row][data-client-order-id="${clientOrderId}"]`);
  await expect(row.getByTestId('order-status')).toHaveText('open');
  // The resting buy locks its cost: the ticket's free quote follows.
  await expect(page.getByTestId('ticket-available')).toHaveText('Free: 9950.005 USDT');

  // A market buy fills at the ask.
  await page.getByTestId('ticket-type').selectOption('MARKET');
  await page.getByTestId('ticket-amount').fill('0.1');
  await expect(page.getByTestId('ticket-market-price')).toContainText('100.01');
  await page.getByTestId('ticket-amount').press('Enter');
  await page.getByTestId('ticket-confirm-confirm').click();
  await expect(outcome).toHaveAttribute('data-tone', 'filled');
  await expect(outcome).toContainText('0.1 filled at 100.01 on average');
  expect(emulator.trades(TRADER.apiKey).length).toBeGreaterThan(0);
  expect(problems).toEqual([]);
});

test('an amount off the step or under the minimum value is refused in the ticket with the nearest valid ones, and nothing is sent', async ({ page }) => {
  const problems = watchConsole(page);
  await openTicket(page, await shells.start(), emulator);
  const sentBefore = placements();
  const ordersBefore = emulator.orders(TRADER.apiKey).length;

  await page.keyboard.press('b');
  await page.keyboard.type('0.123456');
  const problem = page.getByTestId('ticket-problem').first();
  await expect(problem).toHaveAttribute('data-field', 'amount');
  await expect(problem).toContainText('is not a multiple of the step size 0.00001');
  await expect(problem.getByTestId('ticket-nearest')).toHaveText(['0.12345', '0.12346']);
  await expect(page.getByTestId('ticket-submit')).toBeDisabled();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('ticket-confirm')).toHaveCount(0);

  // Below the 5 USDT minimum value at 99.99: the smallest quantity that passes is offered, and a click uses it.
  await page.getByTestId('ticket-amount').fill('0.01');
  await expect(problem).toContainText('is below the minimum 5 USDT');
  await expect(problem.getByTestId('ticket-nearest')).toHaveText(['0.05001']);
  await expect(page.getByTestId('ticket-submit')).toBeDisabled();
  await page.getByTestId('ticket-amount').press('Enter');
  await expect(page.getByTestId('ticket-confirm')).toHaveCount(0);
  await problem.getByTestId('ticket-nearest').click();
  await expect(page.getByTestId('ticket-amount')).toHaveValue('0.05001');
  await expect(page.getByTestId('ticket-problem')).toHaveCount(0);
  await expect(page.getByTestId('ticket-submit')).toBeEnabled();

  expect(placements()).toBe(sentBefore);
  expect(emulator.orders(TRADER.apiKey).length).toBe(ordersBefore);
  expect(problems).toEqual([]);
});
