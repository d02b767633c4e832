import { expect, type Locator, type Page } from '@playwright/test';
import { TRADER } from '../../test-support/binance-emulator/market-fixtures';
import { startBinanceEmulator } from '../../test-support/binance-emulator/server';
import { type BinanceEmulator } from '../../test-support/binance-emulator/types';
import { addEmulatorAccount } from './emulator-account';
import { signIn } from './sign-in';

export const MINUTE = 60_000;

/**
 * The replay test-support/deployment-fixture.ts trades (its REPLAY_START): real BTCUSDT 1m bars
 * of 2024 from March 1st, January and February behind it for the warm-up. That module reaches
 * into the core, which Playwright's loader cannot import, hence the same facts here.
 */
export const REPLAY_START = Date.UTC(2024, 2, 1, 0, 0);

/** The emulator replaying BTCUSDT-1m-2024 from REPLAY_START under a manual clock. */
export function startMarchReplay(): Promise<BinanceEmulator> {
  return startBinanceEmulator({
    keys: [TRADER],
    market: { BTCUSDT: { file: 'BTCUSDT-1m-2024.csv.gz', interval: '1m' } },
    replay: { start: new Date(REPLAY_START).toISOString(), speed: 0 },
  });
}

/** What the new-deployment form is filled with; the parameters by their keys. */
export interface DeploymentFormValues {
  readonly account: string;
  readonly strategy: string;
  readonly params: Readonly<Record<string, string>>;
  readonly symbol: string;
  readonly timeframe: string;
  readonly amount: string;
  readonly mode: 'paper' | 'live';
  readonly paperCapital?: string;
}

/** RSI 14, 30/70, 1000 USDT a trade on BTCUSDT 1m, on paper with 10,000 USDT: the deployment the replay's tests trade. */
export const PAPER_RSI: DeploymentFormValues = {
  account: 'Emulator',
  strategy: 'rsi-reversal',
  params: { period: '14', oversold: '30', overbought: '70' },
  symbol: 'BTCUSDT',
  timeframe: '1m',
  amount: '1000',
  mode: 'paper',
  paperCapital: '10000',
};

/**
 * Signs in with a tall bottom panel (room for a deployment's page under the chart), adds the
 * emulator account and puts it on the chart at 1m, then opens the Deployments tab; returns the panel.
 */
export async function openDeployments(page: Page, url: string, emulator: BinanceEmulator): Promise<Locator> {
  await page.addInitScript(() => {
    (globalThis as unknown as { localStorage: { setItem(key: string, value: string): void } }).localStorage.setItem('tradewind.bottomPanelHeight', '420');
  });
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(url);
  await signIn(page);
  await addEmulatorAccount(page, emulator);
  await page.getByTestId('chart-account').selectOption({ label: 'Emulator' });
  await page.getByTestId('chart-interval-1m').click();
  await page.getByTestId('tab-deployments').click();
  const panel = page.getByTestId('deployments-panel');
  await expect(panel.getByTestId('deployments-empty')).toBeVisible();
  return panel;
}

/** Fills the new-deployment form (it does not submit). */
export async function fillDeploymentForm(form: Locator, values: DeploymentFormValues): Promise<void> {
  await form.getByTestId('deploy-account').selectOption({ label: values.account });
  await form.getByTestId('deploy-strategy').selectOption(values.strategy);
  for (const [key, value] of Object.entries(values.params)) await form.getByTestId(`deploy-param-${key}`).fill(value);
  await form.getByTestId('deploy-symbol').fill(values.symbol);
  await form.getByTestId('deploy-timeframe').selectOption(values.timeframe);
  await form.getByTestId('deploy-amount').fill(values.amount);
  await form.getByTestId('deploy-mode').selectOption(values.mode);
  if (values.paperCapital !== undefined) await form.getByTestId('deploy-capital').fill(values.paperCapital);
}
