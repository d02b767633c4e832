import { type WebContents } from 'electron';
import { isTrustedUrl } from '../desktop/app-origin';
import { type Logger } from '../log/logger';

/**
 * The window shows our renderer and nothing else: no popups, no <webview>, and no navigation or
 * redirect of any frame to another origin. A page that got elsewhere would still have the
 * bridge's preload, so the only safe answer is to never let it leave.
 */
export function guardNavigation(contents: WebContents, trustedOrigins: ReadonlySet<string>, log: Logger): void {
  contents.setWindowOpenHandler(({ url }) => {
    log.warn('Blocked a new window', { url });
    return { action: 'deny' };
  });
  const refuseForeign =
    (kind: string) =>
    (event: { readonly url: string; preventDefault(): void }): void => {
      if (isTrustedUrl(event.url, trustedOrigins)) return;
      event.preventDefault();
      log.warn(`Blocked a ${kind} away from the app`, { url: event.url });
    };
  contents.on('will-navigate', refuseForeign('navigation'));
  contents.on('will-frame-navigate', refuseForeign('frame navigation'));
  contents.on('will-redirect', refuseForeign('redirect'));
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    log.warn('Refused to attach a <webview>');
  });
}
