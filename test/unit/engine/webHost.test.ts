import * as assert from 'assert';
import * as esbuild from 'esbuild';
import * as path from 'path';
import { Worker } from 'worker_threads';
import type { EngineExit } from '../../../src/engine/host';
import { interrupted, timeoutError } from '../../../src/engine/messages';
import { WebEngineHost, type WorkerLike } from '../../../src/engine/webHost';
import type { CellResult } from '../../../src/language/types';

const OPTS = { precision: 6 };
const RUNAWAY = 'ones(3000, 3000) * ones(3000, 3000)';

/** `src/engine/webWorker.ts` bundled as the browser gets it (a classic worker script). */
let script: Promise<string> | undefined;
function engineScript(): Promise<string> {
  script ??= esbuild
    .build({
      entryPoints: [path.resolve(__dirname, '../../../src/engine/webWorker.ts')],
      bundle: true,
      platform: 'browser',
      format: 'iife',
      target: 'es2022',
      write: false,
      logLevel: 'error',
    })
    .then((r) => r.outputFiles[0].text);
  return script;
}

/**
 * Runs the web engine script in a Node worker thread behind the `WorkerLike` a browser
 * Worker offers: the prelude gives the script the worker globals it uses (`postMessage` and
 * `addEventListener('message')`), and `terminate()` really stops a busy thread, as
 * `Worker.terminate()` does in the browser.
 */
async function threadWorker(): Promise<WorkerLike> {
  const prelude = `
    const { parentPort } = require('worker_threads');
    globalThis.postMessage = (m) => parentPort.postMessage(m);
    globalThis.addEventListener = (type, listener) => {
      if (type === 'message') parentPort.on('message', (data) => listener({ data }));
    };
  `;
  const thread = new Worker(prelude + (await engineScript()), { eval: true });
  return {
    postMessage: (message) => thread.postMessage(message),
    terminate: () => void thread.terminate(),
    addEventListener: ((type: 'message' | 'error', listener: (event: { data?: unknown; message?: string }) => void) => {
      if (type === 'message') thread.on('message', (data: unknown) => listener({ data }));
      else thread.on('error', (e: Error) => listener({ message: e.message }));
    }) as WorkerLike['addEventListener'],
  };
}

/** A worker that never answers (a host that swallowed the script's load error, say). */
function silentWorker(onTerminate: () => void = () => undefined): WorkerLike {
  return { postMessage: () => undefined, terminate: onTerminate, addEventListener: () => undefined };
}

function value(r: CellResult): unknown {
  assert.strictEqual(r.error, undefined, JSON.stringify(r.error));
  return r.outputs[r.outputs.length - 1].items.find((i) => i.mime === 'application/json')?.data;
}

describe('engine/WebEngineHost (the web worker engine, in worker threads)', function () {
  this.timeout(60_000);
  let host: WebEngineHost;
  const exits: EngineExit[] = [];

  before(async () => {
    await engineScript();
    host = new WebEngineHost({ startWorker: threadWorker, timeoutMs: 1000 });
    host.onDidExit((e) => exits.push(e));
  });
  after(() => host.dispose());
  beforeEach(() => (exits.length = 0));

  it('runs cells with the same session logic and keeps state between them', async () => {
    await host.run('a = 2', OPTS);
    assert.strictEqual(value(await host.run("a * sigmoid'(0)", OPTS)), 0.5);
    assert.strictEqual(await host.inspect('a'), 'a = 2');
    assert.strictEqual(await host.inspect('zzz'), undefined);
    const results = await Promise.all([host.run('q = 1', OPTS), host.run('q = q + 1', OPTS), host.run('q * 10', OPTS)]);
    assert.deepStrictEqual(results.map(value), [1, 2, 20]);
  });

  it('refuses zeros(1e5, 1e5) by its size guard and keeps the worker', async () => {
    await host.run('keep = 7', OPTS);
    const r = await host.run('zeros(1e5, 1e5)', OPTS);
    assert.strictEqual(r.error?.name, 'TooLarge');
    assert.strictEqual(value(await host.run('keep', OPTS)), 7);
    assert.deepStrictEqual(exits, []);
  });

  it('stops a runaway cell at the time limit with the desktop message, and the next cell runs in a fresh worker', async () => {
    await host.run('kept = 1', OPTS);
    const started = Date.now();
    const r = await host.run(RUNAWAY, OPTS);
    const elapsed = Date.now() - started;
    assert.deepStrictEqual(r.error, timeoutError(1000));
    assert.ok(elapsed >= 1000 && elapsed < 1000 + 3000, `stopped after ${elapsed} ms`);
    assert.strictEqual(exits[0]?.reason, 'timeout');
    assert.strictEqual(value(await host.run('1 + 1', OPTS)), 2);
    assert.strictEqual((await host.run('kept', OPTS)).error?.name, 'UnknownName', 'the variables went with the worker');
  });

  it('interrupts a runaway cell within a second, and the next cell works', async () => {
    await host.run('1', OPTS); // the worker is ready, so the interrupt hits a running cell
    const controller = new AbortController();
    const running = host.run(RUNAWAY, OPTS, { signal: controller.signal, timeoutMs: 30_000 });
    await new Promise((r) => setTimeout(r, 300));
    const asked = Date.now();
    controller.abort();
    const r = await running;
    assert.ok(Date.now() - asked < 1000, `the interrupt took ${Date.now() - asked} ms`);
    assert.deepStrictEqual(r.error, interrupted(true));
    assert.strictEqual(exits[0]?.reason, 'interrupt');
    assert.strictEqual(value(await host.run('relu(-1)', OPTS)), 0);
  });

  it('answers no hover while a cell runs instead of waiting for it', async () => {
    await host.run('w = 3', OPTS);
    const running = host.run(RUNAWAY, OPTS, { timeoutMs: 1500 });
    await new Promise((r) => setTimeout(r, 200));
    const asked = Date.now();
    assert.strictEqual(await host.inspect('w'), undefined);
    assert.ok(Date.now() - asked < 100);
    await running;
  });

  it('forgets everything on restart', async () => {
    await host.run('gone = 5', OPTS);
    await host.restart();
    assert.strictEqual(exits[0]?.reason, 'restart');
    assert.strictEqual((await host.run('gone', OPTS)).error?.name, 'UnknownName');
  });
});

