import { expect, test } from '@playwright/test';
import { dataDirWithHourlyBtc, openBacktests } from './support/backtests-page';
import { watchConsole } from './support/console-watch';
import { signIn } from './support/sign-in';
import { useWebShells } from './support/web-shells';

const shells = useWebShells();

test('a sweep runs from the form, shows its ranked sets and a heatmap, and its best set runs as a backtest', async ({ page }) => {
  const problems = watchConsole(page);
  const shell = await shells.start({ dataDir: await dataDirWithHourlyBtc() });
  const panel = await openBacktests(page, shell.url);
  await panel.getByTestId('sweep-mode').check();
  const form = panel.getByTestId('sweep-form');
  await form.getByTestId('sweep-strategy').selectOption('ma-crossover');
  await expect(form.getByTestId('sweep-series')).toHaveValue('binance|BTCUSDT|1h');

  const short = form.getByTestId('sweep-axis-short');
  await short.getByTestId('sweep-param-short-from').fill('10');
  await short.getByTestId('sweep-param-short-to').fill('30');
  await short.getByTestId('sweep-param-short-step').fill('10');
  const long = form.getByTestId('sweep-axis-long');
  await long.getByTestId('sweep-param-long-from').fill('50');
  await long.getByTestId('sweep-param-long-to').fill('100');
  await long.getByTestId('sweep-param-long-step').fill('50');
  await expect(form.getByTestId('sweep-count')).toContainText('6 combinations');
  await form.getByTestId('sweep-rank').selectOption('sharpe');
  await form.getByTestId('sweep-from').fill('2023-01-01');
  await form.getByTestId('sweep-to').fill('2023-12-31');
  await form.getByTestId('sweep-run').click();

  const progress = form.getByTestId('sweep-progress');
  await expect(progress).toBeVisible();
  await expect(progress).toHaveAttribute('data-status', 'completed', { timeout: 60_000 });
  await expect(progress).toHaveAttribute('aria-valuenow', '100');

  const results = panel.getByTestId('sweep-results');
  await expect(results).toBeVisible();
  await expect(panel.getByTestId('sweep-summary')).toContainText('6 sets');
  const rows = results.getByTestId('sweep-row');
  await expect(rows).toHaveCount(6);

  // Best first by Sharpe; sorting by the Sharpe header (best first) keeps the same order.
  const sharpeCells = async (): Promise<number[]> =>
    (await rows.locator('td.sw-rank-col').allTextContents()).map((text) => Number(text.replace(/,/g, '')));
  const ranked = await sharpeCells();
  expect(ranked).toEqual([...ranked].sort((a, b) => b - a));
  await results.getByTestId('sweep-sort-param:short').click();
  await expect(rows.first().locator('td').nth(1)).toHaveText('10');
  await results.getByTestId('sweep-sort-param:short').click();
  await expect(rows.first().locator('td').nth(1)).toHaveText('30');
  await results.getByTestId('sweep-sort-rank').click();
  await expect(rows.first()).toHaveAttribute('data-rank', '1');

  const heatmap = panel.getByTestId('sweep-heatmap');
  await expect(heatmap).toHaveAttribute('data-columns', '3');
  await expect(heatmap).toHaveAttribute('data-rows', '2');
  await expect(heatmap.getByTestId('sweep-cell')).toHaveCount(6);
  await expect(heatmap.locator('[data-testid="sweep-cell"][data-x="20"][data-y="50"]')).toHaveText(/^-?\d/);

  // The best set runs as a single backtest with the sweep's setup and lands in the runs list.
  const best = rows.first();
  const params = JSON.parse((await best.getAttribute('data-params')) ?? '{}') as Record<string, number>;
  await best.click();
  const run = panel.getByTestId('backtest-row');
  await expect(run).toHaveCount(1);
  await expect(run).toHaveAttribute('data-status', 'completed', { timeout: 30_000 });
  await expect(run.locator('td.cell-strong')).toHaveAttribute('title', new RegExp(`"short":${params['short']},"long":${params['long']}`));
  await expect(run.locator('td').nth(4)).toHaveText('2023-01-01 → 2023-12-31');

  // Back to the sweep from the runs list.
  await panel.getByTestId('sweep-open').click();
  await expect(panel.getByTestId('sweep-row')).toHaveCount(6);
  expect(problems).toEqual([]);
});

test('a walk-forward sweep shows its folds and the stitched out-of-sample metrics', async ({ page }) => {
  const shell = await shells.start({ dataDir: await dataDirWithHourlyBtc() });
  await page.goto(shell.url);
  await signIn(page);
  await page.getByTestId('tab-backtests').click();
  const panel = page.getByTestId('backtests-panel');
  await panel.getByTestId('sweep-mode').check();
  const form = panel.getByTestId('sweep-form');
  await form.getByTestId('sweep-strategy').selectOption('ma-crossover');
  await form.getByTestId('sweep-param-short-from').fill('10');
  await form.getByTestId('sweep-param-short-to').fill('20');
  await form.getByTestId('sweep-param-short-step').fill('10');
  await form.getByTestId('sweep-param-long-from').fill('50');
  await form.getByTestId('sweep-windows').fill('3');
  await form.getByTestId('sweep-from').fill('2023-01-01');
  await form.getByTestId('sweep-to').fill('2023-12-31');
  await form.getByTestId('sweep-run').click();
  await expect(form.getByTestId('sweep-progress')).toHaveAttribute('data-status', 'completed', { timeout: 60_000 });
  const folds = panel.getByTestId('sweep-folds');
  await expect(folds).toBeVisible();
  await expect(folds.getByTestId('sweep-fold').first()).toBeVisible();
  await expect(folds.getByTestId('sweep-oos')).toContainText('Out of sample');
});
