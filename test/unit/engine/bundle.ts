/**
 * Builds the engine and the CLI bundles the way `esbuild.mjs` does, into a private folder,
 * so these tests run against real bundles without waiting for (or disturbing) a full build.
 * Built once per test process.
 */
import * as esbuild from 'esbuild';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const root = path.resolve(__dirname, '../../..');
let built: Promise<string> | undefined;

/** Folder holding `engine.js` and `cli.js`. */
export function bundleDir(): Promise<string> {
  built ??= (async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'actlab-bundle-'));
    const common: esbuild.BuildOptions = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'error', absWorkingDir: root };
    await Promise.all([
      esbuild.build({ ...common, entryPoints: ['src/engine/worker.ts'], outfile: path.join(dir, 'engine.js') }),
      esbuild.build({ ...common, entryPoints: ['src/cli/actlab.ts'], outfile: path.join(dir, 'cli.js'), banner: { js: '#!/usr/bin/env node' } }),
    ]);
    process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
    return dir;
  })();
  return built;
}

export async function enginePath(): Promise<string> {
  return path.join(await bundleDir(), 'engine.js');
}
