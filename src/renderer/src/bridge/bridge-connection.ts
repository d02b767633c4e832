import { type Shell } from '../../../shared/domain/enums';
import { createBridge, type Bridge } from '../../../shared/rpc/bridge';
import { BRIDGE_GLOBAL } from '../../../shared/rpc/ipc-channels';
import { WsTransport, type SocketLike } from '../../../shared/rpc/ws-transport';
import { ALWAYS_OPEN, linkSourceOf } from './link-source';
import { monitorLink, type LinkMonitor } from './link-status';

export interface BridgeConnection {
  readonly bridge: Bridge;
  readonly link: LinkMonitor;
  /** Which shell hosts this page, known before the core answers anything. */
  readonly shell: Extract<Shell, 'desktop' | 'web'>;
  /**
   * Reopens the link at once. The web shell authenticates a socket when it opens, so after
   * signing in or out (a new or cleared session cookie) the page reconnects to use it. The
   * desktop bridge has no session, so there it does nothing.
   */
  readonly reconnect: () => void;
}

/**
 * The desktop preload hands us a ready bridge; without one we are in a browser served by the
 * web shell, which speaks the same contract over a WebSocket on the page's own origin (the
 * access cookie rides along automatically).
 */
export function connectToCore(): BridgeConnection {
  const desktopBridge = window[BRIDGE_GLOBAL];
  if (desktopBridge !== undefined) {
    return { bridge: desktopBridge, link: monitorLink(ALWAYS_OPEN), shell: 'desktop', reconnect: () => undefined };
  }
  const transport = new WsTransport({
    url: webSocketUrl(window.location),
    createSocket: openBrowserSocket,
  });
  return {
    bridge: createBridge(transport),
    link: monitorLink(linkSourceOf(transport)),
    shell: 'web',
    reconnect: () => transport.reconnect(),
  };
}

export function webSocketUrl(location: Pick<Location, 'protocol' | 'host'>): string {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${location.host}/ws`;
}

/**
 * The DOM WebSocket is what SocketLike describes, but its handler properties are declared with
 * `Event` parameters where SocketLike says `unknown`, so TypeScript needs to be told.
 */
function openBrowserSocket(url: string): SocketLike {
  return new WebSocket(url) as unknown as SocketLike;
}
