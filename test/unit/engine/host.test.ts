import * as assert from 'assert';
import { type EngineExit, EngineHost } from '../../../src/engine/host';
import type { CellResult } from '../../../src/language/types';
import { enginePath } from './bundle';

const OPTS = { precision: 6 };

function value(r: CellResult): unknown {
  assert.strictEqual(r.error, undefined, JSON.stringify(r.error));
  return r.outputs[r.outputs.length - 1].items.find((i) => i.mime === 'application/json')?.data;
}

/**
 * Runs against the bundled `engine.js` with small limits (256 MB, 2 s), as the extension
 * would with larger ones. Each test checks that the parent process is untouched and that
 * the engine serves the next cell.
 */
describe('engine/EngineHost', function () {
  this.timeout(60_000);
  let host: EngineHost;
  const exits: EngineExit[] = [];

  before(async () => {
    host = new EngineHost({ enginePath: await enginePath(), memoryMb: 256, timeoutMs: 2000 });
    host.onDidExit((e) => exits.push(e));
  });
  after(() => host.dispose());
  beforeEach(() => (exits.length = 0));

  it('runs cells and keeps state between them', async () => {
    await host.run('a = 2', OPTS);
    assert.strictEqual(value(await host.run('a * sigmoid(0)', OPTS)), 1);
    assert.strictEqual(await host.inspect('a'), 'a = 2');
    assert.strictEqual(await host.inspect('zzz'), undefined);
  });

  it('runs queued requests in order', async () => {
    const results = await Promise.all([host.run('q = 1', OPTS), host.run('q = q + 1', OPTS), host.run('q * 10', OPTS)]);
    assert.deepStrictEqual(results.map(value), [1, 2, 20]);
  });

  it('refuses zeros(1e5, 1e5) with a clear error and keeps the engine', async () => {
    await host.run('keep = 7', OPTS);
    const r = await host.run('zeros(1e5, 1e5)', OPTS);
    assert.strictEqual(r.error?.name, 'TooLarge');
    assert.match(r.error!.message, /1\.00e\+10 elements/);
    assert.strictEqual(value(await host.run('keep', OPTS)), 7);
  });

  it('refuses the range 1:1e9', async () => {
    const r = await host.run('1:1e9', OPTS);
    assert.strictEqual(r.error?.name, 'TooLarge');
  });

  it('turns f(x) = f(x) + 1 into StackOverflow; the engine lives on', async () => {
    await host.run('keep = 8', OPTS);
    const pid = host.pid;
    const r = await host.run('f(x) = f(x) + 1\nf(1)', OPTS);
    assert.strictEqual(r.error?.name, 'StackOverflow');
    assert.strictEqual(r.error?.line, 2);
    assert.strictEqual(host.pid, pid, 'same process');
    assert.strictEqual(value(await host.run('keep', OPTS)), 8);
    assert.deepStrictEqual(exits, []);
  });

  it('stops ones(3000,3000) * ones(3000,3000) at the time limit and says what was lost', async () => {
    const rssBefore = process.memoryUsage().rss;
    const started = Date.now();
    const r = await host.run('ones(3000, 3000) * ones(3000, 3000)', OPTS);
    const elapsed = Date.now() - started;
    assert.strictEqual(r.error?.name, 'Timeout');
    assert.match(r.error!.message, /2 s/);
    assert.match(r.error!.message, /gone; run those cells again/);
    // The limit starts once the engine is ready; the allowance covers a respawn on a busy machine.
    assert.ok(elapsed >= 2000 && elapsed < 2000 + 4000, `stopped after ${elapsed} ms`);
    assert.strictEqual(exits[0]?.reason, 'timeout');
    assert.strictEqual(value(await host.run('1 + 1', OPTS)), 2);
    assert.ok(process.memoryUsage().rss - rssBefore < 100e6, 'the parent did not grow');
  });

  it('reports running out of memory as OutOfMemory', async () => {
    const r = await host.run('x = ones(4000, 4000); y = x + 1; z = y + 1; w = z + 1; 1', OPTS, { timeoutMs: 40_000 });
    assert.strictEqual(r.error?.name, 'OutOfMemory');
    assert.match(r.error!.message, /256 MB/);
    assert.strictEqual(exits[0]?.reason, 'memory');
    assert.strictEqual(value(await host.run('2 + 2', OPTS)), 4);
  });

  it('interrupts a running cell within 200 ms, and the next cell works', async () => {
    await host.run('warm = 1', OPTS);
    const running = host.run('ones(3000, 3000) * ones(3000, 3000)', OPTS, { timeoutMs: 30_000 });
    await new Promise((r) => setTimeout(r, 300));
    const t = Date.now();
    host.interrupt();
    const r = await running;
    const took = Date.now() - t;
    assert.strictEqual(r.error?.name, 'Interrupted');
    assert.ok(took < 200, `interrupt took ${took} ms`);
    assert.strictEqual(exits[0]?.reason, 'interrupt');
    assert.strictEqual(value(await host.run('3 + 3', OPTS)), 6);
  });

  it('answers a hover at once while a cell runs', async () => {
    await host.run('h = 3', OPTS);
    const running = host.run('ones(3000, 3000) * ones(3000, 3000)', OPTS, { timeoutMs: 30_000 });
    await new Promise((r) => setTimeout(r, 100));
    const t = Date.now();
    assert.strictEqual(await host.inspect('h'), undefined);
    // The cell takes many seconds; an answer well under one second shows the hover did not
    // wait for it. The bound is loose so a busy machine does not fail it.
    assert.ok(Date.now() - t < 1000, `the hover waited ${Date.now() - t} ms`);
    host.interrupt();
    assert.strictEqual((await running).error?.name, 'Interrupted');
  });

  it('interrupts through an AbortSignal and drops cells aborted before they start', async () => {
    await host.run('warm = 1', OPTS); // so the cell below is running, not waiting for its engine, when aborted
    const controller = new AbortController();
    const running = host.run('ones(3000, 3000) * ones(3000, 3000)', OPTS, { timeoutMs: 30_000, signal: controller.signal });
    const queued = host.run('1', OPTS, { signal: controller.signal });
    await new Promise((r) => setTimeout(r, 300));
    controller.abort();
    assert.strictEqual((await running).error?.name, 'Interrupted');
    // The queued cell never ran, so nothing of it was lost: it is cancelled, not interrupted.
    const dropped = (await queued).error;
    assert.strictEqual(dropped?.name, 'Cancelled');
    assert.doesNotMatch(dropped!.message, /gone/);
  });

  it('reports a crashed engine and recovers', async () => {
    await host.run('warm = 1', OPTS);
    const running = host.run('ones(3000, 3000) * ones(3000, 3000)', OPTS, { timeoutMs: 30_000 });
    await new Promise((r) => setTimeout(r, 300));
    process.kill(host.pid!, 'SIGSEGV');
    const r = await running;
    assert.strictEqual(r.error?.name, 'EngineCrashed');
    assert.match(r.error!.message, /SIGSEGV/);
    assert.strictEqual(exits[0]?.reason, 'crash');
    assert.strictEqual(value(await host.run('5 + 5', OPTS)), 10);
  });

  it('forwards progress reports of the running cell', async () => {
    const seen: { message: string; fraction?: number }[] = [];
    const r = await host.run("cost([relu, sigmoid])", OPTS, { timeoutMs: 30_000, onProgress: (message, fraction) => seen.push({ message, fraction }) });
    assert.strictEqual(r.error, undefined, JSON.stringify(r.error));
    assert.ok(seen.length > 0, 'at least one progress report');
    assert.match(seen[0].message, /cost/);
  });

  it('restarts and resets on request', async () => {
    await host.run('r = 1', OPTS);
    await host.reset();
    assert.strictEqual((await host.run('r', OPTS)).error?.name, 'UnknownName');
    await host.run('r = 1', OPTS);
    const pid = host.pid;
    await host.restart();
    assert.notStrictEqual(host.pid, pid);
    assert.strictEqual((await host.run('r', OPTS)).error?.name, 'UnknownName');
  });
});
