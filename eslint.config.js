// @ts-check
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Node's built-in modules, bare and with the `node:` prefix. */
const NODE_BUILTINS = builtinModules.filter((name) => !name.startsWith('_')).flatMap((name) => [name, `node:${name}`]);

const ELECTRON_ONLY_IN_SHELL = {
  paths: [{ name: 'electron', message: 'Only src/main/electron/ and src/preload/ may import electron: the core must run without it.' }],
  patterns: [{ group: ['electron/*'], message: 'Only src/main/electron/ and src/preload/ may import electron.' }],
};

const NO_NODE_BUILTINS = {
  paths: NODE_BUILTINS.map((name) => ({
    name,
    message: 'src/shared and src/renderer run in the browser too: no Node built-ins here.',
  })),
  patterns: [{ group: ['node:*'], message: 'src/shared and src/renderer run in the browser too: no Node built-ins here.' }],
};

/**
 * Which process each folder may run in, as lint rules. Exported so a test can prove that a
 * forbidden import really fails lint.
 */
export const processBoundaries = [
  // The one rule: electron stays in the desktop shell.
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/main/electron/**', 'src/preload/**'],
    rules: { 'no-restricted-imports': ['error', ELECTRON_ONLY_IN_SHELL] },
  },
  // Code that also runs in a browser page gets neither electron nor Node.
  {
    files: ['src/shared/**/*.{ts,tsx}', 'src/renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [...ELECTRON_ONLY_IN_SHELL.paths, ...NO_NODE_BUILTINS.paths], patterns: [...ELECTRON_ONLY_IN_SHELL.patterns, ...NO_NODE_BUILTINS.patterns] },
      ],
      'no-restricted-globals': ['error', 'process', 'Buffer', '__dirname', '__filename', 'require'],
    },
  },
];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'drizzle/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: {
          allowDefaultProject: ['eslint.config.js', 'bin/*.js'],
        },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      'no-console': 'error',
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.node },
  },
  ...processBoundaries,
  // Opening links in the OS browser goes through one audited function.
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/main/electron/safe-open-external.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'shell', property: 'openExternal', message: 'Links leave the app only through one audited safeOpenExternal() in src/main/electron/safe-open-external.ts.' },
      ],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // Scripts, tests and benchmarks talk to a terminal.
    files: ['scripts/**', 'bench/**', 'e2e/**', 'test-support/**', '**/*.test.ts'],
    rules: { 'no-console': 'off' },
  },
);
