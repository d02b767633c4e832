import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, expect, it } from 'vitest';
import { REPO_MIGRATIONS_FOLDER } from './test-store';

const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));

let tempDir: string | undefined;

afterEach(() => {
  if (tempDir !== undefined) fs.rmSync(tempDir, { recursive: true, force: true });
});

it('the committed migrations already describe the schema', () => {
  tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tradewind-test-'));
  const out = path.join(tempDir, 'drizzle');
  fs.cpSync(REPO_MIGRATIONS_FOLDER, out, { recursive: true });
  const filesBefore = fs.readdirSync(out, { recursive: true }).sort();

  const result = spawnSync(
    path.join(REPO_ROOT, 'node_modules', '.bin', 'drizzle-kit'),
    [
      'generate',
      '--dialect',
      'sqlite',
      '--schema',
      './src/main/store/schema/index.ts',
      '--out',
      // drizzle-kit prefixes "./" to the path, so an absolute one would not resolve.
      path.relative(REPO_ROOT, out),
    ],
    { cwd: REPO_ROOT, encoding: 'utf8' },
  );

  expect(fs.readdirSync(out, { recursive: true }).sort()).toEqual(filesBefore);
  // drizzle-kit exits 0 even when it fails, so its output is the evidence that it ran.
  expect(result.stderr).toBe('');
  expect(result.stdout).toContain('No schema changes, nothing to migrate');
});
