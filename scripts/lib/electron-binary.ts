import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * The Electron binary's path, or null when it is not installed. Its installer (which
 * downloads the binary) is not allowed to run during `npm ci`, so a fresh checkout has none
 * until `npm run desktop:install` fetches it. This reads what that installer leaves behind
 * (`path.txt` and `dist/`) instead of calling `require('electron')`, which would start a
 * download as a side effect.
 */
export function electronBinaryPath(env: NodeJS.ProcessEnv = process.env): string | null {
  try {
    const packageDir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
    const relative = fs.readFileSync(path.join(packageDir, 'path.txt'), 'utf8').trim();
    const binary = path.join(env.ELECTRON_OVERRIDE_DIST_PATH ?? path.join(packageDir, 'dist'), relative);
    return fs.existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

/** Whether a window could be shown: always on macOS and Windows, with X11 or Wayland on Linux. */
export function hasDisplay(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): boolean {
  if (platform !== 'linux') return true;
  return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}
