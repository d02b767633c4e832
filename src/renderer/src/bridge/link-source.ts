import { type LinkState } from '../../../shared/rpc/ws-transport';

export type { LinkState };

/** The raw state of the link to the core, as the transport sees it. */
export interface LinkSource {
  readonly get: () => LinkState;
  readonly subscribe: (listener: () => void) => () => void;
}

/** The desktop bridge is in-process IPC: it cannot drop while the window exists. */
export const ALWAYS_OPEN: LinkSource = {
  get: () => 'open',
  subscribe: () => () => undefined,
};

export function linkSourceOf(transport: {
  readonly state: LinkState;
  onState(listener: (state: LinkState) => void): () => void;
}): LinkSource {
  return {
    get: () => transport.state,
    subscribe: (listener) => transport.onState(() => listener()),
  };
}
