import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROWS, TRADER } from '../../../test-support/binance-emulator/market-fixtures';
import { startBinanceEmulator } from '../../../test-support/binance-emulator/server';
import { seededRng } from '../../../test-support/fuzz-payloads';
import { TEST_PASSPHRASE, TEST_SCRYPT } from '../../../test-support/test-crypto';
import { findMigrationsDir } from '../config/project-paths';
import { openCoreHost } from '../core/core-host';
import { reconcile } from './reconciler';

const TOTAL = 200;
const CHILD = path.resolve(import.meta.dirname, '../../../test-support/crash/place-orders-child.ts');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tradewind-crash-'));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

/**
 * Runs the worker once; kills it with SIGKILL `killAfterMs` after its first order, unless it
 * finishes first. An order takes a few milliseconds against the local emulator, so a few hundred
 * milliseconds spread the kills over the whole run.
 */
function runWorker(url: string, killAfterMs: number): Promise<{ isDone: boolean }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dataDir, url, TRADER.apiKey, TRADER.secretKey, String(TOTAL)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    let timer: NodeJS.Timeout | undefined;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
      if (timer === undefined && output.includes('placed ')) timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    });
    child.on('exit', () => {
      clearTimeout(timer);
      resolve({ isDone: output.includes('DONE') });
    });
  });
}

describe('crash safety', () => {
  it(`placing ${TOTAL} orders while being killed with SIGKILL at random moments loses nothing and sends nothing twice`, async () => {
    const emulator = await startBinanceEmulator({
      keys: [{ ...TRADER, balances: [{ asset: 'USDT', free: '1000000', locked: '0' }, { asset: 'BTC', free: '100', locked: '0' }] }],
      market: { BTCUSDT: { rows: ROWS, interval: '1m' } },
      replay: { speed: 0 },
    });
    try {
      const rng = seededRng(2026);
      let kills = 0;
      // A kill lands anywhere: before the journal write, between it and the request, while the
      // request is in flight, before the reply is stored, or between orders.
      for (let run = 0; run < 100; run++) {
        const { isDone } = await runWorker(emulator.url, Math.floor(rng() * 300));
        if (isDone) break;
        kills++;
      }
      expect(kills).toBeGreaterThan(2);

      // After the last crash: reconcile, then once more as if the lost requests' time had passed.
      const core = await openCoreHost({ shell: 'cli', dataDir, migrationsFolder: findMigrationsDir(), consoleLogLevel: 'error', scrypt: TEST_SCRYPT });
      try {
        const app = core.current();
        if (app === null) throw new Error('the data folder did not open');
        await app.vault.unlock(TEST_PASSPHRASE, 'test');
        const accountId = app.accounts.list()[0]?.id ?? 0;
        const connection = await app.exchange.connect(accountId);
        await reconcile({ accountId, gateway: connection.gateway, journal: app.journal, logger: core.logger, onChanged: () => undefined, now: () => Date.now() + 120_000 });

        const journal = app.journal.list({ accountId, limit: 1000 });
        const journalIds = new Set(journal.map((order) => order.clientOrderId));
        expect(journal.length).toBeGreaterThanOrEqual(TOTAL);
        const onExchange = emulator.orders(TRADER.apiKey);
        expect(onExchange.filter((order) => !journalIds.has(order.clientOrderId)).map((order) => order.clientOrderId)).toEqual([]);
        expect(onExchange.filter((order) => emulator.placeCount(order.clientOrderId) !== 1)).toEqual([]);
        expect(journal.filter((order) => order.status === 'pending' || order.status === 'unknown')).toEqual([]);

        const exchangeTrades = onExchange.flatMap((order) => order.fills.map((trade) => String(trade.id))).sort();
        const journalFills = journal.flatMap((order) => app.journal.fillsOf(order.clientOrderId).map((fill) => fill.exchangeTradeId)).sort();
        expect(journalFills).toEqual(exchangeTrades);
        for (const order of onExchange) expect(app.journal.get(order.clientOrderId)?.executedQty).toBe(order.executedQty);
      } finally {
        await core.current()?.exchange.closeAll();
        core.close();
      }
    } finally {
      await emulator.close();
    }
  }, 240_000);
});
