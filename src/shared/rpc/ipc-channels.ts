/** The only two IPC channels between the desktop window and the core. */
export const IPC_CALL_CHANNEL = 'tradewind:call';
export const IPC_EVENT_CHANNEL = 'tradewind:event';

/** The name under which the preload exposes the typed bridge to the page. */
export const BRIDGE_GLOBAL = 'tradewind';
