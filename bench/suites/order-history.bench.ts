import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { type Browser, type Page } from '@playwright/test';
import { makeDataDir, startWebShell, type WebShell } from '../../test-support/web-shell';
import { CHROMIUM_MISSING, hasChromium, launchChromium } from '../lib/chromium';
import { median, type Figure } from '../lib/results';

const ORDERS = 100_000;
const RUNS = 3;
/** The plain table takes tens of seconds to lay out on a small machine: one timed run, no warm-up. */
const PEER_RUNS = 1;
const PASSPHRASE = 'correct horse battery staple';
const SYMBOLS = ['BTCUSDT', 'ETHUSDT', 'BNBUSDT', 'SOLUSDT', 'XRPUSDT'] as const;
const STATUSES = ['FILLED', 'FILLED', 'CANCELED', 'FILLED', 'EXPIRED'] as const;
const T0 = Date.UTC(2024, 0, 1);
const MINUTE = 60_000;

/**
 * A paper account with `ORDERS` finished orders in its journal, one a minute, written straight
 * into a migrated database with the same SQL the store's test seeds use.
 */
function seedJournal(dataDir: string): { accountId: number; rows: string[][] } {
  const db = new Database(path.join(dataDir, 'tradewind.db'));
  try {
    const accountId = Number(
      db.prepare("insert into accounts (name, environment, created_at, updated_at) values ('Bench paper', 'paper', ?, ?)").run(T0, T0).lastInsertRowid,
    );
    const insert = db.prepare(
      `insert into orders (client_order_id, exchange_order_id, account_id, symbol, side, type, time_in_force, price,
         quantity, status, executed_qty, cumulative_quote_qty, origin, created_at, updated_at)
       values (@clientOrderId, @exchangeOrderId, @accountId, @symbol, @side, 'LIMIT', 'GTC', @price,
         '0.01000000', @status, @executedQty, @cumulativeQuoteQty, 'manual', @createdAt, @createdAt)`,
    );
    const rows: string[][] = [];
    db.transaction(() => {
      for (let index = 0; index < ORDERS; index++) {
        const symbol = SYMBOLS[index % SYMBOLS.length] ?? 'BTCUSDT';
        const status = STATUSES[index % STATUSES.length] ?? 'FILLED';
        const price = (40_000 + (index % 997)).toFixed(2);
        const isFilled = status === 'FILLED';
        const order = {
          clientOrderId: `bench-${String(index).padStart(6, '0')}`,
          exchangeOrderId: String(index + 1),
          accountId,
          symbol,
          side: index % 2 === 0 ? 'BUY' : 'SELL',
          price,
          status,
          executedQty: isFilled ? '0.01000000' : '0.00000000',
          cumulativeQuoteQty: isFilled ? (Number(price) / 100).toFixed(8) : '0.00000000',
          createdAt: T0 + index * MINUTE,
        };
        insert.run(order);
        rows.push([new Date(order.createdAt).toISOString(), symbol, order.side, 'limit GTC', price, '0.01', order.executedQty, isFilled ? price : '—', status, 'manual']);
      }
    })();
    // Newest first, as the history shows them.
    rows.reverse();
    return { accountId, rows };
  } finally {
    db.close();
  }
}

/** Page-side: clicks the History tab, resolves with the ms until a row is in the DOM and painted. */
const TIME_TAB_TO_ROWS = `new Promise((resolve) => {
  const start = performance.now();
  const painted = () => requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - start)));
  const observer = new MutationObserver(() => {
    if (document.querySelector('[data-testid=history-row]') === null) return;
    observer.disconnect();
    painted();
  });
  observer.observe(document.body, { childList: true, subtree: true });
  document.querySelector('[data-testid=tab-history]').click();
})`;

/** Page-side: scrolls the history to its end, resolves when the oldest order's row is painted. */
const TIME_JUMP_TO_END = `new Promise((resolve) => {
  const list = document.querySelector('[data-testid=history-table]');
  const last = Number(document.querySelector('[data-testid=history-count]').dataset.total) - 1;
  const selector = '[data-testid=history-row][data-index="' + last + '"]';
  const start = performance.now();
  const painted = () => requestAnimationFrame(() => requestAnimationFrame(() => resolve({ ms: performance.now() - start, rowsInDom: list.querySelectorAll('[role=row]').length })));
  const observer = new MutationObserver(() => {
    if (list.querySelector(selector) === null) return;
    observer.disconnect();
    painted();
  });
  observer.observe(list, { childList: true, subtree: true, attributes: true });
  list.scrollTop = list.scrollHeight;
})`;

/** Page-side peer: the same rows as one plain table, built with the DOM and painted. */
const TIME_PLAIN_TABLE = `new Promise((resolve) => {
  const rows = globalThis.benchRows;
  const start = performance.now();
  const table = document.createElement('table');
  const body = document.createElement('tbody');
  for (const cells of rows) {
    const tr = document.createElement('tr');
    for (const text of cells) {
      const td = document.createElement('td');
      td.textContent = text;
      tr.appendChild(td);
    }
    body.appendChild(tr);
  }
  table.appendChild(body);
  document.getElementById('host').appendChild(table);
  requestAnimationFrame(() => requestAnimationFrame(() => {
    const first = performance.now() - start;
    const host = document.getElementById('host');
    const jump = performance.now();
    host.scrollTop = host.scrollHeight;
    requestAnimationFrame(() => requestAnimationFrame(() => resolve({ first, end: performance.now() - jump })));
  }));
})`;

