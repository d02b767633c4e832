import { type Logger } from '../log/logger';
import { createBinanceClient, type BinanceClient, type BinanceConnection } from './binance-client';
import { orderFromRest, tradeFromRest, type SentOrder } from './binance-wire';
import { watchAccountStream } from './ccxt-account-stream';
import { watchCandles } from './ccxt-candle-feed';
import { describeExchangeError } from './exchange-error';
import { type ExchangeBalance, type ListLegRequest, type OcoRequest, type OrderRequest } from './exchange-types';
import { type ExchangeGateway, type GatewayHealth, type ListPlaceOutcome, type PlaceOutcome, type StreamState } from './gateway';
import { RequestGuard, RequestRefusedError } from './request-guard';

export interface CcxtGatewayOptions {
  readonly connection: BinanceConnection;
  readonly logger: Logger;
  /** Told whenever weight, bans, the clock offset or the stream state change. */
  readonly onHealth: (health: GatewayHealth) => void;
}

/**
 * The gateway over ccxt's Binance class. Orders go through the raw endpoints (`privatePostOrder`
 * and friends) so every Binance field and every amount string arrives as the exchange wrote
 * it; ccxt still signs, rate-limits and maps errors. Each REST answer is seen on its way in,
 * for the weight header, 429/418, and the HTTP status of each order request: that status is
 * what tells a rejected order (4xx: nothing placed) from an unknown one (5xx or no answer).
 */
