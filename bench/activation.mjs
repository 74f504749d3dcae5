// Start-up cost of the extension: loading dist/extension.js and running activate(), with a
// stand-in for the `vscode` module (every API call returns a harmless object), so the time
// measured is the extension's own. Also the bundle size and whether mathjs slipped into it.
//   npm run build && node bench/activation.mjs
// Targets: activate ≤ 20 ms, dist/extension.js ≤ 150 KB, no mathjs in the main bundle.
/* global console */
import { readFileSync, statSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import process from 'node:process';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const bundle = join(root, 'dist/extension.js');

/** Anything: callable, constructible, every property another stand-in. */
function standIn() {
  const target = function () {};
  return new Proxy(target, {
    get: (_t, key) => {
      if (key === Symbol.toPrimitive) return () => '';
      if (key === 'then') return undefined; // not a promise
      if (key === 'dispose') return () => undefined;
      return standIn();
    },
    set: () => true,
    apply: () => standIn(),
    construct: () => standIn(),
  });
}

/** The `vscode` module: every name @types/vscode exports, each a stand-in. */
function vscodeModule() {
  const dts = readFileSync(join(root, 'node_modules/@types/vscode/index.d.ts'), 'utf8');
  const names = new Set([...dts.matchAll(/^\texport (?:namespace|class|enum|const|function|let) (\w+)/gm)].map((m) => m[1]));
  return Object.fromEntries([...names].map((name) => [name, standIn()]));
}

const vscode = vscodeModule();
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return request === 'vscode' ? 'vscode' : resolve.call(this, request, ...rest);
};
require.cache.vscode = { id: 'vscode', filename: 'vscode', loaded: true, exports: vscode };

const context = { subscriptions: [], extensionUri: standIn(), extensionPath: root, asAbsolutePath: (p) => join(root, p), globalState: standIn(), workspaceState: standIn() };

const t0 = performance.now();
const ext = require(bundle);
const t1 = performance.now();
ext.activate(context);
const t2 = performance.now();

const size = statSync(bundle).size;
const text = readFileSync(bundle, 'utf8');
const hasMathjs = /typed-function|mathjs|createMathJS|complex\.js/i.test(text);
const rows = [
  ['load dist/extension.js', `${(t1 - t0).toFixed(1)} ms`, ''],
  ['activate()', `${(t2 - t1).toFixed(1)} ms`, t2 - t1 <= 20 ? 'ok (≤ 20 ms)' : 'OVER 20 ms'],
  ['load + activate', `${(t2 - t0).toFixed(1)} ms`, t2 - t0 <= 20 ? 'ok (≤ 20 ms)' : 'over 20 ms'],
  ['dist/extension.js size', `${(size / 1024).toFixed(1)} KB`, size <= 150 * 1024 ? 'ok (≤ 150 KB)' : 'OVER 150 KB'],
  ['mathjs in the bundle', hasMathjs ? 'yes' : 'no', hasMathjs ? 'MUST NOT' : 'ok'],
  ['disposables registered', String(context.subscriptions.length), ''],
];
const width = Math.max(...rows.map((r) => r[0].length));
console.log('activation');
for (const [what, value, verdict] of rows) console.log(`  ${what.padEnd(width)}  ${value.padStart(10)}  ${verdict}`);
process.exitCode = size <= 150 * 1024 && !hasMathjs ? 0 : 1;
