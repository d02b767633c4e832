import { expect, test, type Locator, type Page } from '@playwright/test';
import { type BinanceEmulator } from '../test-support/binance-emulator/types';
import { watchConsole } from './support/console-watch';
import { fillDeploymentForm, MINUTE, openDeployments, PAPER_RSI, REPLAY_START, startMarchReplay } from './support/deployments-page';
import { useWebShells } from './support/web-shells';

const shells = useWebShells();

/** RSI 14 30/70 closes its second trade within this many bars of the replay (paper-parity.test.ts checks the same). */
const MAX_BARS = 360;
/** How often the test waits for the deployment to catch up and reads its trade count. */
const CHECK_EVERY_BARS = 10;

let emulator: BinanceEmulator;
test.beforeEach(async () => {
  emulator = await startMarchReplay();
});
test.afterEach(() => emulator.close());
test.describe.configure({ timeout: 240_000 });

/**
 * Walks the replay a bar at a time, briskly, and every few bars waits until the deployment has
 * evaluated the last bar that closed; stops once it has closed `wanted` trades.
 */
async function advanceUntilTrades(row: Locator, wanted: number): Promise<void> {
  for (let bar = 1; bar <= MAX_BARS; bar++) {
    emulator.market.clock.advanceBars(1, 'BTCUSDT');
    await new Promise((resolve) => setTimeout(resolve, 15));
    if (bar % CHECK_EVERY_BARS !== 0) continue;
    // Bar START + (bar - 1) minutes has closed once the next one began.
    await expect(row).toHaveAttribute('data-last-bar-time', String(REPLAY_START + (bar - 1) * MINUTE), { timeout: 20_000 });
    if (Number(await row.getAttribute('data-trades')) >= wanted) return;
  }
  throw new Error(`fewer than ${wanted} trades in ${MAX_BARS} bars`);
}

/** Puts the crosshair on the bar of a decision marker and returns the tooltip. */
async function hoverDecision(page: Page, mark: Locator): Promise<Locator> {
  const x = Number(await mark.getAttribute('data-x'));
  const box = await page.getByTestId('chart-canvas').boundingBox();
  if (box === null || !Number.isFinite(x)) throw new Error('the chart or the marker is not on screen');
  await page.mouse.move(box.x + x, box.y + box.height * 0.35);
  const tooltip = page.getByTestId('chart-decision-tooltip');
  await expect(tooltip).toHaveAttribute('data-bar-time', (await mark.getAttribute('data-bar-time')) ?? '');
  return tooltip;
}

