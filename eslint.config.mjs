// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['fs', 'path', 'os', 'child_process', 'worker_threads', 'crypto', 'http', 'https', 'net', 'url', 'util', 'events', 'stream'];

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.vscode-test/**', '.e2e/**', 'test-artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-empty': ['error', { allowEmptyCatch: false }],
    },
  },
  {
    // The pure layers must run in the extension host, a worker, a browser and the CLI alike.
    files: ['src/core/**/*.ts', 'src/language/**/*.ts', 'src/plot/**/*.ts', 'src/exercises/**/*.ts', 'src/notebookFormat/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: ['vscode', ...nodeBuiltins],
        patterns: ['node:*', '**/engine/**', '**/notebook/**', '**/features/**', '**/extension'],
      }],
    },
  },
  {
    // Everything the browser entry bundles, and the web-host suite, must run without Node
    // (the build checks the bundles too; this says where, as you type).
    files: [
      'src/extension.shared.ts', 'src/extension.browser.ts', 'src/features/**/*.ts', 'src/notebook/**/*.ts',
      'src/engine/engine.ts', 'src/engine/messages.ts', 'src/engine/protocol.ts', 'src/engine/serve.ts',
      'src/engine/webHost.ts', 'src/engine/webWorker.ts', 'test/web/**/*.ts',
    ],
    rules: {
      'no-restricted-imports': ['error', { paths: nodeBuiltins, patterns: ['node:*', '**/engine/host', '**/engine/worker'] }],
    },
  },
  {
    files: ['scripts/**/*.mjs', 'esbuild.mjs', 'test/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', Buffer: 'readonly', fetch: 'readonly', performance: 'readonly', document: 'readonly', window: 'readonly' } },
  },
);
