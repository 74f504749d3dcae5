// For machines that can download VS Code: `npx vscode-test` runs the same extension-host
// suite as scripts/e2e/run-host-tests.mjs, in a desktop VS Code fetched by @vscode/test-cli.
// (It cannot run on machines that reach only the npm registry — there the suite runs in
// code-server; see README.md, "Tests".) Build first: `npm run build`.
//
// The window opens a temp workspace laid out like the code-server runner's: copies of
// `test/host/fixtures/` at its root and of `notebooks/`, so tests may write files freely.
import { defineConfig } from '@vscode/test-cli';
import { cpSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const workspace = mkdtempSync(join(tmpdir(), 'actlab-host-'));
if (existsSync('test/host/fixtures')) cpSync('test/host/fixtures', workspace, { recursive: true });
cpSync('notebooks', join(workspace, 'notebooks'), { recursive: true });

export default defineConfig({
  files: 'out/test/host/**/*.test.js',
  version: '1.100.3',
  workspaceFolder: workspace,
  env: { ACTLAB_TEST_WORKSPACE: workspace },
  mocha: { ui: 'bdd', timeout: 20000 },
});
