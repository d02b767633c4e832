import { expect, test } from '@playwright/test';
import { keyString } from '../test-support/binance-emulator/fixtures';
import { startBinanceEmulator } from '../test-support/binance-emulator/server';
import { type BinanceEmulator } from '../test-support/binance-emulator/types';
import { watchConsole } from './support/console-watch';
import { signIn } from './support/sign-in';
import { useWebShells } from './support/web-shells';

const shells = useWebShells();
const API_KEY = keyString('testnetKeyForTheE2eRun');
const SECRET = keyString('testnetSecretNeverShownAgain');

let testnet: BinanceEmulator;
test.beforeAll(async () => {
  // The Spot Testnet stand-in: no /sapi, like the real one; this key may withdraw.
  testnet = await startBinanceEmulator({ keys: [{ apiKey: API_KEY, secretKey: SECRET, permissions: { canWithdraw: true } }], hasSapi: false });
});
test.afterAll(() => testnet.close());

test('a person adds a testnet account, sees what its key may do, and never sees its secret again', async ({ page }) => {
  const problems = watchConsole(page);
  const shell = await shells.start({ env: { TRADEWIND_BINANCE_TESTNET_URL: testnet.url } });
  await page.goto(shell.url);
  await signIn(page);
  await page.getByTestId('tab-settings').click();
  await page.getByTestId('settings-nav-accounts').click();
  await page.getByTestId('account-add').click();
  await page.getByTestId('account-name').fill('Testnet');
  await page.getByTestId('account-environment').selectOption('binance-testnet');
  await expect(page.getByTestId('account-base-url')).toHaveCount(0);
  await page.getByTestId('account-api-key').fill(API_KEY);
  const secretField = page.getByTestId('account-api-secret');
  await expect(secretField).toHaveAttribute('type', 'password');
  await expect(secretField).toHaveAttribute('autocomplete', 'off');
  await secretField.fill(SECRET);
  await page.getByTestId('account-save').click();

  // The key check runs at once against the (emulated) Spot Testnet.
  await expect(page.getByTestId('key-check')).toHaveAttribute('data-ok', 'true');
  await expect(page.getByTestId('key-can-trade')).toHaveAttribute('data-value', 'true');
  await expect(page.getByTestId('key-can-withdraw')).toHaveAttribute('data-value', 'true');
  await expect(page.locator('[data-testid=key-warning][data-level=danger][data-code=WITHDRAWALS_ENABLED]')).toBeVisible();
  await expect(page.getByTestId('key-restrictions-note')).toContainText('Spot Testnet');
  expect(testnet.requests.map((request) => request.path)).toContain('/api/v3/account');

  const row = page.getByTestId('account-row');
  await expect(row).toHaveCount(1);
  await expect(row.getByTestId('account-key-id')).toHaveText(`${API_KEY.slice(0, 4)}…${API_KEY.slice(-4)}`);

  // Never again: not in the page, not in an edit form, not after a reload.
  await row.getByTestId('account-edit').click();
  await page.getByTestId('account-replace-key').click();
  await expect(page.getByTestId('account-api-secret')).toHaveValue('');
  for (const html of [await page.content(), await (await page.reload(), page.content())]) {
    expect(html).not.toContain(SECRET);
    expect(html).not.toContain(API_KEY);
  }

  // The audit log shows what was done, with no key in it.
  await page.getByTestId('tab-settings').click();
  await page.getByTestId('settings-nav-audit').click();
  await expect(page.getByTestId('audit-row').filter({ hasText: 'accounts.create' })).toHaveCount(1);
  await expect(page.getByTestId('audit-row').filter({ hasText: 'accounts.test' })).not.toHaveCount(0);
  expect(await page.content()).not.toContain(SECRET);
  expect(problems).toEqual([]);
});

test('backups and exports from Settings', async ({ page }) => {
  const shell = await shells.start();
  await page.goto(shell.url);
  await signIn(page);
  await page.getByTestId('tab-settings').click();
  await page.getByTestId('settings-nav-backups').click();
  const before = await page.getByTestId('backup-row').count();
  await page.getByTestId('backup-create').click();
  await expect(page.getByTestId('backup-row')).toHaveCount(before + 1);
  await expect(page.getByTestId('backup-retention')).toContainText('never more than 30');
  await page.getByTestId('export-create').click();
  await expect(page.getByTestId('export-result')).toContainText('exports');
});
