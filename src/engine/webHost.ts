/**
 * `WebEngineHost`: runs cells in a Web Worker, the browser's counterpart of `EngineHost`
 * (vscode.dev, github.dev, or any web extension host). The worker runs `webWorker.ts`, the
 * same `serve.ts` session loop as the desktop child process, so cells behave the same.
 *
 * A worker has no heap cap and no exit event, so this host differs from the child-process
 * one in two ways. The time limit and an interrupt terminate the worker and start a fresh
 * one (the learner is told the variables are gone, in the desktop's words); and since a
 * host may never report a worker's errors (VS Code's polyfill for browsers without nested
 * workers does not forward them), a worker that has not said it is ready within
 * `startTimeoutMs` counts as crashed rather than leaving the cell waiting forever. Memory is bounded only by the session's size guards.
 * No vscode and no Node imports: the browser entry hands in how to start a worker.
 */
import type { CellError, CellResult, RunOptions } from '../language/types';
import type { Engine } from './engine';
import type { EngineExit, ExitReason, RunControl } from './host';
import { interrupted, LOST, timeoutError } from './messages';
import type { EngineToHost, HostToEngine } from './protocol';

/** The part of a DOM `Worker` this host uses (tests hand in a stand-in). */
export interface WorkerLike {
  postMessage(message: HostToEngine): void;
  terminate(): void;
  addEventListener(type: 'message', listener: (event: { readonly data: unknown }) => void): void;
  addEventListener(type: 'error', listener: (event: { readonly message?: string }) => void): void;
}

export interface WebEngineHostOptions {
  /** Starts a worker running the engine script (`dist/web/engine.js`). */
  readonly startWorker: () => Promise<WorkerLike>;
  /** Default time limit per cell in ms (default 10 000). */
  readonly timeoutMs?: number;
  /** How long a new worker may take to say it is ready (default 60 000 ms). */
  readonly startTimeoutMs?: number;
}

interface Pending {
  readonly id: number;
  readonly resolve: (message: EngineToHost | undefined) => void;
  readonly onProgress?: (message: string, fraction?: number) => void;
}

export class WebEngineHost implements Engine {
  private worker: WorkerLike | undefined;
  private ready: Promise<void> | undefined;
  /** Settles the start-up wait of the current worker when it ends before saying it is ready. */
  private settleStart: (() => void) | undefined;
  private pending: Pending | undefined;
  private activeJob: { interrupted: boolean } | undefined;
  private lastExit: { reason: ExitReason; detail?: string } | undefined;
  private nextId = 1;
  private queue: Promise<unknown> = Promise.resolve();
  private disposed = false;
  private readonly exitListeners = new Set<(e: EngineExit) => void>();
  readonly timeoutMs: number;
  private readonly startTimeoutMs: number;
  private readonly startWorker: () => Promise<WorkerLike>;

  constructor(options: WebEngineHostOptions) {
    this.startWorker = options.startWorker;
    this.timeoutMs = options.timeoutMs ?? 10_000;
    this.startTimeoutMs = options.startTimeoutMs ?? 60_000;
  }

  run(code: string, options: RunOptions, control: RunControl = {}): Promise<CellResult> {
    return this.enqueue(async () => {
      if (control.signal?.aborted) return { outputs: [], error: interrupted(false) };
      const timeoutMs = control.timeoutMs ?? this.timeoutMs;
      const job = { interrupted: false };
      this.activeJob = job;
      const onAbort = (): void => this.interrupt();
      control.signal?.addEventListener('abort', onAbort, { once: true });
      let timer: ReturnType<typeof setTimeout> | undefined;
      try {
        // Loading the worker is not the cell's time: the limit starts once it is ready.
        await this.spawn();
        if (job.interrupted) return { outputs: [], error: interrupted(true) };
        timer = setTimeout(() => this.kill('timeout'), timeoutMs);
        const reply = await this.request({ type: 'run', id: this.nextId++, code, options }, control.onProgress);
        if (reply?.type === 'result') return reply.result;
        return { outputs: [], error: this.deathError(timeoutMs) };
      } finally {
        clearTimeout(timer);
        this.activeJob = undefined;
        control.signal?.removeEventListener('abort', onAbort);
      }
    });
  }

  inspect(name: string, options: RunOptions = { precision: 6 }): Promise<string | undefined> {
    if (this.activeJob !== undefined) return Promise.resolve(undefined);
    return this.enqueue(async () => {
      if (this.worker === undefined) return undefined;
      const reply = await this.request({ type: 'inspect', id: this.nextId++, name, options });
      return reply?.type === 'inspected' ? reply.text : undefined;
    });
  }

  /** Starts a worker ahead of the first cell; resolves when it is ready. */
  warmUp(): Promise<void> {
    return this.enqueue(() => this.spawn());
  }

  interrupt(): void {
    if (this.activeJob === undefined) return;
    this.activeJob.interrupted = true;
    this.kill('interrupt');
  }

