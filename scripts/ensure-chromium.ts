/**
 * Browser tests drive Debian's Chromium. If it is missing and we may install packages (root
 * with apt-get, as on CI and a fresh Debian box), install it; otherwise explain and stop.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function sh(command: string): boolean {
  return spawnSync('sh', ['-c', command], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status === 0;
}

if (!fs.existsSync(chromium)) {
  const canInstall = process.platform === 'linux' && process.getuid?.() === 0 && fs.existsSync('/usr/bin/apt-get');
  if (!canInstall) {
    console.error(`Chromium not found at ${chromium}. Install Debian's "chromium" package, or set CHROMIUM_PATH to a Chromium binary.`);
    process.exit(1);
  }
  console.error(`Chromium not found at ${chromium}; installing Debian's chromium package…`);
  if (!sh('apt-get update -qq && apt-get install -y -qq chromium') || !fs.existsSync(chromium)) {
    console.error('Installing chromium with apt-get failed.');
    process.exit(1);
  }
}
