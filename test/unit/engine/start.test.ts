import * as assert from 'assert';
import { execFile } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { type EngineExit, EngineHost } from '../../../src/engine/host';
import { bundleDir, enginePath } from './bundle';
import { fakeEngine, isAlive, waitFor } from './processes';

const OPTS = { precision: 6 };

/**
 * An engine that cannot start must fail the waiting cell with a clear error instead of
 * blocking the queue for good, and the host must be able to try again afterwards.
 */
describe('engine/start-up failures', function () {
  this.timeout(60_000);

  it('reports a runtime that cannot be spawned (an error event with no exit) as EngineFailedToStart', async () => {
    const host = new EngineHost({ enginePath: await enginePath(), execPath: '/nonexistent/node' });
    const exits: EngineExit[] = [];
    host.onDidExit((e) => exits.push(e));
    try {
      const t0 = Date.now();
      const r = await host.run('1 + 1', OPTS);
      assert.strictEqual(r.error?.name, 'EngineFailedToStart');
      assert.match(r.error!.message, /not found \(\/nonexistent\/node\) \[ENOENT\]/);
      assert.ok(Date.now() - t0 < 5000, 'answered promptly');
      assert.deepStrictEqual(exits.map((e) => e.reason), ['startFailed']);
      // Nothing is left blocked: the next request tries again and fails the same clear way.
      assert.strictEqual((await host.run('2 + 2', OPTS)).error?.name, 'EngineFailedToStart');
      assert.strictEqual(host.running, false);
    } finally {
      host.dispose();
    }
  });

  it('reports an engine that exits while starting with the reason it printed, and starts once the cause is gone', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'actlab-start-'));
    const missing = path.join(dir, 'engine.js');
    const host = new EngineHost({ enginePath: missing });
    try {
      const r = await host.run('1 + 1', OPTS);
      assert.strictEqual(r.error?.name, 'EngineFailedToStart');
      assert.match(r.error!.message, /exit code 1\): Error: Cannot find module/);
      fs.copyFileSync(await enginePath(), missing);
      const again = await host.run('1 + 1', OPTS);
      assert.strictEqual(again.error, undefined, JSON.stringify(again.error));
    } finally {
      host.dispose();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('stops an engine that never gets ready at the start-up limit', async () => {
    const silent = fakeEngine('never-ready', "setInterval(() => undefined, 1000); process.on('message', () => undefined);\n");
    const host = new EngineHost({ enginePath: silent, startTimeoutMs: 1000 });
    try {
      const t0 = Date.now();
      const starting = host.run('1', OPTS);
      await waitFor(() => host.pid !== undefined, 5000, 'the engine was forked');
      const pid = host.pid!;
      const r = await starting;
      assert.strictEqual(r.error?.name, 'EngineFailedToStart');
      assert.match(r.error!.message, /did not get ready within 1 s/);
      assert.ok(Date.now() - t0 < 6000, `took ${Date.now() - t0} ms`);
      await waitFor(() => !isAlive(pid), 5000, 'the stuck engine was killed');
    } finally {
      host.dispose();
    }
  });

  it('actlab eval exits non-zero with EngineFailedToStart when no process can be forked (ulimit -n)', async () => {
    const cli = path.join(await bundleDir(), 'cli.js');
    const r = await new Promise<{ code: number; stdout: string }>((resolve) => {
      // With 22 file descriptors Node itself still runs, but the fork's pipes cannot be opened (EMFILE).
      execFile('/bin/sh', ['-c', 'ulimit -n 22 && exec "$0" "$@"', process.execPath, cli, 'eval', '1+1', '--json'], { timeout: 30_000 }, (error, stdout) =>
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout }),
      );
    });
    assert.strictEqual(r.code, 1, r.stdout);
    const doc = JSON.parse(r.stdout) as { error: { name: string; message: string } };
    assert.strictEqual(doc.error.name, 'EngineFailedToStart');
    assert.match(doc.error.message, /too many open files \[EMFILE\]/);
  });
});
