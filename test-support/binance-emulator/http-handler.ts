import { type IncomingMessage, type ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { BinanceError, binanceErrors } from './errors';
import { type Faults } from './faults';
import { readRequest } from './request';
import { type EmulatorState, RouteReply, routeWeight } from './route';
import { dispatch, findRoute } from './router';
import { type RequestRecord } from './types';
import { WEIGHT_HEADER, type WeightCounter, type WeightPool } from './weights';

interface Reply {
  status: number;
  /** undefined: an empty body, as Binance's 404 has. */
  json?: unknown;
  headers?: Readonly<Record<string, string>>;
}

export interface HttpDeps {
  state: EmulatorState;
  hasSapi: boolean;
  weights: WeightCounter;
  faults: Faults;
  log: RequestRecord[];
}

function replyFor(error: unknown): Reply {
  if (error instanceof BinanceError) return { status: error.httpStatus, json: error.body() };
  console.error('binance emulator: handler failed', error);
  const unknown = binanceErrors.unknown();
  return { status: unknown.httpStatus, json: unknown.body() };
}

function isOrderPlacement(method: string, path: string): boolean {
  return method === 'POST' && (path === '/api/v3/order' || path === '/api/v3/orderList/oco');
}

/** REST requests: weight, faults, the route's checks and handler, the request log. */
export function createRequestHandler(deps: HttpDeps): (message: IncomingMessage, response: ServerResponse) => Promise<void> {
  const { state, weights, faults, log } = deps;
  return async (message, response) => {
    const request = await readRequest(message);
    const route = findRoute(request.method, request.path, deps.hasSapi);
    const pool: WeightPool = route?.pool ?? (request.path.startsWith('/sapi/') ? 'sapi' : 'api');
    const usedWeight = weights.add(pool, route === undefined ? 0 : routeWeight(route, request), state.clock.now());
    // Logged on arrival (status 0 until answered), so a request still delayed by a fault counts.
    const { method, path, rawQuery: query, apiKey, remoteAddress } = request;
    const entry: RequestRecord = { method, path, query, status: 0, apiKey, remoteAddress };
    log.push(entry);
    const addFault = (label: string): void => {
      entry.fault = entry.fault === undefined ? label : `${entry.fault},${label}`;
    };
    const record = (status: number): void => {
      entry.status = status;
    };

    let reply: Reply;
    const early = faults.beforeRequest(request.path);
    if (early !== undefined) {
      addFault(early.label);
      reply = early;
    } else {
      if (faults.latencyMs > 0) {
        addFault(`latency-${faults.latencyMs}ms`);
        await sleep(faults.latencyMs);
      }
      try {
        const result = route === undefined ? undefined : dispatch(route, request, state);
        reply = route === undefined ? { status: 404 } : result instanceof RouteReply ? { status: 200, json: result.json, headers: result.headers } : { status: 200, json: result };
      } catch (error) {
        reply = replyFor(error);
      }
      if (reply.status === 200 && isOrderPlacement(request.method, request.path)) {
        const fault = faults.afterOrderAccepted();
        if (fault?.kind === 'drop') {
          // The order stands; the client never hears of it.
          addFault(fault.label);
          record(0);
          response.socket?.destroy();
          return;
        }
        if (fault?.kind === '5xx') {
          addFault(fault.reply.label);
          reply = fault.reply;
        }
      }
    }

    record(reply.status);
    const body = reply.json === undefined ? '' : JSON.stringify(reply.json);
    response.writeHead(reply.status, {
      'Content-Type': reply.json === undefined ? 'text/plain; charset=utf-8' : 'application/json;charset=UTF-8',
      'Content-Length': Buffer.byteLength(body),
      [WEIGHT_HEADER[pool]]: String(usedWeight),
      ...reply.headers,
    });
    response.end(body);
  };
}
