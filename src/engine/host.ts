/**
 * `EngineHost`: runs cells in a child process so nothing a cell does can touch the caller
 * (the extension host or the CLI). The child is forked lazily, kept warm, and replaced
 * when it dies. A time limit and a memory cap (`--max-old-space-size`) bound every cell;
 * `interrupt()` kills a running cell at once. Requests run one at a time, in order.
 * No vscode import: the extension and the CLI share this file.
 */
import { type ChildProcess, fork } from 'child_process';
import * as path from 'path';
import type { CellError, CellResult, RunOptions } from '../language/types';
import { interrupted, LOST, timeoutError } from './messages';
import type { EngineToHost, HostToEngine } from './protocol';

export interface EngineHostOptions {
  /** Path of the bundled engine; defaults to `engine.js` beside this bundle. */
  readonly enginePath?: string;
  /** Heap cap of the child in MB (default 1024). */
  readonly memoryMb?: number;
  /** Default time limit per cell in ms (default 10 000). */
  readonly timeoutMs?: number;
}

export interface RunControl {
  readonly timeoutMs?: number;
  readonly onProgress?: (message: string, fraction?: number) => void;
  /** Aborting interrupts the cell (or drops it if it has not started). */
  readonly signal?: AbortSignal;
}

export type ExitReason = 'timeout' | 'memory' | 'crash' | 'interrupt' | 'restart' | 'dispose';

export interface EngineExit {
  readonly reason: ExitReason;
  readonly message: string;
}

interface Pending {
  readonly id: number;
  readonly resolve: (message: EngineToHost | undefined) => void;
  readonly onProgress?: (message: string, fraction?: number) => void;
}

export class EngineHost {
  private child: ChildProcess | undefined;
  private ready: Promise<void> | undefined;
  private pending: Pending | undefined;
  /** The cell being run (from spawn to result), so `interrupt()` can reach it. */
  private activeJob: { interrupted: boolean } | undefined;
  private killReason: ExitReason | undefined;
  private stderrTail = '';
  private nextId = 1;
  private queue: Promise<unknown> = Promise.resolve();
  private disposed = false;
  private readonly exitListeners = new Set<(e: EngineExit) => void>();
  readonly memoryMb: number;
  readonly timeoutMs: number;
  private readonly enginePath: string;

  constructor(options: EngineHostOptions = {}) {
    this.memoryMb = options.memoryMb ?? 1024;
    this.timeoutMs = options.timeoutMs ?? 10_000;
    this.enginePath = options.enginePath ?? path.join(__dirname, 'engine.js');
  }

