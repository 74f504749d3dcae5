/**
 * Entry of the engine in a web worker (for vscode.dev): the same `serve.ts` loop as the
 * child process, over `postMessage`. A worker has no heap cap of its own; the web host
 * enforces the time limit and interrupts by terminating the worker and starting another.
 */
import type { HostToEngine } from './protocol';
import { createEngine } from './serve';

interface WorkerScope {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
}

const scope = globalThis as unknown as WorkerScope;
const handle = createEngine((message) => scope.postMessage(message));
scope.addEventListener('message', (event) => handle(event.data as HostToEngine));
