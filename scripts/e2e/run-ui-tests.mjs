// Runs the UI tests (`test/ui/*.test.mjs`): Playwright drives headless Chromium through
// code-server's workbench with the extension loaded from this folder. One code-server is
// shared by all test files (test/ui/lib/server.mjs). It builds nothing: run `npm run build`.
//
// Usage:
//   node scripts/e2e/run-ui-tests.mjs [--grep PATTERN] [FILE…]
//     FILE      run only these test files (default: every test/ui/*.test.mjs)
//     --grep    run only tests whose full title matches PATTERN
// Screenshots go to test-artifacts/. Exit code 0 only when every test passed; the last
// line is `ui: N passed, N failed`.
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Mocha from 'mocha';
import { ROOT } from './codeserver.mjs';
import { stopSharedServer } from '../../test/ui/lib/server.mjs';

function parseArgs(argv) {
  const opts = { grep: undefined, files: [] };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--grep') opts.grep = argv[++i];
    else if (argv[i].startsWith('--')) throw new Error(`unknown option: ${argv[i]}`);
    else opts.files.push(resolve(argv[i]));
  }
  return opts;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const dir = join(ROOT, 'test/ui');
  const files = opts.files.length > 0
    ? opts.files
    : readdirSync(dir).filter((f) => f.endsWith('.test.mjs')).sort().map((f) => join(dir, f));
  if (files.length === 0 || !files.every(existsSync)) {
    console.log(`no UI test files found (${files.join(', ') || dir})`);
    console.log('ui: 0 passed, 1 failed');
    return 1;
  }

  const started = Date.now();
  // Per-test limit generous enough for a cold workbench on a busy 2-core machine.
  const mocha = new Mocha({ ui: 'bdd', timeout: 180000, reporter: 'spec', ...(opts.grep ? { grep: opts.grep } : {}) });
  for (const f of files) mocha.addFile(f);
  await mocha.loadFilesAsync();
  const counts = { passed: 0, failed: 0 };
  try {
    await new Promise((resolveRun) => {
      const runner = mocha.run(() => resolveRun());
      runner.on('pass', () => counts.passed++);
      runner.on('fail', () => counts.failed++);
    });
  } finally {
    await stopSharedServer();
  }
  console.log(`ui run took ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(`ui: ${counts.passed} passed, ${counts.failed} failed`);
  return counts.failed === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  async (err) => {
    console.error(err?.stack ?? err);
    await stopSharedServer().catch(() => undefined);
    console.log('ui: 0 passed, 1 failed');
    process.exit(1);
  },
);
