import { expect, type Page } from '@playwright/test';
import { test } from '@playwright/test';
import { MINUTE, ROWS, T0, TRADER } from '../test-support/binance-emulator/market-fixtures';
import { startBinanceEmulator } from '../test-support/binance-emulator/server';
import { type BinanceEmulator } from '../test-support/binance-emulator/types';
import { makeDataDir } from '../test-support/web-shell';
import { watchConsole } from './support/console-watch';
import { signIn } from './support/sign-in';
import { connectTicket, openTicket, placeLimit } from './support/ticket-page';
import { useWebShells } from './support/web-shells';

const shells = useWebShells();

let emulator: BinanceEmulator;
test.beforeEach(async () => {
  emulator = await startBinanceEmulator({ keys: [TRADER], market: { BTCUSDT: { rows: ROWS, interval: '1m' } }, replay: { speed: 0 } });
});
test.afterEach(() => emulator.close());
test.describe.configure({ timeout: 150_000 });
test.use({ actionTimeout: 15_000 });

const restingOnExchange = () => emulator.orders(TRADER.apiKey).filter((order) => order.status === 'NEW');
const lineOf = (page: Page, clientOrderId: string) => page.locator(`[data-testid=chart-order-line][data-client-order-id="${clientOrderId}"]`);

/** Drags an order's line on the chart by `dy` pixels, in small steps as a hand would. */
async function dragLine(page: Page, clientOrderId: string, dy: number): Promise<void> {
  const y = Number(await lineOf(page, clientOrderId).getAttribute('data-y'));
  const box = await page.getByTestId('chart-canvas').boundingBox();
  if (box === null || !Number.isFinite(y)) throw new Error('the chart or the order line is not on screen');
  const x = box.x + box.width * 0.5;
  await page.mouse.move(x, box.y + y);
  await page.mouse.down();
  for (let step = 1; step <= 8; step += 1) await page.mouse.move(x, box.y + y + (dy * step) / 8);
  await page.mouse.up();
}

test('a limit order from the ticket: in open orders and on the chart, moved by dragging its line, then cancelled', async ({ page }) => {
  // Four bars into the replay (98.00 to 103.00 so far, now flat at 102.00), so the 1m chart has a price scale.
  await emulator.close();
  emulator = await startBinanceEmulator({ keys: [TRADER], market: { BTCUSDT: { rows: ROWS, interval: '1m' } }, replay: { speed: 0, start: T0 + 4 * MINUTE } });
  const problems = watchConsole(page);
  await openTicket(page, await shells.start(), emulator, { bid: '101.99', ask: '102.01' });
  await page.getByTestId('chart-interval-1m').click();
  const first = (await placeLimit(page, 'b', '0.2', '101.50')) ?? '';
  await page.getByTestId('tab-open-orders').click();
  await expect(page.locator(`[data-testid=order-row][data-client-order-id="${first}"]`)).toBeVisible();
  await expect(lineOf(page, first)).toHaveAttribute('data-price', '101.5');
  await expect(lineOf(page, first)).toHaveAttribute('data-y', /^\d/);
  const lineY = Number(await lineOf(page, first).getAttribute('data-y'));
  await expect(lineOf(page, first)).toContainText('BUY LIMIT 0.2');

  // Dragged down: cancel + replace at a lower price, one user action; the line follows the new order.
  await dragLine(page, first, 60);
  await expect(lineOf(page, first)).toHaveCount(0);
  const moved = page.getByTestId('chart-order-line');
  await expect(moved).toHaveCount(1);
  const second = (await moved.getAttribute('data-client-order-id')) ?? '';
  const newPrice = Number(await moved.getAttribute('data-price'));
  expect(newPrice).toBeLessThan(101.5);
  expect(restingOnExchange().map((order) => [order.clientOrderId, Number(order.price)])).toEqual([[second, newPrice]]);
  await expect(page.locator(`[data-testid=order-row][data-client-order-id="${first}"]`)).toHaveCount(0);
  await expect(page.locator(`[data-testid=order-row][data-client-order-id="${second}"]`)).toBeVisible();

  // Cancelled from the open orders: gone from the exchange, the panel and the chart.
  await page.locator(`[data-testid=order-row][data-client-order-id="${second}"]`).getByTestId('order-cancel').click();
  await expect(page.getByTestId('chart-order-line')).toHaveCount(0);
  expect(restingOnExchange()).toEqual([]);

  // A click on the chart (a little under where the order was) sets the ticket's limit price, on the tick.
  const box = await page.getByTestId('chart-canvas').boundingBox();
  if (box === null) throw new Error('the chart is not on screen');
  await page.mouse.click(box.x + box.width * 0.5, box.y + lineY + 15);
  await expect(page.getByTestId('ticket-price')).not.toHaveValue('101.50');
  const picked = Number(await page.getByTestId('ticket-price').inputValue());
  expect(picked).toBeLessThan(101.5);
  expect(picked).toBeGreaterThan(100);
  expect(Math.round(picked * 100) / 100).toBe(picked);
  expect(problems).toEqual([]);
});

