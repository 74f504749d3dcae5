// One build script for every bundle: the extension (Node), the evaluation engine (a child
// process), the `actlab` CLI, the core as a library, the notebook renderer (browser), and
// the in-extension-host test suite. Type checking is separate (`npm run typecheck`).
import * as esbuild from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

/** Every `*.test.ts` below a folder, for the extension-host suite. */
function testFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return testFiles(p);
    return name.endsWith('.ts') ? [p] : [];
  });
}

const common = {
  bundle: true,
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
};

const node = { ...common, platform: 'node', format: 'cjs', target: 'node20' };

/** @type {esbuild.BuildOptions[]} */
const builds = [
  { ...node, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { ...node, entryPoints: ['src/engine/worker.ts'], outfile: 'dist/engine.js' },
  { ...node, entryPoints: ['src/cli/actlab.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  { ...node, entryPoints: ['src/core/index.ts'], outfile: 'dist/core.js' },
  // Hover cards, completion and diagnostics, loaded on first use so activation stays cheap.
  { ...node, entryPoints: ['src/language/service/index.ts'], outfile: 'dist/language-service.js' },
  {
    ...common,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    entryPoints: ['src/renderer/index.ts'],
    outfile: 'dist/renderer.js',
    loader: { '.css': 'text' },
  },
  // Values get a bundle of their own so showing a number never loads the chart library.
  {
    ...common,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
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
].filter((b) => b.entryPoints.length > 0 && b.entryPoints.every((e) => existsSync(e)));

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
  for (const b of builds) await (await esbuild.context(b)).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
  // A packaged build needs the hover cards' typeset math too (`npm run build` runs it separately).
  if (production) await import('./scripts/render-math.mjs');
}
