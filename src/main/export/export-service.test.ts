import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type AppError } from '../api/app-error';
import { openTestStore, type TestStore } from '../store/test-store';
import { seedAccount, seedFill, seedOrder } from '../store/test-seed';
import { exportRecords, type ExportRequest } from './export-service';

const DAY = 24 * 60 * 60 * 1000;
const JAN_1 = Date.UTC(2024, 0, 1);
const DEC_31_END = Date.UTC(2024, 11, 31, 23, 59, 59, 999);
const NOW = Date.UTC(2025, 0, 2, 9, 30);

let test: TestStore;
let exportsDir: string;
let main: number;
let tricky: number;

beforeEach(() => {
  test = openTestStore();
  exportsDir = path.join(test.dir, 'exports');
  const { sqlite } = test.store;
  main = seedAccount(sqlite, 'Main');
  tricky = seedAccount(sqlite, '=HYPERLINK("http://evil.example","Main, "really"")');
  // Outside the range on both sides, then three inside.
  seedOrder(sqlite, { clientOrderId: 'before', accountId: main, createdAt: JAN_1 - 1 });
  seedOrder(sqlite, { clientOrderId: 'first', accountId: main, createdAt: JAN_1, exchangeOrderId: '1001' });
  seedOrder(sqlite, {
    clientOrderId: 'market-sell',
    accountId: tricky,
    createdAt: JAN_1 + 10 * DAY,
    side: 'SELL',
    type: 'MARKET',
    price: null,
    quantity: '0.123456789012345678901234567890',
    executedQty: '0.123456789012345678901234567890',
    cumulativeQuoteQty: '-1.5',
    exchangeOrderId: '1002',
  });
  seedOrder(sqlite, { clientOrderId: 'last', accountId: main, createdAt: DEC_31_END, status: 'CANCELED', executedQty: '0' });
  seedOrder(sqlite, { clientOrderId: 'after', accountId: main, createdAt: DEC_31_END + 1 });
  seedFill(sqlite, { accountId: main, orderClientId: 'first', tradeId: '5001', time: JAN_1 + 5, isMaker: true });
  seedFill(sqlite, {
    accountId: tricky,
    orderClientId: 'market-sell',
    tradeId: '5002',
    time: JAN_1 + 10 * DAY + 1,
    qty: '0.123456789012345678901234567890',
    quoteQty: '5184.000000000000000000000000001',
    commission: '5.18400000',
    commissionAsset: 'USDT',
  });
  seedFill(sqlite, { accountId: main, orderClientId: 'after', tradeId: '5003', time: DEC_31_END + 1 });
});

afterEach(() => test.cleanup());

function run(request: Partial<ExportRequest> & Pick<ExportRequest, 'dataset' | 'format'>) {
  return exportRecords({ sqlite: test.store.sqlite, exportsDir, from: JAN_1, to: DEC_31_END, now: NOW, ...request });
}

