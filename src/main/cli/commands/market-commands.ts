import { type Download } from '../../../shared/schemas/candles';
import { UsageError, type Command } from '../command';
import { asUsageError, type PositionalCommand } from './cli-store';
import { parseDateFlag } from './export';
import { utcMinute } from '../../../shared/market/utc-minute';
import { EXCHANGE_OPTION_HELP, intervalFlag, openCliMarket, requiredFlag, symbolFlag, venueFlag } from './market-cli';

export const importCommand: PositionalCommand = {
  name: 'import',
  summary: 'Import a Binance kline CSV file (plain or gzip; 6 or 12 columns): all rows or none',
  usage: [
    'tradewind import <file> --symbol BTCUSDT --interval 1m [--exchange binance]',
    '',
    'Rows already stored are kept; a bad row stops the import with its line number and nothing is stored.',
    `${EXCHANGE_OPTION_HELP}. Also takes --data-dir <folder> and --json.`,
  ].join('\n'),
  allowPositionals: true,
  options: { symbol: { type: 'string' }, interval: { type: 'string' }, exchange: { type: 'string' } },
  async run({ dataDir, isJson, out, values, positionals }) {
    if (positionals.length !== 1) throw new UsageError('import: give exactly one file to import');
    const symbol = symbolFlag('import', requiredFlag('import', values, 'symbol'));
    const interval = intervalFlag('import', requiredFlag('import', values, 'interval'));
    const venue = venueFlag('import', values.exchange);
    const { store, market } = openCliMarket(dataDir);
    try {
      const result = await market.importFile({ venue, symbol, interval, path: positionals[0] as string });
      out(
        isJson
          ? JSON.stringify(result)
          : `imported ${result.rows.toLocaleString('en-US')} ${symbol} ${interval} rows (${result.added.toLocaleString('en-US')} new) from ${result.file}` +
              (result.first === null || result.last === null ? '' : `, ${utcMinute(result.first)} → ${utcMinute(result.last)} UTC`),
      );
    } catch (error: unknown) {
      throw asUsageError(error);
    } finally {
      store.close();
    }
  },
};

export const downloadCommand: Command = {
  name: 'download',
  summary: 'Download kline history through the exchange API; only missing bars are fetched',
  usage: [
    'tradewind download --symbol BTCUSDT --interval 1h --from 2024-01-01 --to 2024-12-31 [--exchange binance]',
    '',
    'Dates are UTC days (both included) or ISO-8601 times. Pages are stored as they arrive, so',
    'running the same command again after a stop continues where it stopped.',
    `${EXCHANGE_OPTION_HELP}. Also takes --data-dir <folder> and --json.`,
  ].join('\n'),
  options: { symbol: { type: 'string' }, interval: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, exchange: { type: 'string' } },
  async run({ dataDir, isJson, out, values }) {
    const symbol = symbolFlag('download', requiredFlag('download', values, 'symbol'));
    const interval = intervalFlag('download', requiredFlag('download', values, 'interval'));
    const from = parseDateFlag('from', requiredFlag('download', values, 'from'), 'download');
    const to = parseDateFlag('to', requiredFlag('download', values, 'to'), 'download');
    if (from > to) throw new UsageError('download: --from is after --to');
    const venue = venueFlag('download', values.exchange);
    const { store, market } = openCliMarket(dataDir);
    let lastTenth = -1;
    try {
      const started = market.downloads.start({ venue, symbol, interval, from, to });
      const timer = isJson
        ? undefined
        : setInterval(() => {
            const now = market.downloads.list(20).find((download) => download.id === started.id);
            const tenth = now === undefined || now.expected === 0 ? 0 : Math.floor((now.fetched / now.expected) * 10);
            if (now !== undefined && tenth > lastTenth && now.fetched > 0) {
              lastTenth = tenth;
              out(`  ${now.fetched.toLocaleString('en-US')} of ${now.expected.toLocaleString('en-US')} bars`);
            }
          }, 500);
      const done = await market.downloads.settled(started.id).finally(() => clearInterval(timer));
      out(isJson ? JSON.stringify(done) : describeDownload(done));
      if (done.state === 'failed') throw new Error(`download failed: ${done.error ?? 'unknown error'}`);
    } finally {
      await market.downloads.stopAll();
      store.close();
    }
  },
};

export const coverageCommand: Command = {
  name: 'coverage',
  summary: 'Show the stored candle ranges and the gaps between them',
  usage: ['tradewind coverage [--symbol BTCUSDT] [--interval 1m] [--exchange binance]', '', 'Also takes --data-dir <folder> and --json.'].join('\n'),
  options: { symbol: { type: 'string' }, interval: { type: 'string' }, exchange: { type: 'string' } },
  run: ({ dataDir, isJson, out, values }) =>
    new Promise<void>((resolve) => {
      const symbol = typeof values.symbol === 'string' ? symbolFlag('coverage', values.symbol) : undefined;
      const interval = typeof values.interval === 'string' ? intervalFlag('coverage', values.interval) : undefined;
      const venue = typeof values.exchange === 'string' ? venueFlag('coverage', values.exchange) : undefined;
      const { store, market } = openCliMarket(dataDir);
      try {
        const series = market.coverage({ venue, symbol, interval });
        if (isJson) out(JSON.stringify({ series }));
        else if (series.length === 0) out('no candles stored' + (symbol === undefined ? '' : ` for ${symbol}`));
        else {
          for (const one of series) {
            const missing = one.gaps.reduce((sum, gap) => sum + gap.bars, 0);
            out(`${one.venue} ${one.symbol} ${one.interval}: ${one.bars.toLocaleString('en-US')} bars, ${utcMinute(one.first)} → ${utcMinute(one.last)} UTC, ${one.gaps.length === 0 ? 'no gaps' : `${plural(one.gaps.length, 'gap')}, ${plural(missing, 'bar')} missing`}`);
            for (const gap of one.gaps) out(`  gap ${utcMinute(gap.from)} → ${utcMinute(gap.to)} UTC (${plural(gap.bars, 'bar')})`);
          }
        }
      } finally {
        store.close();
      }
      resolve();
    }),
};

function describeDownload(download: Download): string {
  const range = `${download.symbol} ${download.interval} ${utcMinute(download.from)} → ${utcMinute(download.to)} UTC`;
  const count = `${download.fetched.toLocaleString('en-US')} of ${download.expected.toLocaleString('en-US')} missing bars fetched`;
  if (download.state === 'done' && download.fetched < download.expected) return `${range}: ${count}; the exchange has no bars for the rest`;
  return `${range}: ${download.state}, ${count}`;
}

function plural(count: number, noun: string): string {
  return `${count.toLocaleString('en-US')} ${noun}${count === 1 ? '' : 's'}`;
}
