import { type HandlerInput, type MethodName, type MethodOutput } from '../../shared/contract';

/** Who is calling: used for audit entries and log lines, never for authorisation decisions. */
export interface CallContext {
  readonly transport: 'ipc' | 'ws' | 'cli' | 'test';
  readonly peer?: string;
}

export type Handler<M extends MethodName> = (
  input: HandlerInput<M>,
  call: CallContext,
) => MethodOutput<M> | Promise<MethodOutput<M>>;

/** A domain's share of the contract: exactly the methods it names, each fully typed. */
export type HandlerMap<M extends MethodName> = { readonly [K in M]: Handler<K> };

export type Handlers = HandlerMap<MethodName>;
