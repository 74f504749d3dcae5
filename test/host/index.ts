// The extension-host test entry (`extensionTestsPath` → `out/test/host`). VS Code loads this
// module inside the extension host and awaits `run()`: resolving ends the host with exit
// code 0, rejecting with 1. `scripts/e2e/run-host-tests.mjs` loads it in code-server; under
// `@vscode/test-cli` (`.vscode-test.mjs`) the CLI runs the same `*.test.js` files with its
// own mocha instead, so nothing in the suites may depend on this file.
//
// Environment (all optional):
//   ACTLAB_TEST_GREP    run only tests whose full title matches this pattern;
//   ACTLAB_TEST_RESULT  write `{passed, failed, pending, failures}` as JSON to this path.
import * as fs from 'fs';
import * as path from 'path';

/** One failed test, as the runner script prints it. */
interface Failure {
  title: string;
  message: string;
  stack?: string;
}

/** Summary the runner script reads after the extension host ends. */
interface Result {
  passed: number;
  failed: number;
  pending: number;
  failures: Failure[];
}

/** Every `*.test.js` below `dir` (the bundled suites sit next to this file). */
function findTests(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) return findTests(p);
      return e.name.endsWith('.test.js') ? [p] : [];
    })
    .sort();
}

function writeResult(result: Result): void {
  const file = process.env.ACTLAB_TEST_RESULT;
  if (file) fs.writeFileSync(file, JSON.stringify(result, null, 2));
}

export async function run(): Promise<void> {
  // `mocha` stays external in the bundle and resolves from the project's node_modules.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Mocha } = require('mocha') as { Mocha: typeof import('mocha') };
  const grep = process.env.ACTLAB_TEST_GREP;
  const mocha = new Mocha({
    ui: 'bdd',
    timeout: 20000,
    color: false, // the lines end up in a browser console and then a terminal log
    reporter: 'spec',
    ...(grep ? { grep } : {}),
  });
  const files = findTests(__dirname);
  for (const f of files) mocha.addFile(f);
  // The runner script forwards the browser console from this line on (see run-host-tests.mjs).
  console.log(`actlab host tests: ${files.length} file(s)${grep ? `, grep ${grep}` : ''}`);

  const result: Result = { passed: 0, failed: 0, pending: 0, failures: [] };
  try {
    await new Promise<void>((resolve) => {
      const runner = mocha.run(() => resolve());
      runner.on('pass', () => result.passed++);
      runner.on('pending', () => result.pending++);
      runner.on('fail', (test, err: Error) => {
        result.failed++;
        result.failures.push({ title: test.fullTitle(), message: String(err?.message ?? err), stack: err?.stack });
      });
    });
  } catch (err) {
    // A suite that throws while loading never reaches the runner's `fail` event.
    const e = err instanceof Error ? err : new Error(String(err));
    result.failed++;
    result.failures.push({ title: 'loading the suites', message: e.message, stack: e.stack });
  }
  if (files.length === 0) {
    result.failed++;
    result.failures.push({ title: 'finding the suites', message: `no *.test.js next to ${__dirname}` });
  }
  writeResult(result);
  if (result.failed > 0) throw new Error(`${result.failed} extension-host test(s) failed`);
}
