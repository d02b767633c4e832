import { afterAll, describe, expect, it, vi } from 'vitest';
import { cli, tempDataDirs } from '../../../../test-support/cli-runner';
import { resolveDataFile } from '../../../../test-support/binance-emulator/kline-file';
import { startBinanceEmulator } from '../../../../test-support/binance-emulator/server';
import { writeKlineFile } from '../../../../test-support/market-data-fixture';

// `info` builds the whole app (tested in run-cli.test.ts); keep it out of this module graph.
vi.mock('./info', () => ({ infoCommand: { name: 'info', summary: '', usage: '', options: {}, run: () => Promise.resolve() } }));

const dataDir = tempDataDirs('tradewind-cli-market-');

describe('tradewind import / coverage', () => {
  it('imports a file, reports it, and shows the one bar missing from the shared hourly data', async () => {
    const dir = dataDir();
    const file = resolveDataFile('BTCUSDT-1h.csv.gz');
    const imported = await cli('import', file, '--symbol', 'btcusdt', '--interval', '1h', '--data-dir', dir);
    expect(imported).toEqual({ code: 0, err: [], out: [`imported 8,996 BTCUSDT 1h rows (8,996 new) from ${file}, 2023-01-01 00:00 → 2024-01-10 20:00 UTC`] });

    const again = await cli('import', file, '--symbol', 'BTCUSDT', '--interval', '1h', '--data-dir', dir, '--json');
    expect(JSON.parse(again.out[0] ?? '')).toMatchObject({ rows: 8996, added: 0, format: 'six-column', venue: 'binance' });

    expect((await cli('coverage', '--data-dir', dir)).out).toEqual([
      'binance BTCUSDT 1h: 8,996 bars, 2023-01-01 00:00 → 2024-01-10 20:00 UTC, 1 gap, 1 bar missing',
      '  gap 2023-03-24 13:00 → 2023-03-24 13:00 UTC (1 bar)',
    ]);
    const json = JSON.parse((await cli('coverage', '--symbol', 'BTCUSDT', '--json', '--data-dir', dir)).out[0] ?? '') as { series: unknown[] };
    expect(json.series).toEqual([
      expect.objectContaining({ venue: 'binance', symbol: 'BTCUSDT', interval: '1h', bars: 8996, gaps: [{ from: Date.UTC(2023, 2, 24, 13), to: Date.UTC(2023, 2, 24, 13), bars: 1 }] }),
    ]);
    expect((await cli('coverage', '--symbol', 'ETHUSDT', '--data-dir', dir)).out).toEqual(['no candles stored for ETHUSDT']);
  });

  it('refuses bad input with exit code 2 and a line that says what is wrong', async () => {
    const dir = dataDir();
    const bad = await writeKlineFile(dir, 'bad.csv', ['open_time_ms,open,high,low,close,volume', `${Date.UTC(2024, 0, 1)},1,2,0.5,1,x`]);
    expect(await cli('import', bad, '--symbol', 'BTCUSDT', '--interval', '1m', '--data-dir', dir)).toMatchObject({ code: 2, err: ['tradewind: bad.csv, line 2: volume is not a number: "x"'] });
    expect(await cli('import', '--symbol', 'BTCUSDT', '--interval', '1m', '--data-dir', dir)).toMatchObject({ code: 2, err: ['tradewind: import: give exactly one file to import'] });
    expect(await cli('import', bad, '--symbol', 'BTCUSDT', '--interval', '2m', '--data-dir', dir)).toMatchObject({ code: 2, err: [expect.stringContaining('import: --interval "2m" is not one of')] });
    expect(await cli('import', bad, '--symbol', 'BTC/USDT', '--interval', '1m', '--data-dir', dir)).toMatchObject({ code: 2, err: ['tradewind: import: --symbol "BTC/USDT" is not a Binance symbol such as BTCUSDT'] });
    expect(await cli('download', '--symbol', 'BTCUSDT', '--interval', '1m', '--from', '2024-02-01', '--to', '2024-01-01', '--data-dir', dir)).toMatchObject({ code: 2, err: ['tradewind: download: --from is after --to'] });
    expect(await cli('download', '--symbol', 'BTCUSDT', '--interval', '1m', '--from', 'yesterday', '--to', '2024-01-01', '--data-dir', dir)).toMatchObject({ code: 2, err: [expect.stringContaining('download: --from "yesterday" is not a date')] });
    expect(await cli('coverage', '--exchange', 'kraken', '--data-dir', dir)).toMatchObject({ code: 2, err: [expect.stringContaining('coverage: --exchange: Unknown market-data venue "kraken"')] });
  });
});

