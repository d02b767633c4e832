import { type HandlerInput, type MethodName, type MethodOutput } from '../../shared/contract';

/** Who is calling. The transport has already decided the caller may call; this says who it is. */
export interface CallContext {
  readonly transport: 'ipc' | 'ws' | 'cli' | 'test';
  readonly peer?: string;
  /** Whose passphrase attempts are counted together: the client's address, or the local shell. */
  readonly source?: string;
  /**
   * Web shell only: the signed-in session making the call, or null before signing in. Shells
   * without sign-in (desktop, CLI) leave it undefined.
   */
  readonly session?: { readonly id: string } | null;
}

export type Handler<M extends MethodName> = (
  input: HandlerInput<M>,
  call: CallContext,
) => MethodOutput<M> | Promise<MethodOutput<M>>;

/** A domain's share of the contract: exactly the methods it names, each fully typed. */
export type HandlerMap<M extends MethodName> = { readonly [K in M]: Handler<K> };

export type Handlers = HandlerMap<MethodName>;
