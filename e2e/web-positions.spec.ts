import { expect, test, type Page } from '@playwright/test';
import { Decimal, normalizeDecimalString } from '../src/shared/exchange/decimal';
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

/** A P&L as the tabs write it for a USDT pair: sign, grouped, two places. */
function signedUsdt(value: Decimal): string {
  const fixed = value.abs().toFixed(2, Decimal.ROUND_HALF_UP);
  return `${new Decimal(fixed).isZero() ? '' : value.isNegative() ? '−' : '+'}${fixed}`;
}

async function openTab(page: Page, id: string): Promise<void> {
  await page.getByTestId(`tab-${id}`).click();
  await expect(page.getByTestId(`tab-${id}`)).toHaveAttribute('aria-selected', 'true');
}

test('a trader buys and sells: the fill, the position and its P&L, the realized P&L by day, and the history filtered', async ({ page }) => {
  const problems = watchConsole(page);
  const shell = await shells.start();
  await page.goto(shell.url);
  await signIn(page);
  await addEmulatorAccount(page, emulator);

  // The trading tabs follow the chart's account: none yet, so they say how to pick one.
  await openTab(page, 'positions');
  await expect(page.getByTestId('positions-no-account')).toBeVisible();
  await page.getByTestId('trading-account').selectOption({ label: 'Emulator' });
  await expect(page.getByTestId('trading-connection')).toHaveAttribute('data-state', 'connected');
  await expect(page.getByTestId('positions-empty')).toBeVisible();
  await expect(page.locator('[data-testid=balance-row][data-asset=USDT]').getByTestId('balance-free')).toHaveText('10,000');

  // A resting limit buy, then a market buy; both reach the journal from the account stream.
  emulator.placeOrder(TRADER.apiKey, { symbol: 'BTCUSDT', side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity: '0.1', price: '90', newClientOrderId: 'resting-buy' });
  emulator.placeOrder(TRADER.apiKey, { symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: '0.5', newClientOrderId: 'market-buy' });
  const [buy] = emulator.trades(TRADER.apiKey);
  if (buy === undefined) throw new Error('the emulator filled no buy');

  await openTab(page, 'fills');
  const buyFill = page.locator('[data-testid=fills-row][data-client-order-id=market-buy]');
  await expect(buyFill).toHaveCount(1);
  await expect(buyFill.getByTestId('fills-qty')).toHaveText('0.5');
  await expect(buyFill.getByTestId('fills-price')).toHaveText(normalizeDecimalString(buy.price));
  await expect(buyFill).toContainText(`${normalizeDecimalString(buy.commission)} BTC`);
  await expect(buyFill).toContainText('taker');

  // The position: the fee taken in BTC shrinks what is held; its cost is the quote paid.
  const held = new Decimal(buy.qty).minus(buy.commission);
  const cost = new Decimal(buy.quoteQty);
  await openTab(page, 'positions');
  const position = page.locator('[data-testid=position-row][data-symbol=BTCUSDT]');
  await expect(position.getByTestId('position-quantity')).toHaveText(normalizeDecimalString(held.toFixed()));
  await expect(position.getByTestId('position-entry')).toHaveText(cost.dividedBy(held).toFixed(2, Decimal.ROUND_HALF_UP));
  await expect(position.getByTestId('position-unrealized')).toHaveText(/^[+−]?\d+\.\d\d$/);
  await expect(position.getByTestId('position-realized')).toHaveText('0.00');

  // The price moves, and part of it is sold: realized is the proceeds after the fee less the average cost of what left.
  emulator.market.clock.advanceSteps(2);
  emulator.placeOrder(TRADER.apiKey, { symbol: 'BTCUSDT', side: 'SELL', type: 'MARKET', quantity: '0.2', newClientOrderId: 'market-sell' });
  const sell = emulator.trades(TRADER.apiKey).find((trade) => !trade.isBuyer);
  if (sell === undefined) throw new Error('the emulator filled no sell');
  const realized = new Decimal(sell.quoteQty).minus(sell.commission).minus(cost.dividedBy(held).times(sell.qty));
  await expect(position.getByTestId('position-quantity')).toHaveText(normalizeDecimalString(held.minus(sell.qty).toFixed()));
  await expect(position.getByTestId('position-realized')).toHaveText(signedUsdt(realized));
  await expect(position.getByTestId('position-realized')).toHaveClass(realized.isNegative() ? /pnl--down/ : /pnl--up/);

  await openTab(page, 'pnl');
  const day = page.locator('[data-testid=pnl-row][data-quote=USDT]');
  await expect(day).toHaveCount(1);
  await expect(day.getByTestId('pnl-realized')).toHaveText(signedUsdt(realized));
  await expect(page.getByTestId('pnl-chart')).toHaveCount(1);
  await page.getByTestId('pnl-period-month').click();
  await expect(page.getByTestId('pnl-period-month')).toHaveAttribute('aria-checked', 'true');
  await expect(day.getByTestId('pnl-realized')).toHaveText(signedUsdt(realized));

  // The history lists all three orders; filters narrow it.
  await openTab(page, 'history');
  await expect(page.getByTestId('history-count')).toHaveAttribute('data-total', '3');
  await expect(page.getByTestId('history-row')).toHaveCount(3);
  await expect(page.locator('[data-testid=history-row][data-client-order-id=market-sell]').getByTestId('history-origin')).toHaveText('adopted');
  await page.getByTestId('history-side').selectOption('SELL');
  await expect(page.getByTestId('history-count')).toHaveAttribute('data-total', '1');
  await expect(page.getByTestId('history-row')).toHaveCount(1);
  await expect(page.getByTestId('history-row')).toHaveAttribute('data-client-order-id', 'market-sell');
  await page.getByTestId('history-side').selectOption('all');
  await page.getByTestId('history-state').selectOption('open');
  await expect(page.getByTestId('history-count')).toHaveAttribute('data-total', '1');
  await expect(page.getByTestId('history-row')).toHaveAttribute('data-client-order-id', 'resting-buy');

  // Cancel all, confirmed: the resting order ends, and the open-state history empties with it.
  await openTab(page, 'open-orders');
  await page.getByTestId('open-orders-cancel-all').click();
  await page.getByTestId('cancel-all-dialog-confirm').click();
  await expect(page.getByTestId('orders-empty')).toBeVisible();
  expect(emulator.orders(TRADER.apiKey).find((order) => order.clientOrderId === 'resting-buy')?.status).toBe('CANCELED');
  await openTab(page, 'history');
  await expect(page.getByTestId('history-empty')).toBeVisible();
  expect(problems).toEqual([]);
});
