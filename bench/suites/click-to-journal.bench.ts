import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { type Page } from '@playwright/test';
import { openTicket } from '../../e2e/support/ticket-page';
import { ccxtOnEmulator } from '../../test-support/binance-emulator/ccxt-client';
import { ROWS, TRADER } from '../../test-support/binance-emulator/market-fixtures';
import { startBinanceEmulator } from '../../test-support/binance-emulator/server';
import { makeDataDir, startWebShell } from '../../test-support/web-shell';
import { CHROMIUM_MISSING, hasChromium, launchChromium } from '../lib/chromium';
import { percentile, type Figure } from '../lib/results';

const WARMUP = 5;
const SAMPLES = 60;
/** An IOC buy far under the market: journaled, sent, expired at once; nothing piles up on the book. */
const PRICE = '90.00';
const AMOUNT = '0.1';

interface Sample {
  /** Click on "Place buy order" → the order's row committed in the journal. */
  readonly toJournal: number;
  /** Click → the exchange's answer applied to the journal. */
  readonly toAnswer: number;
  /** Click → the outcome painted in the ticket. */
  readonly toScreen: number;
}

/** Page-side: arms a listener that stamps the confirm click (wall clock, as the core's journal) and the outcome's paint. */
const ARM = `(() => {
  const marks = { clickAt: 0, shownAt: 0 };
  globalThis.benchMarks = marks;
  document.addEventListener('click', (event) => {
    if (event.target instanceof Element && event.target.closest('[data-testid=ticket-confirm-confirm]')) marks.clickAt = Date.now();
  }, { capture: true, once: true });
  const observer = new MutationObserver(() => {
    if (marks.clickAt === 0 || document.querySelector('[data-testid=ticket-outcome][data-client-order-id]') === null) return;
    observer.disconnect();
    requestAnimationFrame(() => { marks.shownAt = Date.now(); });
  });
  observer.observe(document.body, { childList: true, subtree: true, attributes: true });
})()`;

async function placeOnce(page: Page, journal: Database.Database): Promise<Sample> {
  const outcome = page.getByTestId('ticket-outcome');
  if (await outcome.isVisible()) await outcome.getByRole('button', { name: 'Dismiss' }).click();
  await page.getByTestId('ticket-amount').fill(AMOUNT);
  await page.getByTestId('ticket-price').fill(PRICE);
  await page.getByTestId('ticket-amount').press('Enter');
  await page.getByTestId('ticket-confirm-confirm').waitFor();
  await page.evaluate(ARM);
  const newest = journal.prepare('select client_order_id as id, created_at as createdAt, updated_at as updatedAt, status from orders order by created_at desc, rowid desc limit 1');
  const before = (newest.get() as { id: string } | undefined)?.id;
  await page.getByTestId('ticket-confirm-confirm').click();
  await page.waitForFunction(() => (globalThis as unknown as { benchMarks: { shownAt: number } }).benchMarks.shownAt > 0);
  const marks = await page.evaluate(() => (globalThis as unknown as { benchMarks: { clickAt: number; shownAt: number } }).benchMarks);
  const row = newest.get() as { id: string; createdAt: number; updatedAt: number; status: string } | undefined;
  if (row === undefined || row.id === before) throw new Error('the click journaled no order');
  if (row.status !== 'EXPIRED') throw new Error(`expected the IOC order to expire, it is ${row.status}`);
  return { toJournal: row.createdAt - marks.clickAt, toAnswer: row.updatedAt - marks.clickAt, toScreen: marks.shownAt - marks.clickAt };
}

/**
 * Click-to-journal latency of a manual order: the built web shell in Debian's Chromium, trading
 * on the local emulator. The clock starts at the click on the confirmation's "Place buy order"
 * (the last thing a person does) and stops when the order's row is committed in the journal
 * (wall clocks of the page and the core, same machine, ms resolution), when the exchange's
 * answer is applied, and when the outcome is painted. The peer is the bare exchange round trip:
 * ccxt's createOrder for the same order, straight to the same emulator, in the same run.
 */
export async function benchClickToJournal(): Promise<Figure[]> {
  if (!hasChromium()) {
    console.log(`  ${CHROMIUM_MISSING}`);
    return [];
  }
  const emulator = await startBinanceEmulator({ keys: [TRADER], market: { BTCUSDT: { rows: ROWS, interval: '1m' } }, replay: { speed: 0 } });
  const dataDir = makeDataDir('tradewind-bench-click-');
  const shell = await startWebShell({ dataDir });
  const browser = await launchChromium();
  const journal = new Database(path.join(dataDir, 'tradewind.db'), { readonly: true, fileMustExist: true });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await openTicket(page, shell, emulator);
    await page.getByTestId('ticket-tif').selectOption('IOC');
    const samples: Sample[] = [];
    for (let run = 0; run < WARMUP + SAMPLES; run++) {
      const sample = await placeOnce(page, journal);
      if (run >= WARMUP) samples.push(sample);
    }

    const { exchange } = ccxtOnEmulator(emulator.url, { apiKey: TRADER.apiKey, secret: TRADER.secretKey });
    await exchange.loadMarkets();
    const bare: number[] = [];
    for (let run = 0; run < WARMUP + SAMPLES; run++) {
      const start = performance.now();
      await exchange.createOrder('BTC/USDT', 'limit', 'buy', Number(AMOUNT), Number(PRICE), { timeInForce: 'IOC' });
      if (run >= WARMUP) bare.push(performance.now() - start);
    }
    const of = (pick: (sample: Sample) => number) => samples.map(pick);
    const bareP50 = percentile(bare, 50);
    const screenP50 = percentile(of((sample) => sample.toScreen), 50);
    return [
      { name: `click to journal, limit IOC from the ticket: p50 (${SAMPLES} orders)`, value: percentile(of((sample) => sample.toJournal), 50), unit: 'ms', note: 'Confirm click → the pending row committed (filters, risk gate and write-ahead done; nothing sent yet). Wall clocks, ms resolution.' },
      { name: `click to journal, limit IOC from the ticket: p99 (${SAMPLES} orders)`, value: percentile(of((sample) => sample.toJournal), 99), unit: 'ms' },
      { name: 'click to the exchange answer in the journal: p50', value: percentile(of((sample) => sample.toAnswer), 50), unit: 'ms' },
      { name: 'click to the exchange answer in the journal: p99', value: percentile(of((sample) => sample.toAnswer), 99), unit: 'ms' },
      { name: 'click to the outcome painted in the ticket: p50', value: screenP50, unit: 'ms' },
      { name: 'click to the outcome painted in the ticket: p99', value: percentile(of((sample) => sample.toScreen), 99), unit: 'ms' },
      { name: 'peer: bare ccxt createOrder to the same emulator: p50', value: bareP50, unit: 'ms', note: 'The exchange round trip alone: no UI, no journal, no gate.' },
      { name: 'peer: bare ccxt createOrder to the same emulator: p99', value: percentile(bare, 99), unit: 'ms' },
      { name: 'click to outcome painted / bare ccxt round trip (p50)', value: screenP50 / bareP50, unit: 'x', note: 'What the whole path (UI, WebSocket, filters, gate, journal, ccxt, answer, paint) costs over the exchange call itself.' },
    ];
  } finally {
    journal.close();
    await browser.close();
    await shell.stop();
    await emulator.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
