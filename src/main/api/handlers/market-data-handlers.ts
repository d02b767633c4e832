import { endpointOf } from '../../../shared/market/venue';
import { type MarketData } from '../../market/market-data';
import { type OrderJournal } from '../../orders/order-journal';
import { AppError } from '../app-error';
import { type HandlerMap } from '../handler-types';

type MarketDataMethods =
  | 'candles.window'
  | 'candles.coverage'
  | 'candles.import'
  | 'candles.download'
  | 'candles.downloads'
  | 'candles.cancelDownload'
  | 'candles.resumeDownload'
  | 'candles.derive'
  | 'fills.chart';

export function marketDataHandlers(deps: { market: MarketData; journal: OrderJournal }): HandlerMap<MarketDataMethods> {
  const { market, journal } = deps;
  return {
    'candles.window': (input) => market.window(input),
    'candles.coverage': (filter) => ({ series: market.coverage(filter) }),
    'candles.import': (input) => market.importFile(input),
    'candles.download': (input) => {
      checkVenue(input.venue);
      return market.downloads.start(input);
    },
    'candles.downloads': () => ({ downloads: market.downloads.list() }),
    'candles.cancelDownload': ({ id }) => market.downloads.cancel(id),
    'candles.resumeDownload': ({ id }) => market.downloads.resume(id),
    'candles.derive': (input) => market.derive(input),
    'fills.chart': ({ accountId, symbol, since, limit }) => ({
      fills: journal.fillsWithSide(accountId, symbol, since ?? 0, limit).map((fill) => ({
        tradeId: fill.exchangeTradeId,
        clientOrderId: fill.orderClientId,
        side: fill.side,
        price: fill.price,
        qty: fill.qty,
        time: fill.time,
      })),
    }),
  };
}

function checkVenue(venue: string): void {
  try {
    endpointOf(venue);
  } catch (error: unknown) {
    throw new AppError('BAD_INPUT', error instanceof Error ? error.message : String(error));
  }
}
