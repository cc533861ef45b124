import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// Bare module names go in `paths` (exact match); a `patterns` entry such as 'http' would also match ./http.
const nodeModules = ['fs', 'path', 'os', 'child_process', 'http', 'https', 'crypto', 'url', 'stream', 'worker_threads'];

const noNode = { group: ['node:*'], message: 'Node modules stay in electron/.' };
// Relative imports into electron/ (the shell, the host, the services): what both sides need lives in shared/.
const noElectronFolder = {
  group: ['**/electron/**'],
  message: 'renderer/ and shared/ import nothing from electron/; put what both sides need in shared/.',
};
// DESIGN.md, "Architecture": the engine takes matrices and vectors and knows nothing of datasets or scenarios.
const noScenarioLayers = {
  group: ['domain', 'dataset', 'evaluation', 'api'].flatMap((layer) => [`**/${layer}`, `**/${layer}/**`]),
  message: 'shared/engine takes matrices and vectors; scenario-level code lives in shared/evaluation.',
};
const pure = ['electron', ...nodeModules, 'react', 'react-dom'];

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
    // shared/ is pure: no Electron, no Node, no DOM.
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: pure, patterns: [noNode, noElectronFolder] }],
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'require'],
    },
  },
  {
    // The engine, below the rest of shared/ (this block replaces the rule above for its files).
    files: ['shared/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: pure, patterns: [noNode, noElectronFolder, noScenarioLayers] }],
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
      'no-restricted-imports': ['error', { paths: ['electron', ...nodeModules], patterns: [noNode, noElectronFolder] }],
    },
  },
  {
    // The rules of hooks and the React Compiler's checks (eslint-plugin-react-hooks' recommended set);
    // a missing effect dependency is an error here, not a warning.
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: reactHooks.configs.flat.recommended.plugins,
    rules: { ...reactHooks.configs.flat.recommended.rules, 'react-hooks/exhaustive-deps': 'error' },
  },
);
