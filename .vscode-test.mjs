// For machines that can download VS Code: `npx vscode-test` runs the same extension-host
// suite as scripts/e2e/run-host-tests.mjs, in a desktop VS Code fetched by @vscode/test-cli.
// (It cannot run on machines that reach only the npm registry — there the suite runs in
// code-server; see README.md, "Tests".) Build first: `npm run build`.
import { defineConfig } from '@vscode/test-cli';

export default defineConfig({
  files: 'out/test/host/**/*.test.js',
  version: '1.100.3',
  workspaceFolder: './notebooks',
  mocha: { ui: 'bdd', timeout: 20000 },
});
