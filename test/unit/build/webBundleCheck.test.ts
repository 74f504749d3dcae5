import * as assert from 'assert';
import * as esbuild from 'esbuild';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';

const root = path.resolve(__dirname, '../../..');

interface Check {
  nodeBuiltinsIn(metafile: esbuild.Metafile, outputs: readonly { path: string; text: string }[]): { file: string; module: string }[];
  overBudget(sizeOf: (file: string) => number | undefined, production: boolean): string[];
  BUDGETS: Record<string, { bytes: number; always: boolean }>;
}

/** The checks esbuild.mjs runs (an ES module script; loaded by URL so TypeScript does not resolve it). */
const load = (): Promise<Check> => import(pathToFileURL(path.join(root, 'scripts/web-bundle-check.mjs')).href) as Promise<Check>;

/** Builds `source` for the browser the way esbuild.mjs builds web bundles, and runs the check. */
async function builtinsOf(source: string, options: esbuild.BuildOptions = {}): Promise<string[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'actlab-webcheck-'));
  try {
    const entry = path.join(dir, 'entry.js');
    fs.writeFileSync(entry, source);
    const result = await esbuild.build({ bundle: true, platform: 'browser', format: 'cjs', logLevel: 'silent', outfile: path.join(dir, 'out.js'), ...options, entryPoints: [entry], write: false, metafile: true });
    const outputs = result.outputFiles.map((f) => ({ path: f.path, text: f.text }));
    return (await load()).nodeBuiltinsIn(result.metafile, outputs).map((f) => f.module);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('build: the web bundle check', function () {
  this.timeout(60_000);

  it('finds a Node built-in required inside a try block, which esbuild only warns about', async () => {
    assert.deepStrictEqual(await builtinsOf("let fs; try { fs = require('fs'); } catch { fs = undefined; }\nmodule.exports = fs;"), ['fs']);
  });

  it('finds a Node built-in left external, with or without the node: prefix', async () => {
    const found = await builtinsOf("require('child_process'); require('node:path');", { external: ['child_process', 'node:path'] });
    assert.deepStrictEqual(found.sort(), ['child_process', 'node:path']);
  });

  it('passes vscode, and a built-in a package maps away for browsers (seedrandom → crypto)', async () => {
    assert.deepStrictEqual(await builtinsOf("require('vscode'); require('seedrandom');", { external: ['vscode'], absWorkingDir: root, nodePaths: [path.join(root, 'node_modules')] }), []);
  });

  it('passes the real engine worker script and language service', async () => {
    for (const entry of ['src/engine/webWorker.ts', 'src/language/service/index.ts']) {
      const result = await esbuild.build({ entryPoints: [path.join(root, entry)], bundle: true, platform: 'browser', format: 'cjs', write: false, metafile: true, logLevel: 'silent', outfile: 'out.js' });
      const outputs = result.outputFiles.map((f) => ({ path: f.path, text: f.text }));
      assert.deepStrictEqual((await load()).nodeBuiltinsIn(result.metafile, outputs), [], entry);
    }
  });

  it('holds the main web bundle to its budget in every build, the lazy ones in the packaged build', async () => {
    const { overBudget, BUDGETS } = await load();
    assert.strictEqual(BUDGETS['dist/web/extension.js'].bytes, 200 * 1024);
    const huge = (): number => 5 * 1024 * 1024;
    assert.deepStrictEqual(overBudget(huge, false).map((p) => p.split(' ')[0]), ['dist/web/extension.js']);
    assert.strictEqual(overBudget(huge, true).length, Object.keys(BUDGETS).length);
    assert.deepStrictEqual(overBudget(() => 1024, true), []);
    assert.deepStrictEqual(overBudget(() => undefined, true), [], 'a file not built is not over budget');
  });
});
