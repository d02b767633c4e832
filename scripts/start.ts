/**
 * `npm start`: builds the workstation, then opens the desktop app, or, where Electron is not
 * installed or there is no display, says so in one line and serves the web shell instead.
 * Arguments after `--` go to the shell (`npm start -- --data-dir ~/tw --port 7500`);
 * `--web` forces the web shell.
 */
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { electronBinaryPath, hasDisplay } from './lib/electron-binary';

const root = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const isWebForced = args.includes('--web');
const shellArgs = args.filter((arg) => arg !== '--web');

function build(): void {
  process.stderr.write('Building Tradewind…\n');
  const result = spawnSync(process.execPath, [path.join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], {
    cwd: root,
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    process.stderr.write(`${result.stdout}${result.stderr}\nBuild failed.\n`);
    process.exit(1);
  }
}

function reasonForWeb(): string | null {
  if (isWebForced) return null;
  if (electronBinaryPath() === null) return 'Electron is not installed (npm run desktop:install fetches it)';
  if (!hasDisplay()) return 'No display found (DISPLAY / WAYLAND_DISPLAY are unset)';
  return 'desktop';
}

function run(command: string, commandArgs: string[]): void {
  const child = spawn(command, commandArgs, { cwd: root, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

build();
const reason = reasonForWeb();
const electron = electronBinaryPath();
if (reason === 'desktop' && electron !== null) {
  // Chromium refuses to run as root with its sandbox on; the page sandbox stays on regardless.
  const rootArgs = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
  run(electron, [path.join(root, 'out', 'main', 'index.js'), ...rootArgs, ...shellArgs]);
} else {
  if (reason !== null) process.stderr.write(`${reason}; starting the web shell instead.\n`);
  run(process.execPath, [path.join(root, 'out', 'main', 'web.js'), ...shellArgs]);
}
