import { parseArgs } from 'node:util';

/**
 * `--data-dir <folder>` or `--data-dir=<folder>` from Electron's argv. Everything else is
 * ignored: Chromium switches and the entry script share argv with us.
 */
export function dataDirArg(argv: readonly string[]): string | undefined {
  const { values } = parseArgs({
    args: [...argv],
    options: { 'data-dir': { type: 'string' } },
    strict: false,
    allowPositionals: true,
  });
  const value = values['data-dir'];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.trim() === '' || value.startsWith('--')) {
    throw new Error('--data-dir needs a folder, e.g. --data-dir ~/tradewind-data');
  }
  return value;
}