test('a limit in Settings → Risk refuses an order from the ticket, naming the limit and the excess', async ({ page }) => {
  const problems = watchConsole(page);
  await openTicket(page, await shells.start(), emulator);
  await page.getByTestId('tab-settings').click();
  await page.getByTestId('settings-nav-risk').click();
  await page.getByTestId('risk-maxOrderValue').fill('25');
  await page.getByTestId('risk-save').click();
  await expect(page.getByTestId('risk-saved')).toBeVisible();

  await placeLimit(page, 'b', '0.3', '99.50');
  await expect(page.getByTestId('ticket-outcome')).toContainText('At most 25 USDT per order; this order is worth 29.85 USDT, 4.85 USDT over.');
  expect(emulator.orders(TRADER.apiKey)).toEqual([]);
  expect(problems).toEqual([]);
});

test('the kill switch cancels every open order and blocks the next one, also after the web shell restarts, until cleared', async ({ page }) => {
  const dataDir = makeDataDir();
  const shell = await shells.start({ dataDir });
  await openTicket(page, shell, emulator);
  await placeLimit(page, 'b', '0.1', '99.50');
  await placeLimit(page, 'b', '0.1', '99.40');
  await expect.poll(() => restingOnExchange().length).toBe(2);

  await page.keyboard.press('Control+Shift+K');
  await expect(page.getByTestId('kill-switch-engaged')).toBeVisible();
  await expect(page.getByTestId('kill-switch-report')).toHaveText('2 orders cancelled');
  expect(restingOnExchange()).toEqual([]);
  await page.getByTestId('tab-open-orders').click();
  await expect(page.getByTestId('order-row')).toHaveCount(0);

  const sent = emulator.orders(TRADER.apiKey).length;
  await placeLimit(page, 'b', '0.1', '99.30');
  await expect(page.getByTestId('ticket-outcome')).toContainText('The kill switch is engaged');
  expect(emulator.orders(TRADER.apiKey)).toHaveLength(sent);

  // Restart the web shell on the same data folder: still engaged, still refusing.
  await shell.stop();
  shells.forget(shell);
  const again = await shells.start({ dataDir });
  await page.goto(again.url);
  await signIn(page);
  await expect(page.getByTestId('kill-switch-engaged')).toBeVisible();
  await connectTicket(page);
  await placeLimit(page, 'b', '0.1', '99.30');
  await expect(page.getByTestId('ticket-outcome')).toContainText('The kill switch is engaged');
  expect(emulator.orders(TRADER.apiKey)).toHaveLength(sent);

  // Cleared by hand: orders go again.
  await page.getByTestId('kill-switch-clear').click();
  await page.getByTestId('kill-switch-clear-dialog-confirm').click();
  await expect(page.getByTestId('kill-switch-engage')).toBeVisible();
  const after = (await placeLimit(page, 'b', '0.1', '99.30')) ?? '';
  await expect(page.getByTestId('ticket-outcome')).toHaveAttribute('data-tone', 'accepted');
  expect(restingOnExchange().map((order) => order.clientOrderId)).toEqual([after]);
});