describe('engine/WebEngineHost when the worker misbehaves', function () {
  this.timeout(30_000);

  it('counts a worker that never says it is ready as crashed, and tries a new one for the next cell', async () => {
    let terminated = 0;
    let starts = 0;
    const host = new WebEngineHost({
      startWorker: async () => (++starts === 1 ? silentWorker(() => terminated++) : threadWorker()),
      startTimeoutMs: 3000, // long enough for a real worker to load mathjs on a busy machine
    });
    const r = await host.run('1 + 1', OPTS);
    assert.strictEqual(r.error?.name, 'EngineCrashed');
    assert.match(r.error?.message ?? '', /did not start within 3 s/);
    assert.strictEqual(terminated, 1, 'the silent worker was terminated');
    assert.strictEqual(value(await host.run('1 + 1', OPTS)), 2);
    host.dispose();
  });

  it('reports a worker that cannot be created, with the reason', async () => {
    const host = new WebEngineHost({ startWorker: () => Promise.reject(new Error('blocked by the page')) });
    const r = await host.run('1', OPTS);
    assert.strictEqual(r.error?.name, 'EngineCrashed');
    assert.match(r.error?.message ?? '', /could not be started: blocked by the page/);
    host.dispose();
  });

  it("treats the worker's error event as a crash and recovers", async () => {
    let fail: ((event: { message?: string }) => void) | undefined;
    let starts = 0;
    const host = new WebEngineHost({
      startWorker: async () => {
        if (++starts > 1) return threadWorker();
        const real = await threadWorker();
        return {
          postMessage: (m) => {
            real.postMessage(m);
            if (m.type === 'run') setTimeout(() => fail?.({ message: 'Uncaught InternalError' }), 50);
          },
          terminate: () => real.terminate(),
          addEventListener: ((type: 'message' | 'error', listener: (event: { data?: unknown; message?: string }) => void) => {
            if (type === 'error') fail = listener;
            else real.addEventListener('message', listener);
          }) as WorkerLike['addEventListener'],
        };
      },
    });
    const r = await host.run(RUNAWAY, OPTS, { timeoutMs: 20_000 });
    assert.strictEqual(r.error?.name, 'EngineCrashed');
    assert.match(r.error?.message ?? '', /Uncaught InternalError/);
    assert.strictEqual(value(await host.run('2 * 2', OPTS)), 4);
    host.dispose();
  });

  it('drops a cell cancelled before it started, and says the engine is shut down after dispose', async () => {
    const host = new WebEngineHost({ startWorker: threadWorker });
    const controller = new AbortController();
    controller.abort();
    assert.deepStrictEqual((await host.run('1', OPTS, { signal: controller.signal })).error, interrupted(false));
    host.dispose();
    assert.strictEqual((await host.run('1', OPTS)).error?.name, 'EngineCrashed');
  });
});
