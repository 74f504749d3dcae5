/**
 * The engine's watchdog: a worker thread inside the engine process that stops the process
 * when its parent (the extension host or the CLI) is gone, or when the process holds more
 * memory than its cap. It must not depend on the engine's main thread, which may be busy
 * for as long as a cell runs: a closed IPC channel is only noticed by the main thread's
 * event loop, so a busy engine whose parent was killed would otherwise run on with no time
 * limit. The thread checks a few times a second and kills the whole process with SIGKILL.
 *
 * The parent is gone when the engine has been handed to another parent (Linux, macOS: the
 * orphan is re-parented) or when no process with the parent's id is left (Windows keeps the
 * old parent id).
 */
import { Worker } from 'worker_threads';
import { MEMORY_CAP_MARK } from './protocol';

export interface WatchdogOptions {
  /** Process id of the parent the engine must not outlive. */
  readonly parentPid: number;
  /** How often to look, in ms. */
  readonly intervalMs: number;
}

export interface Watchdog {
  /** Stops the engine once its resident memory passes `bytes` (0: no cap). */
  setMemoryCap(bytes: number): void;
}

// Plain JavaScript run with `eval: true`, so it needs no file of its own beside the bundle.
const SOURCE = `
const { workerData, parentPort } = require('worker_threads');
const fs = require('fs');
let cap = 0;
parentPort.on('message', (message) => { cap = message.memoryCapBytes; });
function stop(line) {
  try { fs.writeSync(2, '\\n' + line + '\\n'); } catch (e) { /* stderr closed: stop anyway */ }
  process.kill(process.pid, 'SIGKILL');
}
function parentGone() {
  if (process.ppid !== workerData.parentPid) return true;
  try { process.kill(workerData.parentPid, 0); return false; } catch (e) { return e.code === 'ESRCH'; }
}
setInterval(() => {
  if (parentGone()) stop('[actlab-engine] parent process gone');
  else if (cap > 0) {
    const rss = process.memoryUsage.rss();
    if (rss > cap) stop(workerData.mark + ': ' + Math.round(rss / 1048576) + ' MB in use, cap ' + Math.round(cap / 1048576) + ' MB');
  }
}, workerData.intervalMs);
`;

export function startWatchdog(options: WatchdogOptions): Watchdog {
  const worker = new Worker(SOURCE, {
    eval: true,
    workerData: { ...options, mark: MEMORY_CAP_MARK },
    // A few MB are plenty for a loop that reads two numbers.
    resourceLimits: { maxOldGenerationSizeMb: 8, maxYoungGenerationSizeMb: 2 },
    stdout: false,
    stderr: false,
  });
  // The watchdog never keeps the engine alive: the engine ends when its IPC channel closes.
  worker.unref();
  worker.on('error', (e) => {
    // Without its watchdog the engine still serves cells; the host's own limits remain.
    process.stderr.write(`[actlab-engine] watchdog stopped: ${e instanceof Error ? e.message : String(e)}\n`);
  });
  return {
    setMemoryCap: (bytes) => worker.postMessage({ memoryCapBytes: bytes }),
  };
}
