import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';

export interface RawJournal {
  /** Journals one order: its row inserted and committed, then its status updated and committed. */
  writeOne(): void;
  close(): void;
}

/**
 * The least a write-ahead journal can do per order, in raw better-sqlite3 with the app's pragmas
 * (WAL, synchronous NORMAL): one prepared INSERT committed on its own, then one prepared UPDATE
 * of its status committed on its own. The file lives in the temp folder, as the app's does here.
 */
export function openRawJournal(): RawJournal {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'tradewind-bench-sqlite-'));
  const sqlite = new Database(path.join(scratch, 'peer.db'));
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.exec(`create table orders (
    client_order_id text primary key, symbol text not null, side text not null, type text not null,
    price text, quantity text, status text not null, created_at integer not null, updated_at integer not null)`);
  const insert = sqlite.prepare(`insert into orders values (?, 'BTCUSDT', 'BUY', 'LIMIT', '100.00', '0.1', 'pending', ?, ?)`);
  const update = sqlite.prepare(`update orders set status = 'FILLED', updated_at = ? where client_order_id = ?`);
  let next = 0;
  return {
    writeOne() {
      const id = `peer${next++}`;
      insert.run(id, Date.now(), Date.now());
      update.run(Date.now(), id);
    },
    close() {
      sqlite.close();
      fs.rmSync(scratch, { recursive: true, force: true });
    },
  };
}
