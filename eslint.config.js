// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import boundaries from './eslint-rules/feature-boundaries.js';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'http', 'zlib', 'url'];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/only-throw-error': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
    // Plain scripts run under Node.
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly' },
    },
  },
  {
    // The web side and the shared code must run in a sandboxed renderer: no Electron, no Node.
    files: ['renderer/**/*.{ts,tsx}', 'shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'renderer/ and shared/ may not import electron.' }],
          patterns: [{ group: nodeBuiltins, message: 'renderer/ and shared/ may not import Node modules.' }],
        },
      ],
    },
  },
  {
    // Only the thin glue may load Electron: everything else must run under plain Node and vitest.
    files: ['electron/core/**/*.ts', 'electron/cli/**/*.ts', 'electron/preview/**/*.ts', 'tests/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'Only electron/main and electron/preload may import electron.' },
          ],
        },
      ],
    },
  },
  {
    // A feature uses another only through its index.ts; the shared kit uses none.
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { care: boundaries },
    rules: {
      'care/feature-boundaries': [
        'error',
        {
          features: ['renderer/src/features/*', 'renderer/src/app'],
          shared: ['renderer/src/components', 'renderer/src/api', 'renderer/src/i18n'],
        },
      ],
    },
  },
  {
    // The main process is cut the same way: a feature folder of electron/core uses another only
    // through its index.ts; the store, the IPC assembly and the other kit folders use no feature.
    files: ['electron/core/**/*.ts'],
    plugins: { care: boundaries },
    rules: {
      'care/feature-boundaries': [
        'error',
        {
          features: [
            'electron/core/app',
            'electron/core/center',
            'electron/core/settings',
            'electron/core/backups',
            'electron/core/people',
            'electron/core/assessments',
            'electron/core/staff',
            'electron/core/beds',
            'electron/core/rounds',
            'electron/core/handovers',
            'electron/core/incidents',
            'electron/core/board',
            'electron/core/rosters',
          ],
          shared: ['electron/core/store', 'electron/core/security'],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
);
