import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tradewind-cli-'));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

async function cli(...argv: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (text) => out.push(text), err: (text) => err.push(text), env: {} });
  return { code, out, err };
}

describe('tradewind CLI', () => {
  it('info --json prints the app info of the given data folder', async () => {
    const { code, out, err } = await cli('info', '--data-dir', dataDir, '--json');
    expect(err).toEqual([]);
    expect(code).toBe(0);
    const info = JSON.parse(out.join('\n')) as Record<string, unknown>;
    expect(info).toMatchObject({ shell: 'cli', dataDir, schemaVersion: expect.any(Number) as number });
    expect(info.databaseBytes).toBeGreaterThan(0);
  });

  it('info prints a readable summary', async () => {
    const { code, out } = await cli('info', '--data-dir', dataDir);
    expect(code).toBe(0);
    expect(out.join('\n')).toMatch(/data folder\s+.*tradewind-cli-/);
    expect(out.join('\n')).toMatch(/schema\s+v\d+/);
  });

  it('takes the data folder from TRADEWIND_DATA_DIR when no flag is given', async () => {
    const out: string[] = [];
    const code = await runCli(['info', '--json'], { out: (text) => out.push(text), err: () => undefined, env: { TRADEWIND_DATA_DIR: dataDir } });
    expect(code).toBe(0);
    expect(JSON.parse(out.join('')) as unknown).toMatchObject({ dataDir });
  });

  it.each([
    [['info', '--bogus'], /info: Unknown option '--bogus'/],
    [['info', 'extra'], /info: Unexpected argument 'extra'/],
    [['frobnicate'], /unknown command "frobnicate"/],
  ])('exits 2 with one line for bad input %j', async (argv, message) => {
    const { code, err, out } = await cli(...argv);
    expect(code).toBe(2);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(message);
    expect(err[0]).not.toContain('\n');
    expect(out).toEqual([]);
  });

  it('lists its commands with --help', async () => {
    const { code, out } = await cli('--help');
    expect(code).toBe(0);
    expect(out.join('\n')).toMatch(/info\s+Version, data folder/);
  });
});
