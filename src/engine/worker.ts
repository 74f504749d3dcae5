/**
 * Entry of the engine child process (bundled to `dist/engine.js`): wires `serve.ts` to the
 * IPC channel of `child_process.fork`.
 */
import type { HostToEngine } from './protocol';
import { createEngine } from './serve';

if (typeof process.send !== 'function') {
  process.stderr.write('dist/engine.js is started by Activation Lab (child_process.fork), not run directly.\n');
  process.exit(2);
}

const send = process.send.bind(process);
const handle = createEngine((message) => send(message));
process.on('message', (message) => handle(message as HostToEngine));
// The parent going away closes the channel; there is nothing left to serve.
process.on('disconnect', () => process.exit(0));
