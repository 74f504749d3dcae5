// The web-host test entry (`extensionTestsPath` → `out/test/web/index`). VS Code's web
// worker extension host fetches this one CommonJS bundle (esbuild.mjs puts mocha's browser
// build and every test/web suite into it), runs it, and awaits `run()`: resolving ends the
// host with exit code 0, rejecting with 1. `scripts/e2e/run-web-tests.mjs` loads it in
// code-server with the extension forced into the web worker host.
//
// The worker has no environment variables and no file system, so the runner talks to the
// suite through two files in the workspace folder, reached with workspace.fs:
//   .actlab-web-test.json         (optional) `{ "grep": PATTERN }` — run only matching tests;
//   .actlab-web-test-result.json  written here: `{passed, failed, pending, failures}`.
import * as vscode from 'vscode';
import { mocha } from './lib/mocha';
// The first suite, loaded before the others: it proves where the tests run.
import './environment';

interface Failure {
  title: string;
  message: string;
  stack?: string;
}

interface Result {
  passed: number;
  failed: number;
  pending: number;
  failures: Failure[];
}

function folder(): vscode.Uri {
  const f = vscode.workspace.workspaceFolders?.[0];
  if (!f) throw new Error('the web test window has no workspace folder');
  return f.uri;
}

async function readConfig(): Promise<{ grep?: string }> {
  try {
    const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder(), '.actlab-web-test.json'));
    return JSON.parse(new TextDecoder().decode(bytes)) as { grep?: string };
  } catch {
    return {}; // no configuration file: run everything
  }
}

export async function run(): Promise<void> {
  const { grep } = await readConfig();
  // A grep never leaves out the first suite: every run shows where it ran.
  if (grep) mocha.grep(new RegExp(`^web host: where the tests run|${grep}`));
  // The runner script forwards the page console from this line on (see run-web-tests.mjs).
  console.log(`actlab web tests: in ${typeof process === 'undefined' ? 'a web worker' : 'Node'}${grep ? `, grep ${grep}` : ''}`);
  const result: Result = { passed: 0, failed: 0, pending: 0, failures: [] };
  await new Promise<void>((resolve) => {
    const runner = mocha.run(() => resolve());
    runner.on('pass', () => result.passed++);
    runner.on('pending', () => result.pending++);
    runner.on('fail', (test, err: Error) => {
      result.failed++;
      result.failures.push({ title: test.fullTitle(), message: String(err?.message ?? err), stack: err?.stack });
    });
  });
  const out = vscode.Uri.joinPath(folder(), '.actlab-web-test-result.json');
  await vscode.workspace.fs.writeFile(out, new TextEncoder().encode(JSON.stringify(result, null, 2)));
  if (result.failed > 0) throw new Error(`${result.failed} web-host test(s) failed`);
}
