import { createServer } from 'node:http';
import { type AddressInfo } from 'node:net';
import { AccountBook } from './accounts';
import { ServerClock } from './clock';
import { Engine } from './engine';
import { Faults } from './faults';
import { toFixed } from './fixed';
import { createRequestHandler } from './http-handler';
import { Liquidity } from './liquidity';
import { MarketStreams } from './market-streams';
import { orderListSnapshot, orderSnapshot, tradeSnapshot } from './order-model';
import { parseNewOrder } from './order-params';
import { OrderRate } from './order-rate';
import { OrderStore } from './order-store';
import { findSymbol } from './params';
import { ReplayMarket } from './replay-market';
import { type EmulatorState } from './route';
import { DEFAULT_SYMBOLS } from './symbols';
import { type BinanceEmulator, type EmulatorOptions, type RequestRecord } from './types';
import { UserEvents } from './user-events';
import { WeightCounter } from './weights';
import { WsApi } from './ws-api';
import { SocketServer } from './ws-server';

export type * from './types';

const DEFAULT_DEPTH_LEVELS = 20;

function signedFixed(delta: string): bigint {
  return delta.startsWith('-') ? -toFixed(delta.slice(1)) : toFixed(delta);
}

/**
 * A local Binance spot server on 127.0.0.1 that ccxt's `binance` (REST) and `pro.binance`
 * (streams, WebSocket API) cannot tell from the real one for the calls they make, with a replayed
 * market, a matching engine and faults on demand. See /work/shared/binance/API-FACTS.md.
 */
export async function startBinanceEmulator(options: EmulatorOptions = {}): Promise<BinanceEmulator> {
  const clock = new ServerClock(options.now);
  const symbols = options.symbols ?? DEFAULT_SYMBOLS;
  const replayOptions = options.replay ?? {};
  const market = new ReplayMarket(options.market ?? {}, symbols, replayOptions);
  const liquidity = new Liquidity(replayOptions);
  const depthLevels = replayOptions.depthLevels ?? DEFAULT_DEPTH_LEVELS;
  // Streams hear of each sub-step before the engine does: the market moves, then orders fill.
  const streams = new MarketStreams(market, liquidity, depthLevels);
  const events = new UserEvents();
  const engine = new Engine(new OrderStore(), market, events, liquidity, () => clock.now());
  engine.onPublicTrade((replay, trade) => streams.publishTrade(replay, { ...trade, isBuyerMaker: trade.isMaker === trade.isBuyer }));
  const state: EmulatorState = {
    clock,
    accounts: new AccountBook(options.keys ?? [], clock.now()),
    symbols,
    market,
    engine,
    liquidity,
    orderRate: new OrderRate(),
    depthLevels,
  };
  const weights = new WeightCounter();
  const log: RequestRecord[] = [];
  // The sockets exist only once the server does; faults reach them when a test drops them.
  const faults = new Faults(clock, () => sockets.terminateAll());
  const handle = createRequestHandler({ state, hasSapi: options.hasSapi ?? true, weights, faults, log });

  const server = createServer((message, response) => {
    handle(message, response).catch((error: unknown) => {
      console.error('binance emulator: request failed', error);
      response.destroy();
    });
  });
  const sockets = new SocketServer(server, streams, new WsApi({ accounts: state.accounts, clock, events, weights, faults }));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    get requests() {
      return [...log];
    },
    get connections() {
      return [...sockets.connections];
    },
    setClockSkewMs: (skewMs) => clock.setSkewMs(skewMs),
    serverTime: () => clock.now(),
    usedWeight: () => weights.current(clock.now()),
    setBalances: (apiKey, balances) => state.accounts.setBalances(apiKey, balances, clock.now()),
    adjustBalance: (apiKey, asset, delta) => engine.adjustBalance(state.accounts.get(apiKey), asset, signedFixed(delta)),
    market: { clock: market, quote: (symbol) => market.quote(symbol) },
    faults,
    orders: (apiKey) => engine.store.all(apiKey).map(orderSnapshot),
    orderLists: (apiKey) => engine.store.allLists(apiKey).map(orderListSnapshot),
    trades: (apiKey) => engine.store.allTrades(apiKey).map(tradeSnapshot),
    balances: (apiKey) => state.accounts.get(apiKey).ledger.toBalances(),
    placeCount: (clientOrderId) => engine.store.placeCount(clientOrderId),
    placeOrder: (apiKey, params) => {
      const map = new Map(Object.entries(params));
      findSymbol(map.get('symbol') ?? '', symbols);
      return orderSnapshot(engine.place(state.accounts.get(apiKey), parseNewOrder(map)).order);
    },
    waitForStream: (stream) => streams.waitForSubscription(stream),
    waitForUserDataStream: (apiKey) => events.waitForSubscriber(apiKey),
    onUserEvent: (apiKey, listener) => events.tap(apiKey, listener),
    close: () =>
      new Promise<void>((resolve, reject) => {
        market.close();
        sockets.close();
        server.close((error) => (error === undefined ? resolve() : reject(error)));
        // ccxt keeps connections alive; without this close() would wait for them to time out.
        server.closeAllConnections();
      }),
  };
}
