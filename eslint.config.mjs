import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// Bare module names go in `paths` (exact match); a `patterns` entry such as 'http' would also match ./http.
const nodeModules = ['fs', 'path', 'os', 'child_process', 'http', 'https', 'crypto', 'url', 'stream', 'worker_threads'];

export default tseslint.config(
  { ignores: ['node_modules', 'out', 'dist', 'release', 'test-results', 'playwright-report', 'data'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The engine and the domain are pure: no Electron, no Node, no DOM.
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: ['electron', ...nodeModules, 'react', 'react-dom'], patterns: ['node:*'] },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'require'],
    },
  },
  {
    // The engine is math on matrices and vectors: it knows nothing of datasets, scenarios or the API
    // (DESIGN.md, "Architecture"). Same Node/Electron paths as above: a later block replaces the rule.
    files: ['shared/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', ...nodeModules, 'react', 'react-dom'],
          patterns: [
            { group: ['node:*'] },
            {
              group: [
                '**/domain',
                '**/domain/**',
                '**/dataset',
                '**/dataset/**',
                '**/evaluation',
                '**/evaluation/**',
                '**/api',
                '**/api/**',
              ],
              message: 'shared/engine takes matrices and vectors; scenario-level code lives in shared/evaluation.',
            },
          ],
        },
      ],
    },
  },
  {
    // Services are plain Node; Electron capabilities arrive as injected ports.
    files: ['electron/services/**/*.ts', 'electron/host/**/*.ts', 'electron/cli.ts', 'electron/cli/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: ['electron'] }] },
  },
  {
    // The renderer talks to window.workbench only.
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { paths: ['electron', ...nodeModules], patterns: ['node:*'] }],
    },
  },
);
