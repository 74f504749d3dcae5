import * as assert from 'assert';
import { type EngineExit, EngineHost } from '../../../src/engine/host';
import { enginePath } from './bundle';
import { fakeEngine, waitFor } from './processes';

const OPTS = { precision: 6 };
/** Many seconds of work for one cell. */
const RUNAWAY = 'ones(3000, 3000) * ones(3000, 3000)';

/** An engine that gets ready and answers cells, but never answers hovers or resets. */
const DEAF = `
process.send({ type: 'ready' });
process.on('message', (m) => {
  if (m.type === 'run') process.send({ type: 'result', id: m.id, result: { outputs: [] } });
});
process.on('disconnect', () => process.exit(0));
`;

describe('engine/lifecycle', function () {
  this.timeout(60_000);
  let host: EngineHost;
  let exits: EngineExit[];

  beforeEach(async () => {
    host = new EngineHost({ enginePath: await enginePath(), memoryMb: 256, timeoutMs: 30_000 });
    exits = [];
    host.onDidExit((e) => exits.push(e));
  });
  afterEach(() => host.dispose());

  it('calls an outside SIGABRT a crash, not running out of memory', async () => {
    await host.run('warm = 1', OPTS);
    const running = host.run(RUNAWAY, OPTS);
    await new Promise((r) => setTimeout(r, 300));
    process.kill(host.pid!, 'SIGABRT');
    const r = await running;
    assert.strictEqual(r.error?.name, 'EngineCrashed');
    assert.match(r.error!.message, /SIGABRT/);
    assert.deepStrictEqual(exits.map((e) => e.reason), ['crash']);
  });

  it('cancels a cell interrupted while its engine is still starting, and keeps that engine for the next cell', async () => {
    const running = host.run('1 + 1', OPTS);
    await waitFor(() => host.pid !== undefined, 5000, 'the engine was forked');
    const pid = host.pid;
    host.interrupt();
    const r = await running;
    assert.strictEqual(r.error?.name, 'Cancelled');
    assert.strictEqual(r.error?.message, 'The cell was cancelled before it started.');
    const next = await host.run('2 + 2', OPTS);
    assert.strictEqual(next.error, undefined);
    assert.strictEqual(host.pid, pid, 'the engine that was starting serves the next cell');
    assert.deepStrictEqual(exits, []);
  });

  it('says the engine was shut down (not that it crashed) when disposed mid-cell', async () => {
    await host.run('warm = 1', OPTS);
    const running = host.run(RUNAWAY, OPTS);
    await new Promise((r) => setTimeout(r, 300));
    host.dispose();
    const r = await running;
    assert.strictEqual(r.error?.name, 'EngineStopped');
    assert.match(r.error!.message, /shut down/);
    assert.strictEqual((await host.run('1', OPTS)).error?.name, 'EngineStopped');
  });

  it('does not start an engine only to kill it when restarting right after an interrupt', async () => {
    await host.run('kept = 1', OPTS);
    const running = host.run(RUNAWAY, OPTS);
    await new Promise((r) => setTimeout(r, 300));
    host.interrupt();
    assert.strictEqual((await running).error?.name, 'Interrupted');
    await host.restart();
    // The interrupted engine ended; the warm one started after it is already fresh and is kept.
    assert.deepStrictEqual(exits.map((e) => e.reason), ['interrupt']);
    assert.strictEqual((await host.run('kept', OPTS)).error?.name, 'UnknownName');
  });

  it('still restarts an engine that has run cells', async () => {
    await host.run('kept = 1', OPTS);
    const pid = host.pid;
    await host.restart();
    assert.notStrictEqual(host.pid, pid);
    assert.deepStrictEqual(exits.map((e) => e.reason), ['restart']);
  });

  it('puts a time limit on hovers and resets: an engine that does not answer is stopped', async () => {
    const deaf = new EngineHost({ enginePath: fakeEngine('deaf', DEAF), timeoutMs: 1000 });
    const deafExits: EngineExit[] = [];
    deaf.onDidExit((e) => deafExits.push(e));
    try {
      await deaf.run('1', OPTS);
      let t0 = Date.now();
      assert.strictEqual(await deaf.inspect('x'), undefined);
      assert.ok(Date.now() - t0 < 5000, `inspect waited ${Date.now() - t0} ms`);
      await deaf.run('1', OPTS);
      t0 = Date.now();
      await deaf.reset();
      assert.ok(Date.now() - t0 < 5000, `reset waited ${Date.now() - t0} ms`);
      assert.deepStrictEqual(deafExits.map((e) => e.reason), ['timeout', 'timeout']);
    } finally {
      deaf.dispose();
    }
  });
});