export async function createCcxtGateway(options: CcxtGatewayOptions): Promise<ExchangeGateway> {
  const { default: ccxt } = await import('ccxt');
  const client: BinanceClient = await createBinanceClient(options.connection);
  const log = options.logger.child('exchange');
  let timeOffsetMs: number | null = null;
  let stream: StreamState = 'off';
  let lastError: string | null = null;
  const health = (): GatewayHealth => ({ guard: guard.state, timeOffsetMs, stream, lastError });
  const announce = (): void => options.onHealth(health());
  const guard = new RequestGuard(announce);
  const orderStatuses = new Map<string, number>();

  const onRestResponse = client.onRestResponse.bind(client);
  client.onRestResponse = (status: number, statusText: string, url: string, method: string, headers: Record<string, string>, body: string, requestHeaders: unknown, requestBody: unknown): string => {
    guard.observe(status, lowerCaseKeys(headers));
    if (method === 'POST' && /\/(order|orderList\/oco)$/.test(url.split('?')[0] ?? '')) {
      const body = new URLSearchParams(typeof requestBody === 'string' ? requestBody : '');
      const clientOrderId = body.get('newClientOrderId') ?? body.get('listClientOrderId');
      if (clientOrderId !== null) orderStatuses.set(clientOrderId, status);
    }
    return onRestResponse(status, statusText, url, method, headers, body, requestHeaders, requestBody) as string;
  };

  /** Every request asks the guard first; a refusal is an error the caller can show. */
  async function call<T>(request: () => Promise<T>): Promise<T> {
    guard.assertMaySend();
    try {
      const result = await request();
      if (lastError !== null) {
        lastError = null;
        announce();
      }
      return result;
    } catch (error: unknown) {
      lastError = (await describeExchangeError(error)).message;
      announce();
      throw error;
    }
  }

  async function syncClock(): Promise<number> {
    const offset = Number(await call(() => client.loadTimeDifference() as Promise<unknown>));
    timeOffsetMs = offset;
    log.info(`Clock offset to the exchange: ${offset} ms`);
    announce();
    return offset;
  }

  /**
   * Sends an order (or order list) request once. A failure is told apart by the HTTP status of
   * its request, seen on the way in: 4xx (and 429/418) means nothing was placed; a 5xx or no
   * answer means nobody knows yet; -1021 (`clock`) is refused for its timestamp, so not placed.
   */
  async function sendOrderRequest(
    key: string,
    request: () => Promise<unknown>,
  ): Promise<{ readonly kind: 'sent'; readonly raw: unknown } | Exclude<PlaceOutcome, { kind: 'accepted' }> | { readonly kind: 'clock' }> {
    try {
      return { kind: 'sent', raw: await call(request) };
    } catch (error: unknown) {
      if (error instanceof RequestRefusedError) return { kind: 'rejected', code: null, message: error.message };
      const status = orderStatuses.get(key);
      const message = (await describeExchangeError(error)).message;
      if (status === 429 || status === 418) return { kind: 'rejected', code: null, message };
      if (status !== undefined && status >= 400 && status < 500) {
        return error instanceof ccxt.InvalidNonce ? { kind: 'clock' } : { kind: 'rejected', code: binanceCode(error), message };
      }
      return { kind: 'unknown', message };
    } finally {
      orderStatuses.delete(key);
    }
  }

  /** One attempt; `clock` means -1021: refused for its timestamp, so certainly not placed. */
  async function placeOnce(request: OrderRequest): Promise<PlaceOutcome | { readonly kind: 'clock' }> {
    const sent: SentOrder = { side: request.side, type: request.type, timeInForce: request.timeInForce ?? null };
    const sentOrFailed = await sendOrderRequest(request.clientOrderId, () => client.privatePostOrder(orderParams(request)));
    if (sentOrFailed.kind !== 'sent') return sentOrFailed;
    try {
      return { kind: 'accepted', order: orderFromRest(sentOrFailed.raw, sent) };
    } catch (error: unknown) {
      // Accepted, but the reply is unreadable: a lookup must tell what it became.
      return { kind: 'unknown', message: `The exchange accepted the order but its reply could not be read (${String(error)})` };
    }
  }

  /** One attempt at an OCO list; as for one order, the HTTP status tells rejected from unknown. */
  async function placeOcoOnce(request: OcoRequest): Promise<ListPlaceOutcome | { readonly kind: 'clock' }> {
    const sentOrFailed = await sendOrderRequest(request.listClientOrderId, () => client.privatePostOrderListOco(ocoParams(request)));
    if (sentOrFailed.kind !== 'sent') return sentOrFailed;
    try {
      const reports = (sentOrFailed.raw as { orderReports?: unknown[] }).orderReports ?? [];
      const legs = [request.above, request.below];
      const orders = reports.map((report) => {
        const leg = legs.find((candidate) => candidate.clientOrderId === (report as { clientOrderId?: unknown }).clientOrderId);
        return orderFromRest(report, { side: request.side, type: leg?.type ?? 'LIMIT_MAKER', timeInForce: leg?.timeInForce ?? null });
      });
      if (orders.length !== 2) throw new Error(`${orders.length} order reports`);
      return { kind: 'accepted', orders };
    } catch (error: unknown) {
      return { kind: 'unknown', message: `The exchange accepted the order list but its reply could not be read (${String(error)})` };
    }
  }

  return {
    // ccxt keeps the markets it loads (its streams need them); each market carries the raw exchangeInfo symbol.
    fetchSymbols: () =>
      call(async () =>
        Object.values(await client.loadMarkets(true))
          .filter((market) => market?.spot === true)
          .map((market) => market?.info as unknown),
      ),

    fetchAccount: () =>
      call(async () => {
        const raw = (await client.privateGetAccount({ omitZeroBalances: 'true' })) as { balances: ExchangeBalance[]; commissionRates?: { maker?: string; taker?: string } };
        return {
          balances: raw.balances.map(({ asset, free, locked }) => ({ asset: String(asset), free: String(free), locked: String(locked) })),
          makerRate: String(raw.commissionRates?.maker ?? '0'),
          takerRate: String(raw.commissionRates?.taker ?? '0'),
        };
      }),

    lastPrice: (symbol) => call(async () => String(((await client.publicGetTickerPrice({ symbol })) as { price: string }).price)),

    bookTicker: (symbol) =>
      call(async () => {
        const raw = (await client.publicGetTickerBookTicker({ symbol })) as unknown as { bidPrice: string; askPrice: string };
        return { bid: String(raw.bidPrice), ask: String(raw.askPrice), time: Date.now() };
      }),

    async placeOrder(request) {
      const first = await placeOnce(request);
      if (first.kind !== 'clock') return first;
      // -1021: our clock drifted past recvWindow and the order was not taken: re-sync, send once more.
      log.warn('The exchange refused the timestamp; re-syncing the clock and sending again', { clientOrderId: request.clientOrderId });
      await syncClock();
      const second = await placeOnce(request);
      return second.kind === 'clock' ? { kind: 'rejected', code: -1021, message: 'The exchange refused our timestamp twice; check the system clock' } : second;
    },

    async placeOco(request) {
      const first = await placeOcoOnce(request);
      if (first.kind !== 'clock') return first;
      log.warn('The exchange refused the timestamp; re-syncing the clock and sending the order list again', { listClientOrderId: request.listClientOrderId });
      await syncClock();
      const second = await placeOcoOnce(request);
      return second.kind === 'clock' ? { kind: 'rejected', code: -1021, message: 'The exchange refused our timestamp twice; check the system clock' } : second;
    },

    async fetchOrder(symbol, clientOrderId) {
      try {
        return orderFromRest(await call(() => client.privateGetOrder({ symbol, origClientOrderId: clientOrderId })));
      } catch (error: unknown) {
        if (error instanceof ccxt.OrderNotFound) return null;
        throw error;
      }
    },

    cancelOrder: (symbol, clientOrderId) => call(async () => orderFromRest(await client.privateDeleteOrder({ symbol, origClientOrderId: clientOrderId }))),

    cancelAllOrders: (symbol) =>
      call(async () => {
        const replies = (await client.privateDeleteOpenOrders({ symbol })) as unknown[];
        // Order lists (OCO) come back as their own objects; their orders are listed separately.
        return replies.filter((reply) => typeof reply === 'object' && reply !== null && 'orderId' in reply).map((reply) => orderFromRest(reply));
      }),

    fetchOpenOrders: () => call(async () => ((await client.privateGetOpenOrders({})) as unknown[]).map((raw) => orderFromRest(raw))),

    fetchOrderTrades: (symbol, exchangeOrderId) =>
      call(async () => ((await client.privateGetMyTrades({ symbol, orderId: exchangeOrderId })) as unknown[]).map((raw) => tradeFromRest(raw))),

    syncClock,

    watchAccount(listener) {
      return watchAccountStream(client, {
        ...listener,
        onStateChange(state) {
          stream = state;
          announce();
          listener.onStateChange(state);
        },
      }, log);
    },

    watchCandles: (symbol, interval, listener) => watchCandles(client, symbol, interval, listener, log),

    health,

    async close() {
      await client.close();
    },
  };
}

