import os from 'node:os';
import path from 'node:path';

export const DATA_DIR_ENV = 'TRADEWIND_DATA_DIR';
export const DATABASE_FILE_NAME = 'tradewind.db';

/**
 * Where this user's Tradewind data lives when nothing else is said. It is the same folder
 * Electron picks as `userData` for an app named "Tradewind", so the desktop app, the web shell
 * and the CLI all open the same file by default.
 */
export function defaultDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = os.homedir(),
): string {
  if (platform === 'win32') return path.win32.join(env.APPDATA ?? path.win32.join(home, 'AppData', 'Roaming'), 'Tradewind');
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Application Support', 'Tradewind');
  const configHome = env.XDG_CONFIG_HOME && path.isAbsolute(env.XDG_CONFIG_HOME) ? env.XDG_CONFIG_HOME : path.join(home, '.config');
  return path.join(configHome, 'Tradewind');
}

/** `--data-dir` beats `TRADEWIND_DATA_DIR`, which beats the shell's own default. */
export function resolveDataDir(flag: string | undefined, env: NodeJS.ProcessEnv, fallback: () => string): string {
  const chosen = nonEmpty(flag) ?? nonEmpty(env[DATA_DIR_ENV]) ?? fallback();
  return path.resolve(chosen);
}

export function databaseFile(dataDir: string): string {
  return path.join(dataDir, DATABASE_FILE_NAME);
}

function nonEmpty(value: string | undefined): string | undefined {
  return value !== undefined && value.trim() !== '' ? value : undefined;
}
