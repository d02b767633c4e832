import { type BrowserWindow } from 'electron';
import { IPC_EVENT_CHANNEL } from '../../shared/rpc/ipc-channels';
import { type EventBus } from '../core/event-bus';
import { isTrustedUrl } from '../desktop/app-origin';

/**
 * Pushes every core event to the window for as long as it lives. An event is only sent while
 * the window shows our own page, so nothing leaks to a page that should not be there.
 */
export function forwardEvents(bus: EventBus, window: BrowserWindow, trustedOrigins: ReadonlySet<string>): void {
  const contents = window.webContents;
  const unsubscribe = bus.on((name, payload) => {
    if (contents.isDestroyed() || !isTrustedUrl(contents.mainFrame.url, trustedOrigins)) return;
    contents.send(IPC_EVENT_CHANNEL, name, payload);
  });
  window.once('closed', unsubscribe);
}
