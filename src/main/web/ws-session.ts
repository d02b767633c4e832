import { type RawData, type WebSocket } from 'ws';
import { type EventName, type MethodName } from '../../shared/contract';
import { type Result } from '../../shared/rpc/errors';
import { CallFrameSchema, CallIdSchema, type CallId, type EventFrame, type ResultFrame } from '../../shared/rpc/wire';
import { type CoreHost } from '../core/core-host';
import { RECOVERY_METHODS } from '../core/recovery-handlers';
import { rawToString } from './raw-data';

/** More calls than this in flight on one socket is a runaway client, not a person. */
const MAX_IN_FLIGHT = 64;

/** Close code for "your session ended": the page signs in again. */
export const SESSION_ENDED_CLOSE_CODE = 4401;

/** What a browser may ask before signing in: enough to draw the sign-in screen. */
const PUBLIC_METHODS: ReadonlySet<string> = new Set<MethodName>(['app.info', 'auth.state', 'vault.status']);
const PUBLIC_EVENTS: ReadonlySet<EventName> = new Set<EventName>(['app.status', 'vault.changed']);

export interface SocketIdentity {
  readonly peer: string;
  /** Passphrase attempts are counted per client address. */
  readonly source: string;
  /** The signed-in session this socket opened with, or null. */
  readonly session: { readonly id: string } | null;
}

/**
 * One browser tab's WebSocket: call frames go to the router, results come back with the same
 * id, and the core's events are pushed until the socket closes. Before signing in, a socket
 * may only ask what the sign-in screen needs (or, while the database is unreadable, restore a
 * backup). A signed-in socket is checked against its session on every call, so a revoked or
 * expired session stops working at once. Nothing a client sends can throw out of here.
 */
export interface ServedSocket {
  /** The session ended: close once the calls already running on this socket have answered. */
  endSession(): void;
}

export function serveWebSocket(socket: WebSocket, host: CoreHost, identity: SocketIdentity): ServedSocket {
  let inFlight = 0;
  let isEnding = false;
  const closeIfEnding = (): void => {
    if (isEnding && inFlight === 0) socket.close(SESSION_ENDED_CLOSE_CODE, 'session ended');
  };

  const send = (frame: ResultFrame | EventFrame): void => {
    if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(frame));
  };
  const reply = (id: CallId | null, result: Result<unknown>): void => send({ t: 'result', id, result });
  const badFrame = (id: CallId | null, message: string): void => reply(id, { ok: false, error: { code: 'BAD_INPUT', message } });

  const stopEvents = host.bus.on((name, payload) => {
    if (identity.session !== null || PUBLIC_EVENTS.has(name)) send({ t: 'event', name, payload });
  });
  socket.on('close', stopEvents);
  socket.on('error', () => socket.terminate());

  function refusal(method: string): { message: string; hasSessionEnded: boolean } | null {
    const app = host.current();
    if (app === null) {
      const isAllowed = RECOVERY_METHODS.has(method as MethodName) || PUBLIC_METHODS.has(method);
      return isAllowed ? null : { message: 'The database cannot be opened; restore a backup first', hasSessionEnded: false };
    }
    if (identity.session === null) return PUBLIC_METHODS.has(method) ? null : { message: 'Sign in first', hasSessionEnded: false };
    return app.sessions.isLive(identity.session.id) ? null : { message: 'Your session has ended; sign in again', hasSessionEnded: true };
  }

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
    const refused = refusal(call.data.method);
    if (refused !== null) {
      reply(call.data.id, { ok: false, error: { code: 'UNAUTHORIZED', message: refused.message } });
      if (refused.hasSessionEnded) socket.close(SESSION_ENDED_CLOSE_CODE, 'session ended');
      return;
    }
    if (inFlight >= MAX_IN_FLIGHT) {
      return reply(call.data.id, { ok: false, error: { code: 'UNAVAILABLE', message: 'Too many calls in flight' } });
    }
    inFlight++;
    void host.router
      .dispatch(call.data.method, call.data.input, { transport: 'ws', peer: identity.peer, source: identity.source, session: identity.session })
      .then((result) => reply(call.data.id, result))
      .finally(() => {
        inFlight--;
        closeIfEnding();
      });
  });

  return {
    endSession() {
      isEnding = true;
      closeIfEnding();
    },
  };
}

/** Answers carry the caller's id whenever it can be recovered, even from a broken frame. */
function idOf(frame: unknown): CallId | null {
  if (typeof frame !== 'object' || frame === null || !('id' in frame)) return null;
  const id = CallIdSchema.safeParse(frame.id);
  return id.success ? id.data : null;
}