function orderParams(request: OrderRequest): Record<string, string> {
  const params: Record<string, string> = {
    symbol: request.symbol,
    side: request.side,
    type: request.type,
    newClientOrderId: request.clientOrderId,
    newOrderRespType: 'FULL',
  };
  if (request.timeInForce !== undefined) params.timeInForce = request.timeInForce;
  if (request.quantity !== undefined) params.quantity = request.quantity;
  if (request.quoteOrderQty !== undefined) params.quoteOrderQty = request.quoteOrderQty;
  if (request.price !== undefined) params.price = request.price;
  if (request.stopPrice !== undefined) params.stopPrice = request.stopPrice;
  return params;
}

function ocoParams(request: OcoRequest): Record<string, string> {
  const params: Record<string, string> = {
    symbol: request.symbol,
    side: request.side,
    quantity: request.quantity,
    listClientOrderId: request.listClientOrderId,
    newOrderRespType: 'FULL',
  };
  const leg = (prefix: 'above' | 'below', order: ListLegRequest): void => {
    params[`${prefix}Type`] = order.type;
    params[`${prefix}ClientOrderId`] = order.clientOrderId;
    if (order.price !== undefined) params[`${prefix}Price`] = order.price;
    if (order.stopPrice !== undefined) params[`${prefix}StopPrice`] = order.stopPrice;
    if (order.timeInForce !== undefined) params[`${prefix}TimeInForce`] = order.timeInForce;
  };
  leg('above', request.above);
  leg('below', request.below);
  return params;
}

/** Binance's error code from the JSON body ccxt quotes in its message. */
function binanceCode(error: unknown): number | null {
  const match = /"code"\s*:\s*(-?\d+)/.exec(error instanceof Error ? error.message : String(error));
  return match?.[1] === undefined ? null : Number(match[1]);
}

function lowerCaseKeys(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([key, value]) => [key.toLowerCase(), value]));
}