/** A strict RFC 4180 reader, so the test checks the file a spreadsheet would see. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  while (i < text.length) {
    const char = text[i];
    if (char === '"' && field === '') {
      const end = text.indexOf('"', i + 1);
      let value = '';
      let at = i + 1;
      for (let close = end; ; close = text.indexOf('"', at)) {
        value += text.slice(at, close);
        if (text[close + 1] === '"') {
          value += '"';
          at = close + 2;
        } else {
          i = close + 1;
          break;
        }
      }
      field = value;
      continue;
    }
    if (char === ',') {
      record.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else {
      field += char;
    }
    i++;
  }
  expect(field).toBe('');
  expect(record).toEqual([]);
  return records;
}

function csvObjects(file: string): Array<Record<string, string>> {
  const [header, ...rows] = parseCsv(fs.readFileSync(file, 'utf8'));
  return rows.map((row) => Object.fromEntries((header ?? []).map((name, i) => [name, row[i] ?? ''])));
}

describe('exportRecords', () => {
  it('writes orders of the range (both ends included) as CSV, decimals exactly as stored', () => {
    const result = run({ dataset: 'orders', format: 'csv' });

    expect(result.file).toBe('tradewind-orders-20240101-20241231-20250102T093000000Z.csv');
    expect(result.path).toBe(path.join(exportsDir, result.file));
    expect(result.rows).toBe(3);
    expect(result.bytes).toBe(fs.statSync(result.path).size);
    const text = fs.readFileSync(result.path, 'utf8');
    expect(text.split('\r\n')[0]).toBe(
      'time,account,account_id,symbol,side,type,time_in_force,status,price,stop_price,quantity,quote_order_qty,executed_qty,cumulative_quote_qty,client_order_id,exchange_order_id,origin,deployment_id,updated_time',
    );
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replaceAll('\r\n', '')).not.toContain('\n');
    const rows = csvObjects(result.path);
    expect(rows.map((row) => row.client_order_id)).toEqual(['first', 'market-sell', 'last']);
    expect(rows[0]).toMatchObject({
      time: '2024-01-01T00:00:00.000Z',
      account: 'Main',
      symbol: 'BTCUSDT',
      side: 'BUY',
      type: 'LIMIT',
      status: 'FILLED',
      price: '42000.10',
      quantity: '0.00100000',
      executed_qty: '0.00100000',
      cumulative_quote_qty: '42.00010000',
      exchange_order_id: '1001',
      origin: 'manual',
      stop_price: '',
    });
    expect(rows[1]).toMatchObject({
      side: 'SELL',
      type: 'MARKET',
      price: '',
      quantity: '0.123456789012345678901234567890',
      // A plain negative number is data, not a formula: no apostrophe.
      cumulative_quote_qty: '-1.5',
    });
    expect(rows[2]).toMatchObject({ time: '2024-12-31T23:59:59.999Z', status: 'CANCELED', executed_qty: '0' });
  });

  it('disarms a formula in a text field and quotes commas and quotes', () => {
    const result = run({ dataset: 'orders', format: 'csv', accountId: tricky });

    const [row] = csvObjects(result.path);
    expect(row?.account).toBe('\'=HYPERLINK("http://evil.example","Main, "really"")');
    expect(fs.readFileSync(result.path, 'utf8')).toContain('"\'=HYPERLINK(""http://evil.example"",""Main, ""really"""")"');
  });

  it('writes fills with the side of their order', () => {
    const result = run({ dataset: 'fills', format: 'csv' });

    expect(result.rows).toBe(2);
    expect(csvObjects(result.path)).toEqual([
      {
        time: '2024-01-01T00:00:00.005Z',
        account: 'Main',
        account_id: String(main),
        symbol: 'BTCUSDT',
        side: 'BUY',
        price: '42000.10',
        qty: '0.00100000',
        quote_qty: '42.00010000',
        commission: '0.00000100',
        commission_asset: 'BTC',
        is_maker: 'true',
        trade_id: '5001',
        order_client_id: 'first',
        exchange_order_id: '1001',
      },
      expect.objectContaining({
        side: 'SELL',
        qty: '0.123456789012345678901234567890',
        quote_qty: '5184.000000000000000000000000001',
        commission: '5.18400000',
        commission_asset: 'USDT',
        is_maker: 'false',
        trade_id: '5002',
      }) as unknown as Record<string, string>,
    ]);
  });

  it('writes the same fields as JSON, decimals as strings', () => {
    const csv = run({ dataset: 'fills', format: 'csv' });
    const json = run({ dataset: 'fills', format: 'json' });

    expect(json.file).toMatch(/^tradewind-fills-20240101-20241231-20250102T093000000Z\.json$/);
    const records = JSON.parse(fs.readFileSync(json.path, 'utf8')) as Array<Record<string, unknown>>;
    expect(records).toHaveLength(json.rows);
    expect(Object.keys(records[0] ?? {})).toEqual(parseCsv(fs.readFileSync(csv.path, 'utf8'))[0]);
    expect(records[0]).toMatchObject({ account_id: main, is_maker: true, price: '42000.10', commission_asset: 'BTC' });
    expect(records[1]).toMatchObject({ qty: '0.123456789012345678901234567890', is_maker: false });
    // JSON is read by programs, not spreadsheets: names stay exactly as they are.
    const orders = JSON.parse(fs.readFileSync(run({ dataset: 'orders', format: 'json', accountId: tricky }).path, 'utf8')) as Array<Record<string, unknown>>;
    expect(orders[0]).toMatchObject({ account: '=HYPERLINK("http://evil.example","Main, "really"")', price: null });
  });

  it('writes a header (CSV) or an empty array (JSON) when nothing is in the range', () => {
    const csv = run({ dataset: 'orders', format: 'csv', from: 0, to: 1 });
    const json = run({ dataset: 'orders', format: 'json', from: 0, to: 1 });

    expect(csv.rows).toBe(0);
    expect(fs.readFileSync(csv.path, 'utf8').split('\r\n')).toHaveLength(2);
    expect(JSON.parse(fs.readFileSync(json.path, 'utf8'))).toEqual([]);
  });

  it('filters by account', () => {
    expect(run({ dataset: 'fills', format: 'csv', accountId: main }).rows).toBe(1);
    expect(run({ dataset: 'orders', format: 'csv', accountId: tricky }).rows).toBe(1);
  });

  it('never overwrites an earlier export and leaves no partial file', () => {
    const a = run({ dataset: 'orders', format: 'csv' });
    const b = run({ dataset: 'orders', format: 'csv' });

    expect(b.file).not.toBe(a.file);
    expect(fs.readdirSync(exportsDir).sort()).toEqual([a.file, b.file].sort());
  });

  it('streams many rows into a well-formed file', () => {
    const { sqlite } = test.store;
    sqlite.transaction(() => {
      for (let i = 0; i < 3000; i++) {
        seedFill(sqlite, { accountId: main, orderClientId: 'first', tradeId: `bulk-${i}`, time: JAN_1 + DAY + i, commissionAsset: null });
      }
    })();

    const csv = run({ dataset: 'fills', format: 'csv' });
    const json = run({ dataset: 'fills', format: 'json' });

    expect(csv.rows).toBe(3002);
    expect(csv.bytes).toBeGreaterThan(128 * 1024);
    expect(csvObjects(csv.path)).toHaveLength(3002);
    expect(JSON.parse(fs.readFileSync(json.path, 'utf8'))).toHaveLength(3002);
    expect(json.bytes).toBe(fs.statSync(json.path).size);
  });

  it.each([
    [{ from: DEC_31_END, to: JAN_1 }, 'BAD_INPUT', /must not be after/],
    [{ from: -1 }, 'BAD_INPUT', /milliseconds/],
    [{ accountId: 999 }, 'NOT_FOUND', /no account with id 999/],
  ] as const)('refuses %j', (input, code, message) => {
    expect(() => run({ dataset: 'orders', format: 'csv', ...input })).toThrow(message);
    try {
      run({ dataset: 'orders', format: 'csv', ...input });
    } catch (error) {
      expect((error as AppError).code).toBe(code);
    }
    expect(fs.existsSync(exportsDir)).toBe(false);
  });
});