  /** Runs one cell. Always resolves: engine failures come back as the result's error. */
  run(code: string, options: RunOptions, control: RunControl = {}): Promise<CellResult> {
    return this.enqueue(async () => {
      if (control.signal?.aborted) return { outputs: [], error: interrupted(false) };
      const timeoutMs = control.timeoutMs ?? this.timeoutMs;
      const job = { interrupted: false };
      this.activeJob = job;
      const onAbort = (): void => this.interrupt();
      control.signal?.addEventListener('abort', onAbort, { once: true });
      let timer: NodeJS.Timeout | undefined;
      try {
        // Starting the process is not the cell's time: the limit starts once it is ready.
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

  /**
   * The current value or definition of a learner's name (undefined when unknown). While a
   * cell runs the engine cannot answer, so hovers get undefined at once instead of waiting.
   */
  inspect(name: string, options: RunOptions = { precision: 6 }): Promise<string | undefined> {
    if (this.activeJob !== undefined) return Promise.resolve(undefined);
    return this.enqueue(async () => {
      if (this.child === undefined) return undefined;
      const reply = await this.request({ type: 'inspect', id: this.nextId++, name, options });
      return reply?.type === 'inspected' ? reply.text : undefined;
    });
  }

  /** Forgets every variable and function, keeping the process. */
  reset(): Promise<void> {
    return this.enqueue(async () => {
      if (this.child !== undefined) await this.request({ type: 'reset', id: this.nextId++ });
    });
  }

  /**
   * Starts the engine ahead of the first cell (e.g. when a notebook opens), so the learner
   * does not wait for the process to load. Resolves when it is ready.
   */
  warmUp(): Promise<void> {
    return this.enqueue(() => this.spawn());
  }

  /** Stops the running cell now (kills the child; the next cell starts a fresh one). */
  interrupt(): void {
    if (this.activeJob === undefined) return;
    this.activeJob.interrupted = true;
    this.kill('interrupt');
  }

  /** A fresh engine: all state is dropped. */
  restart(): Promise<void> {
    // Stop a running cell now; the restart itself waits its turn in the queue.
    this.interrupt();
    return this.enqueue(async () => {
      const child = this.child;
      if (child !== undefined) {
        const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
        this.kill('restart');
        await gone;
      }
      await this.spawn();
    });
  }

  dispose(): void {
    this.disposed = true;
    this.kill('dispose');
    this.exitListeners.clear();
  }

  /** Called whenever the engine process ends, with why. */
  onDidExit(listener: (e: EngineExit) => void): { dispose(): void } {
    this.exitListeners.add(listener);
    return { dispose: () => this.exitListeners.delete(listener) };
  }

  /** Whether a child process is currently alive (for tests and status displays). */
  get running(): boolean {
    return this.child !== undefined;
  }

  /** Process id of the current child, if any. */
  get pid(): number | undefined {
    return this.child?.pid;
  }

  private enqueue<T>(job: () => Promise<T>): Promise<T> {
    const next = this.queue.then(job, job);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async request(message: HostToEngine, onProgress?: Pending['onProgress']): Promise<EngineToHost | undefined> {
    if (this.disposed) return undefined;
    await this.spawn();
    const child = this.child;
    if (child === undefined) return undefined;
    return new Promise((resolve) => {
      this.pending = { id: message.id, resolve, onProgress };
      try {
        child.send(message);
      } catch {
        // The channel closed between spawn and send; the exit handler settles `pending`.
      }
    });
  }

  private spawn(): Promise<void> {
    if (this.child !== undefined && this.ready !== undefined) return this.ready;
    if (this.disposed) return Promise.resolve();
    this.killReason = undefined;
    this.stderrTail = '';
    const child = fork(this.enginePath, [], {
      execArgv: [`--max-old-space-size=${this.memoryMb}`],
      execPath: process.execPath,
      env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
      serialization: 'json',
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    this.child = child;
    child.stderr?.on('data', (chunk: Buffer) => {
      this.stderrTail = (this.stderrTail + chunk.toString()).slice(-4000);
    });
    let started = false;
    this.ready = new Promise<void>((resolve) => {
      child.on('message', (message: EngineToHost) => {
        if (message.type === 'ready') {
          started = true;
          return resolve();
        }
        const p = this.pending;
        if (p === undefined || !('id' in message) || message.id !== p.id) return;
        if (message.type === 'progress') {
          p.onProgress?.(message.message, message.fraction);
          return;
        }
        this.pending = undefined;
        p.resolve(message);
      });
      child.on('exit', (code, signal) => {
        resolve();
        this.onExit(child, code, signal, started);
      });
      child.on('error', () => {
        // Spawn failures end in 'exit' too (or never start); settle whatever waits.
        resolve();
      });
    });
    return this.ready;
  }

  private onExit(child: ChildProcess, code: number | null, signal: NodeJS.Signals | null, started: boolean): void {
    if (this.child !== child) return;
    this.child = undefined;
    this.ready = undefined;
    const reason: ExitReason = this.killReason ?? (isOutOfMemory(signal, code, this.stderrTail) ? 'memory' : 'crash');
    this.lastExit = { reason, code, signal };
    const p = this.pending;
    this.pending = undefined;
    p?.resolve(undefined);
    const exit: EngineExit = { reason, message: this.describeExit(reason, code, signal) };
    for (const listener of this.exitListeners) listener(exit);
    // Keep an engine warm for the next cell, unless this one never got going (no crash loop).
    if (started && !this.disposed && reason !== 'restart') void this.spawn();
  }

  private lastExit: { reason: ExitReason; code: number | null; signal: NodeJS.Signals | null } | undefined;

  private kill(reason: ExitReason): void {
    if (this.child === undefined) return;
    this.killReason = reason;
    this.child.kill('SIGKILL');
  }

  private describeExit(reason: ExitReason, code: number | null, signal: NodeJS.Signals | null): string {
    switch (reason) {
      case 'timeout': return 'The engine was stopped at the time limit.';
      case 'memory': return `The engine ran out of memory (cap ${this.memoryMb} MB).`;
      case 'interrupt': return 'The engine was interrupted.';
      case 'restart': return 'The engine was restarted.';
      case 'dispose': return 'The engine was shut down.';
      default: return `The engine stopped unexpectedly (${signal ?? `exit code ${code}`}).`;
    }
  }

  /** The error for a run whose engine died before answering. */
  private deathError(timeoutMs: number): CellError {
    const exit = this.lastExit;
    if (this.disposed) return { name: 'EngineCrashed', message: 'The engine has been shut down.' };
    switch (exit?.reason) {
      case 'timeout':
        return timeoutError(timeoutMs);
      case 'memory':
        return { name: 'OutOfMemory', message: `The cell needed more than ${this.memoryMb} MB of memory and was stopped. ${LOST}` };
      case 'interrupt':
      case 'restart':
        return interrupted(true);
      default: {
        const how = exit?.signal ?? (exit?.code === undefined || exit.code === null ? 'unknown cause' : `exit code ${exit.code}`);
        return { name: 'EngineCrashed', message: `The engine stopped unexpectedly (${how}). ${LOST}` };
      }
    }
  }
}

/** V8 aborts on heap exhaustion: SIGABRT (or exit code 134) with a telltale message. */
function isOutOfMemory(signal: NodeJS.Signals | null, code: number | null, stderr: string): boolean {
  return /heap out of memory|Allocation failed|Reached heap limit|Invalid array length/i.test(stderr) || signal === 'SIGABRT' || code === 134;
}
