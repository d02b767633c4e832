import { type WebSocket } from 'ws';
import { type Liquidity } from './liquidity';
import { toRecord } from './params';
import { bookTickerEvent, type Book, miniTickerEvent, syntheticBook, tickerEvent } from './market-payloads';
import { type ReplayMarket } from './replay-market';
import { parseStream } from './stream-names';
import { aggTradeEvent, depthUpdateEvent, klineEvent, partialDepthEvent, type PublicTrade, tradeEvent } from './stream-events';
import { type SymbolReplay } from './symbol-replay';

interface StreamConnection {
  socket: WebSocket;
  /** /stream wraps every event as {stream, data}; /ws sends it bare. */
  isCombined: boolean;
  streams: Set<string>;
}

type Waiter = { stream: string; resolve: () => void };

/**
 * Binance's market streams: raw (/ws/<stream>), combined (/stream?streams=a/b) and the live
 * SUBSCRIBE / UNSUBSCRIBE / LIST_SUBSCRIPTIONS methods. Every sub-step of the clock pushes the
 * kline, trade, bookTicker, ticker and depth events of the symbol that moved.
 */
export class MarketStreams {
  private readonly connections = new Set<StreamConnection>();
  private readonly books = new Map<string, Book>();
  private waiters: Waiter[] = [];

  constructor(
    private readonly market: ReplayMarket,
    private readonly liquidity: Liquidity,
    private readonly depthLevels: number,
  ) {
    market.onStep((replay) => this.onStep(replay));
  }

  accept(socket: WebSocket, isCombined: boolean, initialStreams: readonly string[]): void {
    const connection: StreamConnection = { socket, isCombined, streams: new Set() };
    this.connections.add(connection);
    socket.on('close', () => this.connections.delete(connection));
    socket.on('message', (data: Buffer) => this.onMessage(connection, data.toString('utf8')));
    this.subscribe(connection, initialStreams.filter((stream) => parseStream(stream) !== undefined));
  }

  /** Resolves once some connection is subscribed to `stream` (at once if one is). */
  waitForSubscription(stream: string): Promise<void> {
    if ([...this.connections].some((connection) => connection.streams.has(stream))) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ stream, resolve }));
  }

  /** An account's fill is a public trade too. */
  publishTrade(replay: SymbolReplay, trade: PublicTrade): void {
    const lower = replay.rules.symbol.toLowerCase();
    this.send(`${lower}@trade`, () => tradeEvent(replay, trade));
    this.send(`${lower}@aggTrade`, () => aggTradeEvent(replay, trade));
  }

  terminateAll(): void {
    for (const connection of this.connections) connection.socket.terminate();
    this.connections.clear();
  }

  private subscribe(connection: StreamConnection, streams: readonly string[]): void {
    for (const stream of streams) {
      connection.streams.add(stream);
      // A diff stream needs the book it starts from: the one a REST snapshot would show now.
      const spec = parseStream(stream);
      const replay = spec?.kind === 'depth' && !this.books.has(spec.symbol) ? this.market.replay(spec.symbol) : undefined;
      if (replay !== undefined) this.books.set(replay.rules.symbol, syntheticBook(replay, this.liquidity, this.depthLevels));
    }
    const ready = this.waiters.filter((waiter) => connection.streams.has(waiter.stream));
    this.waiters = this.waiters.filter((waiter) => !ready.includes(waiter));
    for (const waiter of ready) waiter.resolve();
  }

  private onMessage(connection: StreamConnection, text: string): void {
    let request: unknown;
    try {
      request = JSON.parse(text);
    } catch {
      return this.reply(connection, { error: { code: 3, msg: 'Invalid JSON: expected value at line 1 column 1' } });
    }
    const { method, params, id } = toRecord(request);
    const names = Array.isArray(params) ? params.filter((name): name is string => typeof name === 'string') : [];
    const isEveryStreamValid = names.length === (Array.isArray(params) ? params.length : -1) && names.every((name) => parseStream(name) !== undefined);
    if (method === 'SUBSCRIBE' && isEveryStreamValid) {
      this.subscribe(connection, names);
      return this.reply(connection, { result: null, id });
    }
    if (method === 'UNSUBSCRIBE' && isEveryStreamValid) {
      for (const name of names) connection.streams.delete(name);
      return this.reply(connection, { result: null, id });
    }
    if (method === 'LIST_SUBSCRIPTIONS') return this.reply(connection, { result: [...connection.streams], id });
    this.reply(connection, { error: { code: 2, msg: 'Invalid request: unknown method or invalid stream name' }, id });
  }

  private reply(connection: StreamConnection, message: object): void {
    connection.socket.send(JSON.stringify(message));
  }

  private onStep(replay: SymbolReplay): void {
    const symbol = replay.rules.symbol;
    const previousBook = this.books.get(symbol);
    const book = syntheticBook(replay, this.liquidity, this.depthLevels);
    this.books.set(symbol, book);
    // One synthetic market trade per sub-step carries the sub-step's share of the bar volume.
    const volume = replay.stepVolume;
    if (volume > 0n) {
      const trade = { id: replay.nextTradeId(), price: replay.price, qty: volume, isBuyerMaker: replay.price < replay.previousPrice };
      this.publishTrade(replay, trade);
    }
    for (const stream of new Set([...this.connections].flatMap((connection) => [...connection.streams]))) {
      const spec = parseStream(stream);
      if (spec?.symbol !== symbol) continue;
      this.send(stream, () => {
        switch (spec.kind) {
          case 'kline':
            return klineEvent(replay, spec.interval);
          case 'bookTicker':
            return bookTickerEvent(replay, this.liquidity);
          case 'ticker':
            return tickerEvent(replay, this.liquidity);
          case 'miniTicker':
            return miniTickerEvent(replay);
          case 'depth':
            return depthUpdateEvent(replay, previousBook, book);
          case 'partialDepth':
            return partialDepthEvent(replay, book, spec.levels);
          case 'trade':
          case 'aggTrade':
            return undefined;
        }
      });
    }
  }

  /** Builds the event once and sends it to every connection subscribed to `stream`. */
  private send(stream: string, build: () => object | undefined): void {
    let text: { bare: string; combined: string } | undefined;
    for (const connection of this.connections) {
      if (!connection.streams.has(stream) || connection.socket.readyState !== connection.socket.OPEN) continue;
      if (text === undefined) {
        const data = build();
        if (data === undefined) return;
        text = { bare: JSON.stringify(data), combined: JSON.stringify({ stream, data }) };
      }
      connection.socket.send(connection.isCombined ? text.combined : text.bare);
    }
  }
}
