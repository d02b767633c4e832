#!/usr/bin/env node
// The installed `tradewind` command runs the built CLI (npm run build produces it).
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const built = fileURLToPath(new URL('../out/main/cli.js', import.meta.url));
if (!existsSync(built)) {
  process.stderr.write('tradewind: the CLI is not built yet; run "npm run build" in the Tradewind folder first\n');
  process.exit(1);
}
await import(pathToFileURL(built).href);