const PLAIN_PAGE = `<!doctype html><html><head><style>
  body { margin: 0; font: 12px sans-serif; }
  #host { height: 270px; overflow: auto; }
  td { height: 23px; padding: 0 8px; white-space: nowrap; border-bottom: 1px solid #ddd; }
</style></head><body><div id="host"></div></body></html>`;

async function signedInPage(browser: Browser, shell: WebShell, accountId: number): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(shell.url);
  await page.getByTestId('signin-passphrase').fill(PASSPHRASE);
  const confirm = page.getByTestId('signin-passphrase-confirm');
  if (await confirm.isVisible()) await confirm.fill(PASSPHRASE);
  await page.getByTestId('signin-submit').click();
  await page.getByTestId('trading-account').waitFor();
  // The chart's account is the trading tabs' account; choosing it is saved with the layout.
  await page.getByTestId('trading-account').selectOption(String(accountId));
  await page.getByTestId('orders-empty').waitFor();
  return page;
}

/**
 * The order History tab over a journal of 100,000 orders, in Debian's Chromium headless against
 * the built web shell: from the tab click to the first rows painted (the count and the first
 * page asked for, the list sized from the count), and from a jump to the end of the list to the
 * oldest order painted (the last page asked for by itself, by offset). The peer is the same rows as one plain
 * DOM table in the same browser in the same run.
 */
export async function benchOrderHistory(): Promise<Figure[]> {
  if (!hasChromium()) {
    console.log(`  ${CHROMIUM_MISSING}`);
    return [];
  }
  const dataDir = makeDataDir('tradewind-bench-history-');
  try {
    // A first start migrates the new database; the journal is written while no shell runs.
    await (await startWebShell({ dataDir })).stop();
    const seedStart = performance.now();
    const { accountId, rows } = seedJournal(dataDir);
    console.log(`  seeded ${ORDERS.toLocaleString()} orders in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`);
    const shell = await startWebShell({ dataDir });
    const browser = await launchChromium();
    try {
      const first: number[] = [];
      const end: number[] = [];
      const inDom: number[] = [];
      let page = await signedInPage(browser, shell, accountId);
      for (let run = -1; run < RUNS; run++) {
        if (run >= 0) {
          // A fresh page each run: the History tab mounts (and asks) on its first click.
          await page.close();
          page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
          await page.goto(shell.url);
          await page.getByTestId('signin-passphrase').or(page.getByTestId('orders-empty')).first().waitFor();
          if (await page.getByTestId('signin-passphrase').isVisible()) {
            await page.getByTestId('signin-passphrase').fill(PASSPHRASE);
            await page.getByTestId('signin-submit').click();
          }
          await page.getByTestId('orders-empty').waitFor();
        }
        const ms = await page.evaluate<number>(TIME_TAB_TO_ROWS);
        const total = await page.getByTestId('history-count').getAttribute('data-total');
        if (total !== String(ORDERS)) throw new Error(`the history counted ${total ?? 'nothing'}, expected ${ORDERS}`);
        const jumped = await page.evaluate<{ ms: number; rowsInDom: number }>(TIME_JUMP_TO_END);
        if (run < 0) continue;
        first.push(ms);
        end.push(jumped.ms);
        inDom.push(jumped.rowsInDom);
      }
      await page.close();

      const peerFirst: number[] = [];
      const peerEnd: number[] = [];
      const json = JSON.stringify(rows);
      for (let run = 0; run < PEER_RUNS; run++) {
        const peer = await browser.newPage({ viewport: { width: 1440, height: 900 } });
        await peer.setContent(PLAIN_PAGE);
        await peer.evaluate((text) => {
          (globalThis as unknown as { benchRows: unknown }).benchRows = JSON.parse(text);
        }, json);
        const timed = await peer.evaluate<{ first: number; end: number }>(TIME_PLAIN_TABLE);
        await peer.close();
        peerFirst.push(timed.first);
        peerEnd.push(timed.end);
      }
      const ours = median(first);
      const oursEnd = median(end);
      const plain = median(peerFirst);
      return [
        { name: `order history, ${ORDERS / 1000}k orders: tab click to first rows painted (median of ${RUNS})`, value: ours, unit: 'ms', note: 'From the click on History (the tab mounts then) to the second animation frame after the first row is in the DOM: count + first page over the WebSocket, list sized from the count.' },
        { name: `order history, ${ORDERS / 1000}k orders: jump to the end to oldest row painted (median of ${RUNS})`, value: oursEnd, unit: 'ms', note: 'Pages are asked for by offset, each by itself: the jump asks for the last page of 200 only (SQL LIMIT/OFFSET on the indexed order), placeholders until it arrives.' },
        { name: 'order history rows in the DOM after the jump (median)', value: median(inDom), unit: 'rows' },
        { name: `peer: the same ${ORDERS / 1000}k rows as one plain DOM table, built and painted (${PEER_RUNS} run)`, value: plain, unit: 'ms', note: 'Rows handed to the page before the clock starts; createElement per cell, one append, two animation frames.' },
        { name: 'peer: plain table scrolled to its end and painted', value: median(peerEnd), unit: 'ms' },
        { name: 'plain table first paint / order history first rows', value: plain / ours, unit: 'x', note: 'How many times sooner the virtualized history shows its first rows than a plain table of the same rows.' },
        { name: 'plain table first paint / order history jump to end', value: plain / oursEnd, unit: 'x' },
      ];
    } finally {
      await browser.close();
      await shell.stop();
    }
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
