import { expect, test } from '@playwright/test';
import { dataDirWithHourlyBtc, openBacktests } from './support/backtests-page';
import { watchConsole } from './support/console-watch';
import { signIn } from './support/sign-in';
import { useWebShells } from './support/web-shells';

const shells = useWebShells();

test('a backtest runs from the form, finishes, and opens with its metrics, trades and a trade on the price chart', async ({ page }) => {
  const problems = watchConsole(page);
  const shell = await shells.start({ dataDir: await dataDirWithHourlyBtc() });
  const panel = await openBacktests(page, shell.url);
  const form = panel.getByTestId('backtest-form');
  await form.getByTestId('backtest-strategy').selectOption('ma-crossover');
  await expect(form.getByTestId('backtest-series')).toHaveValue('binance|BTCUSDT|1h');

  // The strategy's own rule (short below long) comes back from the core and lands on its field.
  await form.getByTestId('backtest-param-short').fill('50');
  await form.getByTestId('backtest-param-long').fill('20');
  await form.getByTestId('backtest-run').click();
  await expect(form.getByTestId('backtest-param-short-error')).toHaveText('The short average must be shorter than the long one');

  await form.getByTestId('backtest-param-short').fill('20');
  await form.getByTestId('backtest-param-long').fill('50');
  await form.getByTestId('backtest-from').fill('2023-01-01');
  await form.getByTestId('backtest-to').fill('2023-12-31');
  await form.getByTestId('backtest-run').click();

  const progress = form.getByTestId('backtest-progress');
  await expect(progress).toBeVisible();
  await expect(progress).toHaveAttribute('data-status', 'completed', { timeout: 30_000 });
  await expect(progress).toHaveAttribute('aria-valuenow', '100');

  const row = panel.getByTestId('backtest-row');
  await expect(row).toHaveCount(1);
  await expect(row).toHaveAttribute('data-status', 'completed');
  const tradeCount = row.getByTestId('backtest-row-trades');
  await expect(tradeCount).toHaveText(/^\d+$/);
  const trades = Number(await tradeCount.textContent());
  expect(trades).toBeGreaterThan(0);

  await row.click();
  const metrics = panel.getByTestId('backtest-metrics');
  await expect(metrics.locator('[data-metric="tradeCount"] td')).toHaveText(String(trades));
  await expect(metrics.locator('[data-metric="netProfitPct"] td')).toHaveText(/%$/);
  await expect(panel.getByTestId('backtest-equity-chart').locator('canvas').first()).toBeVisible();
  // Every stored trade is listed: the closed ones the metrics count, and the one still open when 2023 ends.
  await expect(panel.getByTestId('backtest-trades')).toHaveAttribute('data-count', String(trades + 1));
  const listed = trades + 1;
  await expect(panel.getByTestId('backtest-trade-row')).toHaveCount(listed);

  // Sorting by P&L puts the best trade first.
  await panel.getByTestId('backtest-trades-sort-pnl').click();
  const firstPnl = await panel.getByTestId('backtest-trade-row').first().locator('td').nth(4).textContent();
  const lastPnl = await panel.getByTestId('backtest-trade-row').last().locator('td').nth(4).textContent();
  expect(Number(firstPnl?.replace(/,/g, ''))).toBeGreaterThanOrEqual(Number(lastPnl?.replace(/,/g, '')));

  const trade = panel.getByTestId('backtest-trade-row').first();
  const seq = await trade.getAttribute('data-seq');
  await trade.click();
  const chart = panel.getByTestId('backtest-trade-chart');
  await expect(chart).toHaveAttribute('data-seq', seq ?? '');
  await expect(chart).not.toHaveAttribute('data-bars', '0');
  await expect(chart.locator('canvas').first()).toBeVisible();
  expect(problems).toEqual([]);
});

test('two runs compare side by side', async ({ page }) => {
  const shell = await shells.start({ dataDir: await dataDirWithHourlyBtc() });
  await page.goto(shell.url);
  await signIn(page);
  await page.getByTestId('tab-backtests').click();
  const panel = page.getByTestId('backtests-panel');
  const form = panel.getByTestId('backtest-form');
  await form.getByTestId('backtest-strategy').selectOption('ma-crossover');
  for (const [short, long] of [
    ['20', '50'],
    ['10', '30'],
  ] as const) {
    await form.getByTestId('backtest-param-short').fill(short);
    await form.getByTestId('backtest-param-long').fill(long);
    await form.getByTestId('backtest-run').click();
    await expect(form.getByTestId('backtest-progress')).toHaveAttribute('data-status', 'completed', { timeout: 30_000 });
  }
  const rows = panel.getByTestId('backtest-row');
  await expect(rows).toHaveCount(2);
  for (const row of await rows.all()) await row.getByTestId('backtest-pick').check();
  await panel.getByTestId('backtest-compare-open').click();
  const compare = panel.getByTestId('backtest-compare');
  await expect(compare.locator('[data-row="param:short"] td')).toHaveText(['10', '20']);
  await expect(compare.locator('[data-row="metric:netProfit"] td.bt-best')).toHaveCount(1);
});
