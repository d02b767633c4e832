import {
  METHOD_NAMES,
  type EventName,
  type EventPayload,
  type MethodInput,
  type MethodName,
  type MethodOutput,
} from '../contract';
import { type Result } from './errors';

/**
 * How a bridge reaches the core: Electron IPC in the desktop preload, a WebSocket in the web
 * shell. Both carry the same `{ ok, value | error }` results and the same events.
 */
export interface BridgeTransport {
  call(method: MethodName, input: unknown): Promise<Result<unknown>>;
  listen(listener: (name: EventName, payload: unknown) => void): () => void;
}

type Namespace<M extends string> = M extends `${infer NS}.${string}` ? NS : never;

/** Methods whose whole input is optional may be called with no argument. */
type BridgeCall<M extends MethodName> = Record<never, never> extends MethodInput<M>
  ? (input?: MethodInput<M>) => Promise<Result<MethodOutput<M>>>
  : (input: MethodInput<M>) => Promise<Result<MethodOutput<M>>>;

export type BridgeMethods = {
  readonly [NS in Namespace<MethodName>]: {
    readonly [M in MethodName as M extends `${NS}.${infer Verb}` ? Verb : never]: BridgeCall<M>;
  };
};

/**
 * The typed client the renderer talks to, identical in both shells: `bridge.settings.set({...})`
 * resolves to a Result (never rejects for an application error), and `bridge.on` subscribes to
 * a pushed event and returns the unsubscribe function.
 */
export type Bridge = BridgeMethods & {
  readonly on: <E extends EventName>(name: E, listener: (payload: EventPayload<E>) => void) => () => void;
};

export function createBridge(transport: BridgeTransport): Bridge {
  const namespaces: Record<string, Record<string, (input?: unknown) => Promise<Result<unknown>>>> = {};
  for (const name of METHOD_NAMES) {
    const [namespace, verb] = name.split('.') as [string, string];
    const calls = (namespaces[namespace] ??= {});
    calls[verb] = (input?: unknown) => transport.call(name, input ?? {});
  }
  const on = <E extends EventName>(name: E, listener: (payload: EventPayload<E>) => void): (() => void) =>
    transport.listen((eventName, payload) => {
      // The core validated the payload against the contract before sending it.
      if (eventName === name) listener(payload as EventPayload<E>);
    });
  return { ...namespaces, on } as unknown as Bridge;
}
