import fs from 'node:fs';
// playwright-core's launcher, through the declared devDependency that re-exports it.
import { chromium, type Browser } from '@playwright/test';

/** Debian's Chromium, as the browser tests use it; never a browser Playwright downloads. */
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
export const CHROMIUM_MISSING = `skipped: ${CHROMIUM_PATH} is missing (install Debian's chromium package: apt-get install -y chromium, or set CHROMIUM_PATH)`;

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export function hasChromium(): boolean {
  return fs.existsSync(CHROMIUM_PATH);
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS });
}
