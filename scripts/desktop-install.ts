/**
 * `npm run desktop:install`: fetches the Electron binary that `npm ci` deliberately does not
 * (the electron package's install script is not allowed to run). Electron's own installer does
 * the download, so ELECTRON_MIRROR, electron_config_cache and the other variables it reads
 * keep working.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { electronBinaryPath } from './lib/electron-binary';

const DOWNLOAD_TIMEOUT_MS = 15 * 60_000;

const root = path.resolve(import.meta.dirname, '..');
const electronDir = path.join(root, 'node_modules', 'electron');

function electronVersion(): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(electronDir, 'package.json'), 'utf8')) as { version: string };
  return manifest.version;
}

/** The first line of what the installer printed (it prints a stack trace), or why it did not run. */
function causeOf(result: ReturnType<typeof spawnSync>): string {
  if (result.error !== undefined) {
    return (result.error as NodeJS.ErrnoException).code === 'ETIMEDOUT'
      ? `the download did not finish within ${DOWNLOAD_TIMEOUT_MS / 60_000} minutes`
      : result.error.message;
  }
  const firstLine = String(result.stderr).split('\n').find((line) => line.trim() !== '');
  if (firstLine !== undefined) return firstLine.trim();
  return result.status === 0 ? 'the installer finished but left no Electron binary behind' : `the installer exited with ${result.status ?? result.signal}`;
}

function main(): number {
  if (!fs.existsSync(path.join(electronDir, 'install.js'))) {
    process.stderr.write('node_modules/electron is missing; run npm ci first.\n');
    return 1;
  }
  const version = electronVersion();
  process.stdout.write(`Installing Electron ${version}…\n`);
  const result = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'inherit', 'pipe'],
    timeout: DOWNLOAD_TIMEOUT_MS,
  });
  const binary = result.status === 0 ? electronBinaryPath() : null;
  if (binary !== null) {
    process.stdout.write(`Electron ${version} is installed: ${binary}\nnpm start now opens the desktop app.\n`);
    return 0;
  }
  process.stderr.write(
    `\nCould not install Electron ${version}: ${causeOf(result)}. ` +
      'Its installer downloads the binary from GitHub releases, so it needs internet access to github.com ' +
      '(and objects.githubusercontent.com), or a mirror of those releases named in ELECTRON_MIRROR. ' +
      `Electron's installer also wants Node >= 22.12; this is Node ${process.versions.node}. ` +
      'Everything else works without it: the web shell serves the same workstation to a browser (npm run web).\n',
  );
  return 1;
}

process.exit(main());
