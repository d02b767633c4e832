import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { type AddressInfo } from 'node:net';
import { AccountBook } from './accounts';
import { ServerClock } from './clock';
import { BinanceError, binanceErrors } from './errors';
import { readRequest } from './request';
import { type EmulatorState } from './route';
import { dispatch, findRoute } from './router';
import { DEFAULT_SYMBOLS } from './symbols';
import { type BinanceEmulator, type EmulatorOptions, type RequestRecord } from './types';
import { WEIGHT_HEADER, WeightCounter, type WeightPool } from './weights';

export type * from './types';

interface Reply {
  status: number;
  /** undefined: an empty body, as Binance's 404 has. */
  json?: unknown;
}

function replyFor(error: unknown): Reply {
  if (error instanceof BinanceError) return { status: error.httpStatus, json: error.body() };
  console.error('binance emulator: handler failed', error);
  const unknown = binanceErrors.unknown();
  return { status: unknown.httpStatus, json: unknown.body() };
}

/**
 * A local Binance spot REST server on 127.0.0.1 that ccxt's `binance` class cannot tell from the
 * real one for the endpoints it implements. See /work/shared/binance/API-FACTS.md.
 */
export async function startBinanceEmulator(options: EmulatorOptions = {}): Promise<BinanceEmulator> {
  const clock = new ServerClock(options.now);
  const state: EmulatorState = {
    clock,
    accounts: new AccountBook(options.keys ?? [], clock.now()),
    symbols: options.symbols ?? DEFAULT_SYMBOLS,
  };
  const hasSapi = options.hasSapi ?? true;
  const weights = new WeightCounter();
  const log: RequestRecord[] = [];

  async function handle(message: IncomingMessage, response: ServerResponse): Promise<void> {
    const request = await readRequest(message);
    const route = findRoute(request.method, request.path, hasSapi);
    const pool: WeightPool = route?.pool ?? (request.path.startsWith('/sapi/') ? 'sapi' : 'api');
    const usedWeight = weights.add(pool, route?.weight ?? 0, clock.now());

    let reply: Reply;
    try {
      reply = route === undefined ? { status: 404 } : { status: 200, json: dispatch(route, request, state) };
    } catch (error) {
      reply = replyFor(error);
    }

    log.push({
      method: request.method,
      path: request.path,
      query: request.rawQuery,
      status: reply.status,
      apiKey: request.apiKey,
      remoteAddress: request.remoteAddress,
    });
    const body = reply.json === undefined ? '' : JSON.stringify(reply.json);
    response.writeHead(reply.status, {
      'Content-Type': reply.json === undefined ? 'text/plain; charset=utf-8' : 'application/json;charset=UTF-8',
      'Content-Length': Buffer.byteLength(body),
      [WEIGHT_HEADER[pool]]: String(usedWeight),
    });
    response.end(body);
  }

  const server = createServer((message, response) => {
    handle(message, response).catch((error: unknown) => {
      console.error('binance emulator: request failed', error);
      response.destroy();
    });
  });
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
    setClockSkewMs: (skewMs) => clock.setSkewMs(skewMs),
    serverTime: () => clock.now(),
    usedWeight: () => weights.current(clock.now()),
    setBalances: (apiKey, balances) => state.accounts.setBalances(apiKey, balances, clock.now()),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error === undefined ? resolve() : reject(error)));
        // ccxt keeps connections alive; without this close() would wait for them to time out.
        server.closeAllConnections();
      }),
  };
}
