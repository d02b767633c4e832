import { type Bridge } from '../../shared/rpc/bridge';

declare global {
  interface Window {
    /** Present only in the desktop shell, where the preload exposes the typed bridge. */
    readonly tradewind?: Bridge;
  }
}

export {};
