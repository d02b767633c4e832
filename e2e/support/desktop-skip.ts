import { electronBinaryPath, hasDisplay } from '../../scripts/lib/electron-binary';

/** Why the desktop e2e tests cannot run on this machine, or null when they can. */
export function desktopSkipReason(): string | null {
  if (electronBinaryPath() === null) {
    return 'Electron binary not installed: run npm run desktop:install (needs access to GitHub or an ELECTRON_MIRROR)';
  }
  if (!hasDisplay()) return 'No display for the Electron window: DISPLAY / WAYLAND_DISPLAY are unset (try xvfb-run)';
  return null;
}