describe('tradewind download', () => {
  const emulatorStarted = startBinanceEmulator({ market: { BTCUSDT: { file: 'BTCUSDT-1h.csv.gz', interval: '1h' } }, replay: { start: Date.UTC(2024, 0, 10) } });
  afterAll(async () => (await emulatorStarted).close());

  it('fetches only what is missing, and a second run fetches nothing', async () => {
    const emulator = await emulatorStarted;
    const dir = dataDir();
    const venue = `custom:${emulator.url}`;
    const args = ['download', '--symbol', 'BTCUSDT', '--interval', '1h', '--from', '2023-03-24', '--to', '2023-03-25', '--exchange', venue, '--data-dir', dir, '--json'];
    const first = await cli(...args);
    expect(first.code).toBe(0);
    // 48 hours asked, one of them never traded (Binance's 2023-03-24 outage).
    expect(JSON.parse(first.out[0] ?? '')).toMatchObject({ state: 'done', expected: 48, fetched: 47, from: Date.UTC(2023, 2, 24), to: Date.UTC(2023, 2, 25, 23, 59, 59, 999) });
    const second = await cli(...args);
    expect(JSON.parse(second.out[0] ?? '')).toMatchObject({ state: 'done', expected: 1, fetched: 0 });

    const text = await cli('coverage', '--exchange', venue, '--data-dir', dir);
    expect(text.out).toEqual([
      `${venue} BTCUSDT 1h: 47 bars, 2023-03-24 00:00 → 2023-03-25 23:00 UTC, 1 gap, 1 bar missing`,
      '  gap 2023-03-24 13:00 → 2023-03-24 13:00 UTC (1 bar)',
    ]);
  });
});

