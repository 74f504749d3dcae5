// One build script for every bundle: the extension for desktop (Node) and for the browser
// (web worker extension host), the evaluation engine (a child process on desktop, a Web
// Worker script in the browser), the language service both entries load on first use, the
// `actlab` CLI, the core as a library, the notebook renderers, and the two in-host test
// suites. Type checking is separate (`npm run typecheck`). Every web bundle is checked for
// Node built-ins, and the packaged build against its size budgets (scripts/web-bundle-check.mjs).
import * as esbuild from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { nodeBuiltinsIn, overBudget } from './scripts/web-bundle-check.mjs';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

/** Every file below a folder whose name ends in `suffix`, for the in-host suites. */
function testFiles(dir, suffix = '.ts') {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return testFiles(p, suffix);
    return name.endsWith(suffix) ? [p] : [];
  }).sort();
}

const common = {
  bundle: true,
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
};

const node = { ...common, platform: 'node', format: 'cjs', target: 'node20' };
/** Runs in a browser or a web worker; `web: true` marks the builds the Node built-in check covers. */
const browser = { ...common, platform: 'browser', target: 'es2022', web: true };

/** The web-host suite: mocha's browser build and every test/web suite, in one CommonJS file. */
const webTests = testFiles('test/web', '.test.ts');
const webTestEntry = {
  contents: ["export { run } from './index';", ...webTests.map((f) => `import './${relative('test/web', f).replace(/\\/g, '/')}';`)].join('\n'),
  resolveDir: 'test/web',
  sourcefile: 'suites.ts',
  loader: 'ts',
};

/** @type {(esbuild.BuildOptions & { web?: boolean })[]} */
const builds = [
  { ...node, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { ...node, entryPoints: ['src/engine/worker.ts'], outfile: 'dist/engine.js' },
  { ...node, entryPoints: ['src/cli/actlab.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  { ...node, entryPoints: ['src/core/index.ts'], outfile: 'dist/core.js' },
  // The browser entry and its engine worker (a classic script: workers start it from a Blob URL).
  { ...browser, format: 'cjs', entryPoints: ['src/extension.browser.ts'], outfile: 'dist/web/extension.js', external: ['vscode'] },
  { ...browser, format: 'iife', entryPoints: ['src/engine/webWorker.ts'], outfile: 'dist/web/engine.js' },
  // Hover cards, completion and diagnostics, loaded on first use by both entries (read through
  // workspace.fs and evaluated as CommonJS), so activation stays cheap.
  { ...browser, format: 'cjs', entryPoints: ['src/language/service/index.ts'], outfile: 'dist/language-service.js' },
  {
    ...browser,
    format: 'esm',
    entryPoints: ['src/renderer/index.ts'],
    outfile: 'dist/renderer.js',
    loader: { '.css': 'text' },
  },
  // Values get a bundle of their own so showing a number never loads the chart library.
  {
    ...browser,
    format: 'esm',
    entryPoints: ['src/renderer/valueIndex.ts'],
    outfile: 'dist/value-renderer.js',
    loader: { '.css': 'text' },
  },
  {
    ...node,
    entryPoints: testFiles('test/host'),
    outdir: 'out/test/host',
    outbase: 'test/host',
    external: ['vscode', 'mocha'],
    sourcemap: true,
    minify: false,
  },
  ...(webTests.length > 0
    ? [{
        ...browser,
        format: 'cjs',
        stdin: webTestEntry,
        outfile: 'out/test/web/index.js',
        external: ['vscode'],
        // mocha's browser build is a UMD script in a `"type": "module"` package: bundled, it would
        // take the bundle's own `module`/`exports` for its CommonJS branch and replace the suite's
        // exports with itself. Hiding them sends it down its browser branch (globalThis.mocha).
        define: { global: 'globalThis', module: 'undefined', exports: 'undefined', define: 'undefined' },
        sourcemap: 'inline',
        minify: false,
      }]
    : []),
].filter((b) => b.stdin !== undefined || (b.entryPoints.length > 0 && b.entryPoints.every((e) => existsSync(e))));

/** Builds one bundle; a web bundle that still needs a Node built-in fails the build. */
async function build({ web, ...options }) {
  const result = await esbuild.build({ ...options, metafile: web === true, write: true });
  if (!web) return;
  const outputs = Object.keys(result.metafile.outputs).map((path) => ({ path, text: path.endsWith('.js') ? readText(path) : '' }));
  const found = nodeBuiltinsIn(result.metafile, outputs);
  if (found.length > 0) {
    const list = found.map((f) => `  ${f.module} (in ${f.file})`).join('\n');
    throw new Error(`Node built-ins reached a web bundle; a browser has none:\n${list}`);
  }
}

function readText(path) {
  return readFileSync(path, 'utf8');
}

/**
 * The tree-sitter runtime and the three grammars the framework hovers and pitfall diagnostics
 * parse with, copied next to the bundles; the extension reads them through workspace.fs.
 */
function copyTreeSitter() {
  const out = 'dist/tree-sitter';
  mkdirSync(out, { recursive: true });
  copyFileSync('node_modules/web-tree-sitter/web-tree-sitter.wasm', join(out, 'web-tree-sitter.wasm'));
  for (const g of ['python', 'javascript', 'typescript']) {
    copyFileSync(`node_modules/@vscode/tree-sitter-wasm/wasm/tree-sitter-${g}.wasm`, join(out, `tree-sitter-${g}.wasm`));
  }
}
copyTreeSitter();

if (watch) {
  for (const { web: _web, ...b } of builds) await (await esbuild.context(b)).watch();
} else {
  await Promise.all(builds.map(build));
  // A packaged build needs the hover cards' typeset math too (`npm run build` runs it separately).
  if (production) await import('./scripts/render-math.mjs');
  const problems = overBudget((file) => (existsSync(file) ? statSync(file).size : undefined), production);
  if (problems.length > 0) {
    console.error(`Size budgets exceeded:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
}
