import { type RawData, type WebSocket } from 'ws';
import { rawToString } from './raw-data';
import { CallFrameSchema, CallIdSchema, type CallId, type EventFrame, type ResultFrame } from '../../shared/rpc/wire';
import { type Result } from '../../shared/rpc/errors';
import { type Router } from '../api/router';
import { type EventBus } from '../core/event-bus';

/** More calls than this in flight on one socket is a runaway client, not a person. */
const MAX_IN_FLIGHT = 64;

/**
 * One browser tab's WebSocket: call frames go to the router, results come back with the same
 * id, and the core's events are pushed until the socket closes. A frame that is not a call
 * gets a BAD_INPUT answer; nothing a client sends can throw out of here.
 */
export function serveWebSocket(socket: WebSocket, router: Router, bus: EventBus, peer: string): void {
  let inFlight = 0;

  const send = (frame: ResultFrame | EventFrame): void => {
    if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(frame));
  };
  const reply = (id: CallId | null, result: Result<unknown>): void => send({ t: 'result', id, result });
  const badFrame = (id: CallId | null, message: string): void =>
    reply(id, { ok: false, error: { code: 'BAD_INPUT', message } });

  const stopEvents = bus.on((name, payload) => send({ t: 'event', name, payload }));
  socket.on('close', stopEvents);
  socket.on('error', () => socket.terminate());

  socket.on('message', (data: RawData, isBinary: boolean) => {
    if (isBinary) return badFrame(null, 'Binary frames are not accepted; send JSON text');
    let frame: unknown;
    try {
      frame = JSON.parse(rawToString(data));
    } catch {
      return badFrame(null, 'Frame is not valid JSON');
    }
    const call = CallFrameSchema.safeParse(frame);
    if (!call.success) {
      return badFrame(idOf(frame), 'Frame must be {"t":"call","id":<number|string>,"method":<string>,"input":<any>}');
    }
    if (inFlight >= MAX_IN_FLIGHT) {
      return reply(call.data.id, { ok: false, error: { code: 'UNAVAILABLE', message: 'Too many calls in flight' } });
    }
    inFlight++;
    void router
      .dispatch(call.data.method, call.data.input, { transport: 'ws', peer })
      .then((result) => reply(call.data.id, result))
      .finally(() => inFlight--);
  });
}

/** Answers carry the caller's id whenever it can be recovered, even from a broken frame. */
function idOf(frame: unknown): CallId | null {
  if (typeof frame !== 'object' || frame === null || !('id' in frame)) return null;
  const id = CallIdSchema.safeParse(frame.id);
  return id.success ? id.data : null;
}