describe('tradewind backtest', () => {
  it('runs a strategy over stored bars, saves the run, and prints metrics, trades and the fingerprint', async () => {
    const dir = dataDir();
    await cli('import', resolveDataFile('BTCUSDT-1h.csv.gz'), '--symbol', 'BTCUSDT', '--interval', '1h', '--data-dir', dir);
    const args = ['backtest', '--strategy', 'ma-crossover', '--params', '{"short":20,"long":50,"stopLoss":0.03}', '--symbol', 'BTCUSDT', '--interval', '1h', '--from', '2023-01-01', '--to', '2023-12-31', '--data-dir', dir];
    const json = await cli(...args, '--json');
    expect(json.code).toBe(0);
    const run = JSON.parse(json.out[0] ?? '') as { runId: number; bars: number; fingerprint: string; trades: Array<{ exitTime: number | null }>; metrics: { tradeCount: number }; params: Record<string, unknown> };
    expect(run).toMatchObject({ runId: 1, bars: 8759, params: { short: 20, long: 50, average: 'sma', amountPerTrade: 100, stopLoss: 0.03, takeProfit: null, trailingStop: null } });
    expect(run.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    // The metrics count closed trades; one is still open at the end of the year.
    expect(run.metrics.tradeCount).toBe(run.trades.filter((trade) => trade.exitTime !== null).length);
    expect(run.trades.length).toBe(run.metrics.tradeCount + 1);

    const text = await cli(...args, '--fee', '0.001');
    expect(text.code).toBe(0);
    expect(text.out[0]).toContain('ma-crossover on BTCUSDT 1h: 8,759 bars, run 2');
    // The same inputs give the same trades, so the same fingerprint.
    expect(text.out[0]).toContain(`fingerprint                ${run.fingerprint}`);
  });

  it('refuses a bad strategy, bad parameters or a range with no bars, and says why', async () => {
    const dir = dataDir();
    const base = ['--symbol', 'BTCUSDT', '--interval', '1h', '--from', '2023-01-01', '--to', '2023-01-31', '--data-dir', dir];
    expect(await cli('backtest', '--strategy', 'martingale', ...base)).toMatchObject({ code: 2, err: ['tradewind: Unknown strategy "martingale"; built in: rsi-reversal, ma-crossover, combined'] });
    expect(await cli('backtest', '--strategy', 'rsi-reversal', '--params', '{"oversold":80}', ...base)).toMatchObject({ code: 2, err: ['tradewind: RSI reversal: oversold: Oversold must be below overbought'] });
    expect(await cli('backtest', '--strategy', 'rsi-reversal', '--params', 'oversold=20', ...base)).toMatchObject({ code: 2, err: ['tradewind: backtest: --params is not JSON: oversold=20'] });
    expect(await cli('backtest', '--strategy', 'rsi-reversal', '--fee', '0.5', ...base)).toMatchObject({ code: 2, err: ['tradewind: backtest: --fee must be a number from 0 to 0.1'] });
    expect(await cli('backtest', '--strategy', 'rsi-reversal', ...base)).toMatchObject({ code: 2, err: ['tradewind: No BTCUSDT 1h bars are stored on binance between 2023-01-01 00:00 and 2023-01-31 23:59; import or download them first'] });
  });
});

describe('tradewind sweep', () => {
  it('ranks a grid run on two threads, and walks forward', async () => {
    const dir = dataDir();
    await cli('import', resolveDataFile('BTCUSDT-1h.csv.gz'), '--symbol', 'BTCUSDT', '--interval', '1h', '--data-dir', dir);
    const base = ['--symbol', 'BTCUSDT', '--interval', '1h', '--from', '2023-01-01', '--to', '2023-12-31', '--data-dir', dir, '--threads', '2'];
    const plain = await cli('sweep', '--strategy', 'ma-crossover', '--grid', '{"short":[10,20,60],"long":[50,100]}', '--rank', 'netProfitPct', '--top', '3', ...base, '--json');
    expect(plain.code).toBe(0);
    const result = JSON.parse(plain.out[0] ?? '') as { sets: number; skipped: number; threads: number; rows: Array<{ params: { short: number; long: number }; metrics: { netProfitPct: number } }> };
    expect(result).toMatchObject({ sets: 5, skipped: 1, threads: 2 });
    expect(result.rows).toHaveLength(3);
    const profits = result.rows.map((row) => row.metrics.netProfitPct);
    expect(profits).toEqual([...profits].sort((a, b) => b - a));

    const walk = await cli('sweep', '--strategy', 'rsi-reversal', '--grid', '{"period":[7,14]}', '--walk-forward', '3', ...base);
    expect(walk.code).toBe(0);
    expect(walk.out[0]).toMatch(/^2 sets \(0 skipped\), /);
    expect(walk.out[0]?.split('\n').filter((line) => line.startsWith('fold '))).toHaveLength(2);
    expect(walk.out[0]).toContain('out of sample, stitched:');

    expect(await cli('sweep', '--strategy', 'rsi-reversal', ...base)).toMatchObject({ code: 2, err: ['tradewind: sweep: --grid is required, e.g. {"short":[10,20],"long":[100,200]}'] });
    expect(await cli('sweep', '--strategy', 'rsi-reversal', '--grid', '{"period":[7]}', '--rank', 'luck', ...base)).toMatchObject({ code: 2, err: [expect.stringContaining('sweep: --rank must be one of sharpe')] });
  }, 60_000);
});
