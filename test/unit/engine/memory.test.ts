import * as assert from 'assert';
import { fork } from 'child_process';
import { classifyExit, type ProcessEnd } from '../../../src/engine/exits';
import { EngineHost } from '../../../src/engine/host';
import { MEMORY_CAP_MARK } from '../../../src/engine/protocol';
import { residentBytes } from '../../../src/engine/rss';
import { enginePath } from './bundle';
import { peakResident } from './processes';

const MB = 1024 * 1024;
/** Two 2·10⁷-entry vectors: each passes the size guard, together they need about 320 MB. */
const TWO_BIG_VECTORS = 'a = ones(1, 2e7); b = ones(1, 2e7); 1';

const end = (over: Partial<ProcessEnd>): ProcessEnd => ({ code: null, signal: null, stderr: '', ...over });

describe('engine/memory cap', function () {
  this.timeout(120_000);

  describe('reading why an engine died', () => {
    it("recognises V8's heap exhaustion and its invalid-size abort as running out of memory", () => {
      const heap = '<--- Last few GCs --->\nFATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\n';
      assert.deepStrictEqual(classifyExit(end({ signal: 'SIGABRT', stderr: heap })), { reason: 'memory', memory: 'heap' });
      const size = '#\n# Fatal error in , line 0\n# Fatal JavaScript invalid size error 169220804 (see crbug.com/1201626)\n#\n';
      assert.deepStrictEqual(classifyExit(end({ signal: 'SIGTRAP', stderr: size })), { reason: 'memory', memory: 'size' });
      assert.deepStrictEqual(classifyExit(end({ signal: 'SIGKILL', stderr: `\n${MEMORY_CAP_MARK}: 700 MB in use, cap 600 MB\n` })), { reason: 'memory', memory: 'resident' });
    });

    it('calls a bare SIGABRT or a non-zero exit a crash, and trusts the host about its own kills', () => {
      assert.deepStrictEqual(classifyExit(end({ signal: 'SIGABRT' })), { reason: 'crash' });
      assert.deepStrictEqual(classifyExit(end({ code: 134 })), { reason: 'crash' });
      assert.deepStrictEqual(classifyExit(end({ signal: 'SIGKILL', killedFor: 'timeout' })), { reason: 'timeout' });
      assert.deepStrictEqual(classifyExit(end({ signal: 'SIGKILL', killedFor: 'memory' })), { reason: 'memory', memory: 'resident' });
    });
  });

  it('keeps the engine within its start-up memory plus the cap (a cell that fits the heap limit but not the cap is stopped)', async function () {
    if (residentBytes(process.pid) === undefined) this.skip(); // needs /proc to watch the engine from outside
    const host = new EngineHost({ enginePath: await enginePath(), memoryMb: 256, timeoutMs: 60_000 });
    try {
      await host.warmUp();
      const pid = host.pid!;
      const baseline = residentBytes(pid)!;
      let peak = 0;
      const watch = setInterval(() => (peak = Math.max(peak, peakResident(pid) ?? 0)), 10);
      const r = await host.run(TWO_BIG_VECTORS, { precision: 6 });
      clearInterval(watch);
      assert.strictEqual(r.error?.name, 'OutOfMemory', JSON.stringify(r));
      assert.match(r.error!.message, /more than 256 MB/);
      // The cap is checked every 50 ms; allow what a fast allocation adds in that time.
      const allowed = baseline + 256 * MB + 64 * MB;
      assert.ok(peak <= allowed, `peak ${Math.round(peak / MB)} MB > ${Math.round(allowed / MB)} MB (start-up ${Math.round(baseline / MB)} MB)`);
      assert.strictEqual((await host.run('1 + 1', { precision: 6 })).error, undefined);
    } finally {
      host.dispose();
    }
  });

  it("refuses at once, in the engine, what used to abort it with V8's invalid-size error", async () => {
    const host = new EngineHost({ enginePath: await enginePath(), memoryMb: 1024, timeoutMs: 60_000 });
    try {
      await host.warmUp();
      const pid = host.pid;
      for (const code of ['0:1/0', 'format(3, {notation: "fixed", precision: 1e9})']) {
        const t0 = Date.now();
        const r = await host.run(code, { precision: 6 });
        assert.strictEqual(r.error?.name, 'ArgumentError', `${code}: ${JSON.stringify(r.error)}`);
        assert.ok(Date.now() - t0 < 2000, `${code} took ${Date.now() - t0} ms`);
      }
      assert.strictEqual(host.pid, pid, 'the engine lived on');
    } finally {
      host.dispose();
    }
  });

  it("stops itself from inside (the watchdog) when nothing watches it from outside", async () => {
    // Forked directly, without EngineHost: only the engine's own watchdog knows the cap.
    const child = fork(await enginePath(), ['--parent-pid', String(process.pid), '--memory-mb', '64'], {
      execArgv: ['--max-old-space-size=1024'],
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      serialization: 'json',
    });
    let stderr = '';
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    const ended = new Promise<NodeJS.Signals | null>((resolve) => child.on('close', (_code, signal) => resolve(signal)));
    child.on('message', (m: { type: string }) => {
      if (m.type === 'ready') child.send({ type: 'run', id: 1, code: TWO_BIG_VECTORS, options: { precision: 6 } });
    });
    const signal = await ended;
    assert.strictEqual(signal, 'SIGKILL');
    assert.match(stderr, new RegExp(`${MEMORY_CAP_MARK.replace(/[[\]]/g, '\\$&')}: \\d+ MB in use, cap \\d+ MB`));
  });
});