  restart(): Promise<void> {
    this.interrupt();
    return this.enqueue(async () => {
      this.kill('restart');
      await this.spawn();
    });
  }

  dispose(): void {
    this.disposed = true;
    this.kill('dispose');
    this.exitListeners.clear();
  }

  onDidExit(listener: (e: EngineExit) => void): { dispose(): void } {
    this.exitListeners.add(listener);
    return { dispose: () => this.exitListeners.delete(listener) };
  }

  /** Whether a worker is alive (for tests and status displays). */
  get running(): boolean {
    return this.worker !== undefined;
  }

  private enqueue<T>(job: () => Promise<T>): Promise<T> {
    const next = this.queue.then(job, job);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async request(message: HostToEngine, onProgress?: Pending['onProgress']): Promise<EngineToHost | undefined> {
    const worker = this.worker;
    if (worker === undefined) return undefined;
    return new Promise((resolve) => {
      this.pending = { id: message.id, resolve, onProgress };
      try {
        worker.postMessage(message);
      } catch (e) {
        // A message that cannot be cloned, or a worker already torn down: the worker is no use now.
        this.end(worker, 'crash', e instanceof Error ? e.message : String(e));
      }
    });
  }

  private spawn(): Promise<void> {
    if (this.ready !== undefined) return this.ready;
    if (this.disposed) return Promise.resolve();
    const ready = this.start().finally(() => {
      // A start that ended without a worker leaves nothing to wait on; the next request tries again.
      if (this.worker === undefined && this.ready === ready) this.ready = undefined;
    });
    this.ready = ready;
    return ready;
  }

  private async start(): Promise<void> {
    let worker: WorkerLike;
    try {
      worker = await this.startWorker();
    } catch (e) {
      this.lastExit = { reason: 'crash', detail: `it could not be started: ${e instanceof Error ? e.message : String(e)}` };
      return;
    }
    if (this.disposed) {
      worker.terminate();
      return;
    }
    this.worker = worker;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => this.end(worker, 'crash', `it did not start within ${this.startTimeoutMs / 1000} s`), this.startTimeoutMs);
      this.settleStart = () => {
        clearTimeout(timer);
        this.settleStart = undefined;
        resolve();
      };
      worker.addEventListener('message', (event) => this.onMessage(worker, event.data as EngineToHost));
      worker.addEventListener('error', (event) => this.end(worker, 'crash', event.message || 'an error in the engine worker'));
    });
  }

  private onMessage(worker: WorkerLike, message: EngineToHost): void {
    if (this.worker !== worker) return; // a late message from a worker already replaced
    if (message.type === 'ready') {
      this.settleStart?.();
      return;
    }
    const p = this.pending;
    if (p === undefined || !('id' in message) || message.id !== p.id) return;
    if (message.type === 'progress') {
      p.onProgress?.(message.message, message.fraction);
      return;
    }
    this.pending = undefined;
    p.resolve(message);
  }

  private kill(reason: ExitReason): void {
    if (this.worker !== undefined) this.end(this.worker, reason);
  }

  /** Terminates `worker` and settles everything that waited on it; a worker has no exit event to wait for. */
  private end(worker: WorkerLike, reason: ExitReason, detail?: string): void {
    if (this.worker !== worker) return;
    const wasReady = this.settleStart === undefined;
    worker.terminate();
    this.worker = undefined;
    this.ready = undefined;
    this.settleStart?.();
    this.lastExit = { reason, ...(detail === undefined ? {} : { detail }) };
    const p = this.pending;
    this.pending = undefined;
    p?.resolve(undefined);
    const exit: EngineExit = { reason, message: describeExit(reason, detail) };
    for (const listener of this.exitListeners) listener(exit);
    // Keep an engine warm for the next cell, unless this one never got going (no crash loop).
    if (wasReady && !this.disposed && reason !== 'restart' && reason !== 'dispose') void this.spawn();
  }

  /** The error for a run whose worker ended before answering. */
  private deathError(timeoutMs: number): CellError {
    if (this.disposed) return { name: 'EngineCrashed', message: 'The engine has been shut down.' };
    const exit = this.lastExit;
    switch (exit?.reason) {
      case 'timeout':
        return timeoutError(timeoutMs);
      case 'interrupt':
      case 'restart':
        return interrupted(true);
      default:
        return { name: 'EngineCrashed', message: `The engine stopped unexpectedly (${exit?.detail ?? 'unknown cause'}). ${LOST}` };
    }
  }
}

function describeExit(reason: ExitReason, detail: string | undefined): string {
  switch (reason) {
    case 'timeout': return 'The engine was stopped at the time limit.';
    case 'interrupt': return 'The engine was interrupted.';
    case 'restart': return 'The engine was restarted.';
    case 'dispose': return 'The engine was shut down.';
    default: return `The engine stopped unexpectedly (${detail ?? 'unknown cause'}).`;
  }
}
