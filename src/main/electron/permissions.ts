import { type Session } from 'electron';
import { type Logger } from '../log/logger';

/**
 * A trading window needs no camera, microphone, location, notifications, clipboard reads or
 * device access, so nothing is granted. A feature that needs one names it here explicitly.
 */
export function denyAllPermissions(session: Session, log: Logger): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    log.warn(`Denied a permission request: ${permission}`, { url: details.requestingUrl });
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
}
