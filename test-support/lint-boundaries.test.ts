import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ESLint, type Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
// The project's own boundary rules, exactly as `npm run lint` applies them.
const { processBoundaries } = (await import(pathToFileURL(path.join(root, 'eslint.config.js')).href)) as {
  processBoundaries: Linter.Config[];
};
const eslint = new ESLint({
  cwd: root,
  overrideConfigFile: true,
  overrideConfig: [{ files: ['**/*.ts', '**/*.tsx'], languageOptions: { parser: tseslint.parser } }, ...processBoundaries],
});

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  const messages = result?.messages ?? [];
  expect(messages.filter((message) => message.fatal)).toEqual([]);
  return messages.filter((message) => message.ruleId === 'no-restricted-imports').map((message) => message.message);
}

const IMPORT_ELECTRON = "import { app } from 'electron';\nexport const name = app.name;\n";
const IMPORT_FS = "import fs from 'node:fs';\nexport const exists = fs.existsSync('x');\n";
const IMPORT_BARE_PATH = "import path from 'path';\nexport const sep = path.sep;\n";

describe('lint enforces the process boundaries', () => {
  it.each(['src/main/app-probe.ts', 'src/main/store/probe.ts', 'src/shared/probe.ts', 'src/renderer/src/probe.ts'])(
    'electron is refused in %s',
    async (file) => {
      expect(await restrictedImports(file, IMPORT_ELECTRON)).not.toEqual([]);
    },
  );

  it.each(['src/main/electron/probe.ts', 'src/preload/probe.ts'])('electron is allowed in %s', async (file) => {
    expect(await restrictedImports(file, IMPORT_ELECTRON)).toEqual([]);
  });

  it.each(['src/shared/probe.ts', 'src/renderer/src/probe.ts'])('Node built-ins are refused in %s', async (file) => {
    expect(await restrictedImports(file, IMPORT_FS)).not.toEqual([]);
    expect(await restrictedImports(file, IMPORT_BARE_PATH)).not.toEqual([]);
  });

  it('Node built-ins are allowed in the core', async () => {
    expect(await restrictedImports('src/main/probe.ts', IMPORT_FS)).toEqual([]);
  });
});
