import { EventBus } from '../../core/event-bus';
import { ccxtHistorySources } from '../../market/history-source';
import { MarketData } from '../../market/market-data';
import { type Store } from '../../store/open-store';
import { isCandleInterval } from '../../../shared/market/intervals';
import { type CandleInterval } from '../../../shared/domain/enums';
import { endpointOf } from '../../../shared/market/venue';
import { UsageError } from '../command';
import { cliData, openCliStore, type CliData } from './cli-store';

const SYMBOL = /^[A-Z0-9]{2,20}$/;

/** The market-data service on the data folder's store, as the CLI uses it (no window listens). */
export function openCliMarket(dataDir: string, env: NodeJS.ProcessEnv = process.env): { store: Store; market: MarketData; data: CliData } {
  const data = cliData(dataDir);
  const store = openCliStore(dataDir, data);
  const bus = new EventBus(() => undefined);
  const market = new MarketData({ db: store.db, sqlite: store.sqlite, bus, logger: data.logger, sources: ccxtHistorySources({ testnetUrl: env['TRADEWIND_BINANCE_TESTNET_URL'] ?? null }) });
  return { store, market, data };
}

export function requiredFlag(command: string, values: Record<string, unknown>, name: string): string {
  const value = values[name];
  if (typeof value !== 'string' || value === '') throw new UsageError(`${command}: --${name} is required`);
  return value;
}

export function symbolFlag(command: string, text: string): string {
  const symbol = text.toUpperCase();
  if (!SYMBOL.test(symbol)) throw new UsageError(`${command}: --symbol "${text}" is not a Binance symbol such as BTCUSDT`);
  return symbol;
}

export function intervalFlag(command: string, text: string): CandleInterval {
  if (!isCandleInterval(text)) throw new UsageError(`${command}: --interval "${text}" is not one of 1m 3m 5m 15m 30m 1h 2h 4h 6h 8h 12h 1d 3d 1w 1M`);
  return text;
}

export function venueFlag(command: string, value: unknown): string {
  const venue = typeof value === 'string' && value !== '' ? value : 'binance';
  try {
    endpointOf(venue);
  } catch (error: unknown) {
    throw new UsageError(`${command}: --exchange: ${error instanceof Error ? error.message : String(error)}`);
  }
  return venue;
}

export const EXCHANGE_OPTION_HELP = '--exchange binance (default) | binance-testnet | custom:<base URL>';
