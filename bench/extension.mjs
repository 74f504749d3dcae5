#!/usr/bin/env node
/* global console, process */
// How heavy the extension is to load: the time `activate()` takes and the size of what
// VS Code loads. Builds nothing: run `npm run build` (or `npm run package`) first.
//
// activate() is measured in plain Node, not in a real extension host: `dist/extension.js`
// is required with a stand-in `vscode` module injected through a `Module._load` hook (every
// API returns a harmless object), so the figure is the extension's own work — loading its
// bundle and registering its features — without VS Code's share. Each cold figure comes
// from a fresh Node process (nothing cached), the median of several; the warm figure calls
// activate() again in the same process.
//
// Usage: node bench/extension.mjs [--quick]
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const quick = process.argv.includes('--quick');
const RUNS = quick ? 3 : 9;

/** Runs in a child: hook `vscode`, require the bundle, time activate(); prints JSON. */
const CHILD = String.raw`
const Module = require('module');
const { performance } = require('perf_hooks');
// A stand-in for the vscode API: any property is another stand-in (or what was assigned to
// it), calling or constructing one gives a stand-in, it is never a thenable, iterates as
// empty and reads as ''.
const stub = () => {
  const assigned = new Map();
  return new Proxy(function () {}, {
    get(_t, key) {
      if (assigned.has(key)) return assigned.get(key);
      if (key === 'then') return undefined;
      if (key === Symbol.iterator) return function* () {};
      if (key === Symbol.toPrimitive) return () => '';
      if (key === 'dispose') return () => undefined;
      return stub();
    },
    set(_t, key, value) {
      assigned.set(key, value);
      return true;
    },
    apply: () => stub(),
    construct: () => stub(),
  });
};
// esbuild's ESM interop copies the module's own properties, so the top level must list the
// names of the real API (read from @types/vscode) as own properties.
const names = JSON.parse(process.argv[3]);
const vscode = Object.fromEntries(names.map((n) => [n, stub()]));
const load = Module._load;
Module._load = function (request, ...rest) {
  return request === 'vscode' ? vscode : load.call(this, request, ...rest);
};
const file = process.argv[1];
const root = process.argv[2];
const context = () => ({
  subscriptions: [],
  extensionPath: root,
  extensionUri: stub(),
  asAbsolutePath: (p) => require('path').join(root, p),
  globalState: { get: (_k, d) => d, update: async () => undefined, keys: () => [], setKeysForSync() {} },
  workspaceState: { get: (_k, d) => d, update: async () => undefined, keys: () => [] },
  globalStorageUri: stub(), storageUri: stub(), logUri: stub(), extension: stub(),
  environmentVariableCollection: stub(), secrets: stub(), extensionMode: 3,
});
const t0 = performance.now();
const ext = require(file);
const t1 = performance.now();
const ctx = context();
ext.activate(ctx);
const t2 = performance.now();
for (const d of ctx.subscriptions) d?.dispose?.();
const warmCtx = context();
const t3 = performance.now();
ext.activate(warmCtx);
const t4 = performance.now();
for (const d of warmCtx.subscriptions) d?.dispose?.();
process.stdout.write(JSON.stringify({ require: t1 - t0, activate: t2 - t1, warm: t4 - t3, subscriptions: ctx.subscriptions.length }));
process.exit(0);
`;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const rows = [];

const extension = join(root, 'dist/extension.js');
if (!existsSync(extension)) {
  console.error('dist/extension.js is missing — run `npm run build` first');
  process.exit(1);
}
// The top-level names of the vscode API: its namespaces, classes, enums, functions, constants.
const API_NAMES = [
  ...new Set(
    [...readFileSync(join(root, 'node_modules/@types/vscode/index.d.ts'), 'utf8').matchAll(/^\t(?:export )?(?:namespace|class|enum|function|const|let) (\w+)/gm)].map((m) => m[1]),
  ),
];
const samples = [];
for (let i = 0; i < RUNS; i++) {
  const r = spawnSync(process.execPath, ['-e', CHILD, extension, root, JSON.stringify(API_NAMES)], { encoding: 'utf8', timeout: 30000 });
  if (r.status !== 0) {
    console.error(`activate() failed under the stand-in vscode module:\n${r.stderr || r.stdout}`);
    process.exit(1);
  }
  samples.push(JSON.parse(r.stdout));
}
const production = !readFileSync(extension, 'utf8').includes('sourceMappingURL');
const build = production ? 'production build' : 'development build';
rows.push(['require dist/extension.js (cold)', `${median(samples.map((s) => s.require)).toFixed(1)} ms`, `median of ${RUNS} fresh processes`]);
rows.push(['activate() (cold)', `${median(samples.map((s) => s.activate)).toFixed(1)} ms`, `${samples[0].subscriptions} disposables registered`]);
rows.push(['require + activate (cold)', `${median(samples.map((s) => s.require + s.activate)).toFixed(1)} ms`, 'stand-in vscode module, plain Node']);
rows.push(['activate() (warm, 2nd call)', `${median(samples.map((s) => s.warm)).toFixed(2)} ms`, '']);

// mathjs belongs in the engine and the lazily loaded language service, never in a main bundle.
const mathjsIn = (file) => existsSync(file) && /typed-function|createMathJS|complex\.js/i.test(readFileSync(file, 'utf8'));
const hasMathjs = mathjsIn(extension) || mathjsIn(join(root, 'dist/web/extension.js'));
rows.push(['mathjs in a main bundle', hasMathjs ? 'yes' : 'no', hasMathjs ? 'it must not be there' : 'desktop and web']);

for (const [label, rel, note] of [
  ['main bundle', 'dist/extension.js', `loaded on activation (${build})`],
  ['main web bundle', 'dist/web/extension.js', 'loaded on activation in the browser; budget 200 KB'],
  ['engine bundle', 'dist/engine.js', 'child process per notebook'],
  ['web engine script', 'dist/web/engine.js', 'Web Worker per notebook, in the browser'],
  ['language service bundle', 'dist/language-service.js', ''],
  ['plot renderer bundle', 'dist/renderer.js', 'runs in the output webview'],
  ['value renderer bundle', 'dist/value-renderer.js', 'runs in the output webview'],
  ['hover assets', 'dist/hover-assets.json', ''],
  ['.vsix', 'dist/activation-lab.vsix', 'npm run package'],
]) {
  const p = join(root, rel);
  rows.push([label, existsSync(p) ? kb(statSync(p).size) : 'not built', existsSync(p) ? `${rel}${note ? ` — ${note}` : ''}` : rel]);
}

const w = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i].length)));
const line = (r) => `${r[0].padEnd(w[0])}  ${r[1].padStart(w[1])}  ${r[2]}`;
console.log(line(['measure', 'value', 'notes']));
console.log(line(['-'.repeat(w[0]), '-'.repeat(w[1]), '-'.repeat(w[2])]));
for (const r of rows) console.log(line(r));
if (hasMathjs) process.exitCode = 1;
