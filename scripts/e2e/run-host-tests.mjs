// Runs the extension-host test suite (`out/test/host/*.test.js`) inside a real VS Code:
// code-server 1.100.3 in headless Chromium, with the extension loaded from this folder
// (`extensionDevelopmentPath`) and mocha started by `test/host/index.ts`
// (`extensionTestsPath`). It builds nothing: run `npm run build` first.
//
// Usage:
//   node scripts/e2e/run-host-tests.mjs [--grep PATTERN] [--timeout SECONDS] [--keep] [--verbose]
//     --grep     run only tests whose full title matches PATTERN (mocha's grep)
//     --verbose  forward the whole browser console, not only what follows the suite's start
//     --timeout  hard limit for the whole run, default 300 s
//     --keep     keep the temp workspace and code-server folder (their paths are printed)
// The workspace the window opens is a fresh temp folder holding copies of
// `test/host/fixtures/` (at its root, when that folder exists) and of `notebooks/`.
// Exit code 0 only when every test passed; the last line is `host: N passed, N failed`.
import { cpSync, existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, startCodeServer } from './codeserver.mjs';
import { parseSuiteArgs, reportSuite, runSuiteInWorkbench } from './suite.mjs';

async function main() {
  const opts = parseSuiteArgs(process.argv.slice(2));
  const testsDir = join(ROOT, 'out/test/host');
  for (const need of [join(testsDir, 'index.js'), join(ROOT, 'dist/extension.js')]) {
    if (!existsSync(need)) {
      console.error(`missing ${need} — run \`npm run build\` first`);
      console.log('host: 0 passed, 1 failed');
      return 1;
    }
  }

  const work = mkdtempSync(join(tmpdir(), 'actlab-host-'));
  const workspace = join(work, 'workspace');
  const resultFile = join(work, 'result.json');
  const fixtures = join(ROOT, 'test/host/fixtures');
  mkdirSync(workspace, { recursive: true });
  if (existsSync(fixtures)) cpSync(fixtures, workspace, { recursive: true });
  if (existsSync(join(ROOT, 'notebooks'))) cpSync(join(ROOT, 'notebooks'), join(workspace, 'notebooks'), { recursive: true });

  const started = Date.now();
  const server = await startCodeServer({
    keep: opts.keep,
    env: {
      ACTLAB_TEST_RESULT: resultFile,
      ACTLAB_TEST_WORKSPACE: workspace,
      ...(opts.grep ? { ACTLAB_TEST_GREP: opts.grep } : {}),
    },
  });
  const { exitCode, timedOut } = await runSuiteInWorkbench({
    server,
    opts,
    folder: workspace,
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: testsDir,
    startLine: 'actlab host tests:',
    work,
  });
  return reportSuite({ name: 'host', opts, work, server, started, resultFile, exitCode, timedOut });
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err?.stack ?? err);
    console.log('host: 0 passed, 1 failed');
    process.exit(1);
  },
);
