// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];

/** Import boundaries between the processes: each imports only its own code and shared/ (docs/architecture.md). */
const restrict = (
  /** @type {string[]} */ paths,
  /** @type {string[]} */ patterns,
  /** @type {string} */ message,
) => ({
  'no-restricted-imports': [
    'error',
    {
      paths: paths.map((name) => ({ name, message })),
      patterns: patterns.map((group) => ({ group: [group], message })),
    },
  ],
});

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'release/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'bench/results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      'max-lines': ['error', { max: 400, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: restrict(
      ['electron', 'react', 'react-dom', 'dexie', 'antd', ...nodeBuiltins],
      ['**/main/**', '**/renderer/**', '**/server/**', 'node:*'],
      'shared/ is pure TypeScript: no Node, Electron, DOM or process-specific imports.',
    ),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict(
        ['electron', ...nodeBuiltins],
        ['**/main/**', '**/server/**', 'node:*'],
        'The renderer never imports Electron, Node or another process: it talks to main through window.api.',
      ),
    },
  },
  {
    files: ['main/**/*.ts'],
    rules: restrict(
      [],
      ['**/renderer/**', '**/server/**'],
      'main/ shares code with other processes only through shared/.',
    ),
  },
  {
    // Playwright fixtures without dependencies must destructure an empty object.
    files: ['e2e/fixtures.ts', 'e2e/electron.spec.ts'],
    rules: { 'no-empty-pattern': 'off' },
  },
  {
    // A function says one idea: at most 80 lines, components included (docs/architecture.md, "Style").
    // Test suites (describe/it bodies) and data literals (the demo dataset) are exempt.
    files: ['**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}', 'e2e/**/*.spec.ts', 'shared/demo/**'],
    rules: {
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true, IIFEs: true }],
    },
  },
  {
    files: ['server/**/*.ts'],
    rules: restrict(
      ['electron'],
      ['**/main/**', '**/renderer/**'],
      'The server imports only shared/ of the project.',
    ),
  },
);
