import { expect, type Page } from '@playwright/test';
import { type BinanceEmulator } from '../../test-support/binance-emulator/types';
import { type WebShell } from '../../test-support/web-shell';
import { addEmulatorAccount } from './emulator-account';
import { signIn } from './sign-in';

/**
 * Signs in to a fresh shell, adds the emulator, puts it on the chart and connects it from the
 * ticket; returns once the ticket shows the book (by default the replay's first price) and
 * the focus is on the ticket's title, where B and S work.
 */
export async function openTicket(page: Page, shell: WebShell, emulator: BinanceEmulator, book: Book = FIRST_BOOK): Promise<void> {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(shell.url);
  await signIn(page);
  await expect(page.getByTestId('ticket-no-account')).toBeVisible();
  await addEmulatorAccount(page, emulator);
  await page.getByTestId('chart-account').selectOption({ label: 'Emulator' });
  await connectTicket(page, book);
}

/** Best bid and ask the ticket should show once connected. */
export interface Book {
  readonly bid: string;
  readonly ask: string;
}

/** The replay's first price, 100.00, with its two-tick spread. */
export const FIRST_BOOK: Book = { bid: '99.99', ask: '100.01' };

/** Connects the chart's account from the ticket when the chart's feed has not already. */
export async function connectTicket(page: Page, book: Book = FIRST_BOOK): Promise<void> {
  const connect = page.getByTestId('ticket-connect');
  await expect(connect.or(page.getByTestId('ticket'))).toBeVisible();
  // The chart's live feed usually connects the account first; the button may vanish under the click.
  if (await connect.isVisible()) await connect.click({ timeout: 2_000 }).catch(() => undefined);
  await expect(page.getByTestId('ticket')).toBeVisible();
  await expect(page.getByTestId('ticket-bid')).toHaveText(book.bid);
  await expect(page.getByTestId('ticket-ask')).toHaveText(book.ask);
  await focusTicket(page);
}

/** B and S work from anywhere but a field: click the ticket's title. */
export async function focusTicket(page: Page): Promise<void> {
  await page.getByRole('region', { name: 'Order ticket' }).getByText('Order ticket', { exact: true }).click();
}

/**
 * B (or S), the amount, a price, Enter and Enter again in the confirmation. Returns the client
 * order id the outcome names, or null when the order was refused before it was journaled.
 */
export async function placeLimit(page: Page, side: 'b' | 's', amount: string, price: string): Promise<string | null> {
  const outcome = page.getByTestId('ticket-outcome');
  if (await outcome.isVisible()) await outcome.getByRole('button', { name: 'Dismiss' }).click();
  await expect(outcome).toHaveCount(0);
  await focusTicket(page);
  await page.keyboard.press(side);
  await page.keyboard.type(amount);
  await page.getByTestId('ticket-price').fill(price);
  await page.getByTestId('ticket-amount').press('Enter');
  await expect(page.getByTestId('ticket-confirm')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(outcome).toBeVisible();
  return outcome.getAttribute('data-client-order-id');
}
