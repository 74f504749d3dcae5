// Runs the web-host test suite (`out/test/web/index.js`, built from test/web/) inside a
// real VS Code web worker extension host: code-server 1.100.3 in headless Chromium, with
// the extension loaded from this folder (`extensionDevelopmentPath`) and forced into the
// browser's web worker host by the user setting `remote.extensionKind` (the workbench
// otherwise prefers the Node host for an extension with a `main`; see README, "In the
// browser"). The suite's first test fails unless it really runs in a web worker. It builds
// nothing: run `npm run build` first.
//
// Usage:
//   node scripts/e2e/run-web-tests.mjs [--grep PATTERN] [--timeout SECONDS] [--keep] [--verbose]
//     --grep     run only tests whose full title matches PATTERN (mocha's grep)
//     --verbose  forward the whole browser console, not only what follows the suite's start
//     --timeout  hard limit for the whole run, default 300 s
//     --keep     keep the temp workspace and code-server folder (their paths are printed)
// A worker has no environment variables and no file system, so the suite reads its grep
// from, and writes its totals to, files in the workspace folder (see test/web/index.ts).
// Exit code 0 only when every test passed; the last line is `web: N passed, N failed`.
import { cpSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, WEB_HOST_SETTINGS, startCodeServer } from './codeserver.mjs';
import { parseSuiteArgs, reportSuite, runSuiteInWorkbench } from './suite.mjs';

async function main() {
  const opts = parseSuiteArgs(process.argv.slice(2));
  const entry = join(ROOT, 'out/test/web/index.js');
  for (const need of [entry, join(ROOT, 'dist/web/extension.js'), join(ROOT, 'dist/web/engine.js')]) {
    if (!existsSync(need)) {
      console.error(`missing ${need} — run \`npm run build\` first`);
      console.log('web: 0 passed, 1 failed');
      return 1;
    }
  }

  const work = mkdtempSync(join(tmpdir(), 'actlab-web-'));
  const workspace = join(work, 'workspace');
  const resultFile = join(workspace, '.actlab-web-test-result.json');
  mkdirSync(workspace, { recursive: true });
  if (existsSync(join(ROOT, 'notebooks'))) cpSync(join(ROOT, 'notebooks'), join(workspace, 'notebooks'), { recursive: true });
  if (opts.grep) writeFileSync(join(workspace, '.actlab-web-test.json'), JSON.stringify({ grep: opts.grep }));

  const started = Date.now();
  const server = await startCodeServer({ keep: opts.keep, settings: WEB_HOST_SETTINGS });
  const { exitCode, timedOut } = await runSuiteInWorkbench({
    server,
    opts,
    folder: workspace,
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: join(ROOT, 'out/test/web/index'),
    startLine: 'actlab web tests:',
    work,
  });
  return reportSuite({ name: 'web', opts, work, server, started, resultFile, exitCode, timedOut });
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err?.stack ?? err);
    console.log('web: 0 passed, 1 failed');
    process.exit(1);
  },
);