test('a paper RSI deployment from the form trades the replay: its trades in the panel, its decisions on the chart, then stopped, its divergence from a replay, and its daily report', async ({ page }) => {
  const problems = watchConsole(page);
  const panel = await openDeployments(page, (await shells.start()).url, emulator);
  const form = panel.getByTestId('deployment-form');

  // The strategy's own rule comes back from the core onto its field; nothing typed is lost.
  await fillDeploymentForm(form, { ...PAPER_RSI, params: { ...PAPER_RSI.params, overbought: '20' } });
  await form.getByTestId('deploy-submit').click();
  await expect(form.getByTestId('deploy-param-oversold-error')).toHaveText('Oversold must be below overbought');
  await expect(form.getByTestId('deploy-amount')).toHaveValue('1000');
  await expect(form.getByTestId('deploy-capital')).toHaveValue('10000');
  await expect(panel.getByTestId('deployment-row')).toHaveCount(0);

  await form.getByTestId('deploy-param-overbought').fill('70');
  await form.getByTestId('deploy-submit').click();
  await expect(form.getByTestId('deploy-created')).toBeVisible();
  const row = panel.getByTestId('deployment-row');
  await expect(row).toHaveCount(1);
  await expect(row).toHaveAttribute('data-status', 'running');
  await expect(row).toContainText('RSI reversal');
  await expect(row).toContainText('BTCUSDT 1m');
  // Warmed up on the 1,000 bars before the replay's clock: the newest closed one is the bar before it.
  await expect(row).toHaveAttribute('data-last-bar-time', String(REPLAY_START - MINUTE));

  await advanceUntilTrades(row, 2);
  const trades = Number(await row.getAttribute('data-trades'));
  await expect(row.getByTestId('deployment-trades')).toHaveText(String(trades));

  // On the chart: a buy and a sell marker for each trade; the crosshair on the newest sell explains it.
  const marks = page.getByTestId('chart-decision-marks');
  await expect.poll(async () => Number(await marks.getAttribute('data-drawn'))).toBeGreaterThanOrEqual(2 * trades);
  const lastSell = marks.locator('[data-testid=chart-decision-mark][data-signal=sell]').last();
  await expect(lastSell).toHaveAttribute('data-x', /^\d+$/);
  const tooltip = await hoverDecision(page, lastSell);
  const tip = tooltip.getByTestId('chart-decision-tip');
  await expect(tip).toHaveAttribute('data-signal', 'sell');
  await expect(tip).toContainText('RSI reversal');
  await expect(tip.getByTestId('chart-decision-tip-rule')).toHaveText('RSI 14 fell below 70');
  await expect(tip.getByTestId('chart-decision-tip-inputs')).toContainText('RSI');
  await expect(tip.getByTestId('chart-decision-tip-outcome')).toContainText('Simulated market sell');
  await page.mouse.move(0, 0);
  await expect(tooltip).toHaveCount(0);

  // The deployment's page: its closed trades and its journal.
  await row.click();
  const detail = panel.getByTestId('deployment-detail');
  await expect(detail).toHaveAttribute('data-status', 'running');
  await expect(detail.getByTestId('deployment-trades')).toHaveAttribute('data-count', String(trades));
  await expect(detail.getByTestId('deployment-trade-row')).toHaveCount(trades);
  await expect(detail.getByTestId('deployment-trade-pnl').first()).toHaveText(/^−?[\d,]+\.\d\d$/);
  await detail.getByTestId('deployment-tab-decisions').click();
  const decisions = detail.getByTestId('deployment-decision-row');
  await expect.poll(() => decisions.count()).toBeGreaterThanOrEqual(2 * trades);
  await expect(detail.locator('[data-testid=deployment-decision-row][data-signal=buy]').first().getByTestId('deployment-decision-outcome')).toContainText('Simulated market buy');

  // Stopped: the session ends, with its trades, stopped by the trader.
  await detail.getByTestId('deployment-stop').click();
  await page.getByTestId('deployment-stop-dialog-confirm').click();
  await expect(detail).toHaveAttribute('data-status', 'stopped');
  await detail.getByTestId('deployment-tab-sessions').click();
  const session = detail.getByTestId('deployment-session-row');
  await expect(session).toHaveCount(1);
  await expect(session).toHaveAttribute('data-ended', 'true');
  await expect(session).toHaveAttribute('data-stop-reason', 'user');
  await expect(session.getByTestId('deployment-session-end')).toHaveText('Stopped by you');
  await expect(session.getByTestId('deployment-session-trades')).toHaveText(String(trades));
  await expect(detail.getByTestId('deployment-start')).toBeVisible();

  // Its divergence: the session's own candles replayed through the backtester, lined up with its trades: the same, at the same prices.
  await detail.getByTestId('deployment-tab-divergence').click();
  const divergence = detail.getByTestId('divergence');
  await expect(divergence.getByTestId('divergence-headline')).toHaveText(/^No divergence: all \d+ trades match the replay, at its prices and fees$/);
  await expect(divergence.getByTestId('divergence-counts')).toContainText(/ · 0 · 0$/);
  await expect.poll(() => divergence.locator('[data-testid=divergence-row][data-kind=matched]').count()).toBeGreaterThanOrEqual(trades);
  await expect(divergence.getByTestId('divergence-row')).toHaveCount(await divergence.locator('[data-testid=divergence-row][data-kind=matched]').count());
  await expect(divergence.getByTestId('divergence-entry-bps').first()).toHaveText('0 bps');
  await expect(divergence.getByTestId('divergence-notes')).toHaveCount(0);

  // Its daily report: the Reports tab opens at the day that lists it (today so far, as it ran today), its row marked.
  await detail.getByTestId('deployment-daily-report').click();
  const report = page.getByTestId('report-detail');
  await expect(report).toBeVisible();
  await expect(report).toHaveAttribute('data-day', new Date().toISOString().slice(0, 10));
  const own = report.locator(`[data-testid=report-detail-deployment][data-deployment-id="${await detail.getAttribute('data-deployment-id') ?? ''}"]`);
  await expect(own).toHaveClass(/is-selected/);
  await expect(own).toContainText('RSI reversal');

  expect(problems).toEqual([]);
});
