import { expect, test } from '@playwright/test';
import { resolveDataFile } from '../test-support/binance-emulator/kline-file';
import { TRADER } from '../test-support/binance-emulator/market-fixtures';
import { startBinanceEmulator } from '../test-support/binance-emulator/server';
import { type BinanceEmulator } from '../test-support/binance-emulator/types';
import { sharedFileLines, writeKlineFile } from '../test-support/market-data-fixture';
import { makeDataDir } from '../test-support/web-shell';
import { openCliMarket } from '../src/main/cli/commands/market-cli';
import { watchConsole } from './support/console-watch';
import { addEmulatorAccount } from './support/emulator-account';
import { signIn } from './support/sign-in';
import { useWebShells } from './support/web-shells';

const shells = useWebShells();
const MINUTE = 60_000;
/** The replay starts here; the stored history is the half day before it. */
const START = Date.UTC(2024, 2, 1, 12);

let emulator: BinanceEmulator;
test.beforeEach(async () => {
  emulator = await startBinanceEmulator({ keys: [TRADER], market: { BTCUSDT: { file: 'BTCUSDT-1m-2024.csv.gz', interval: '1m' } }, replay: { start: START, speed: 0 } });
});
test.afterEach(() => emulator.close());

/** Imports kline files into a data folder the way `tradewind import` does, before a shell opens it. */
async function importInto(dataDir: string, imports: Array<{ venue: string; interval: '1m' | '1h'; path: string }>): Promise<void> {
  const { store, market } = openCliMarket(dataDir, {});
  try {
    for (const one of imports) await market.importFile({ venue: one.venue, symbol: 'BTCUSDT', interval: one.interval, path: one.path });
  } finally {
    store.close();
  }
}

const price = (value: number, decimals: number): string => value.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });

test('the chart shows the last close of a stored series, then streams: a new candle appears within a second', async ({ page }) => {
  const problems = watchConsole(page);
  const dataDir = makeDataDir();
  const minutes = sharedFileLines('BTCUSDT-1m-2024.csv.gz').filter((line) => {
    const time = Number(line.split(',')[0]);
    return time >= START - 720 * MINUTE && time < START;
  });
  expect(minutes).toHaveLength(720);
  await importInto(dataDir, [
    { venue: 'binance', interval: '1h', path: resolveDataFile('BTCUSDT-1h.csv.gz') },
    { venue: `custom:${emulator.url}`, interval: '1m', path: await writeKlineFile(dataDir, 'half-day.csv', minutes) },
  ]);
  const shell = await shells.start({ dataDir });
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(shell.url);
  await signIn(page);

  // The default layout: BTCUSDT 1h, stored history only. The hourly file ends on 2024-01-10 20:00 at 46127.0.
  const lastClose = page.getByTestId('chart-last-close');
  await expect(lastClose).toHaveAttribute('data-time', String(Date.UTC(2024, 0, 10, 20)));
  await expect(lastClose).toHaveText(/^46,127(\.0+)?$/);
  await expect(page.getByTestId('chart-feed-badge')).toHaveAttribute('data-state', 'history');

  // The emulator's account: its stored half day, then the live bar at the replay's start.
  await addEmulatorAccount(page, emulator);
  await page.getByTestId('chart-account').selectOption({ label: 'Emulator' });
  await page.getByTestId('chart-interval-1m').click();
  await emulator.waitForStream('btcusdt@kline_1m');
  // The replay's clock is manual: the first step of the 12:00 bar makes the stream speak.
  emulator.market.clock.advanceSteps(1);
  await expect(page.getByTestId('chart-feed-badge')).toHaveAttribute('data-state', 'live');
  await expect(lastClose).toHaveAttribute('data-time', String(START));

  // The rest of the bar (four prices a bar): the 12:01 candle the emulator pushes shows within a second, at its opening price.
  const [, nextOpen] = (sharedFileLines('BTCUSDT-1m-2024.csv.gz').find((line) => line.startsWith(`${START + MINUTE},`)) ?? '').split(',').map(Number);
  emulator.market.clock.advanceSteps(3);
  await expect(lastClose).toHaveAttribute('data-time', String(START + MINUTE), { timeout: 1_000 });
  await expect(lastClose).toHaveText(price(nextOpen ?? NaN, 2), { timeout: 1_000 });
  expect(problems).toEqual([]);
});
