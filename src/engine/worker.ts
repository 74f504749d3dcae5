/**
 * Entry of the engine child process (bundled to `dist/engine.js`): wires `serve.ts` to the
 * IPC channel of `child_process.fork`, and starts the watchdog (`watchdog.ts`) that stops
 * this process when its parent is gone or when it holds more memory than its cap.
 *
 * Arguments, from `EngineHost`: `--parent-pid N` (the process this one must not outlive) and
 * `--memory-mb M` (how far its resident memory may grow above what it holds once started).
 */
import type { HostToEngine } from './protocol';
import { createEngine } from './serve';
import { startWatchdog } from './watchdog';

if (typeof process.send !== 'function') {
  process.stderr.write('dist/engine.js is started by Activation Lab (child_process.fork), not run directly.\n');
  process.exit(2);
}

function numberArgument(name: string): number | undefined {
  const i = process.argv.indexOf(name);
  const value = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(value) && value > 0 ? value : undefined;
}

const send = process.send.bind(process);
const handle = createEngine((message) => send(message));
process.on('message', (message) => handle(message as HostToEngine));

// Started once the engine is ready, so its own start-up does not delay the first cell; until
// then the host's start-up limit covers the engine.
const parentPid = numberArgument('--parent-pid');
const memoryMb = numberArgument('--memory-mb');
const watchdog = parentPid === undefined ? undefined : startWatchdog({ parentPid, intervalMs: 200 });
// What the engine holds once started is the runtime and the math library; the cap is on
// what the cells add to it.
if (memoryMb !== undefined) watchdog?.setMemoryCap(process.memoryUsage.rss() + memoryMb * 1024 * 1024);
// The parent going away closes the channel; there is nothing left to serve.
process.on('disconnect', () => process.exit(0));
