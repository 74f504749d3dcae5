/**
 * `EngineHost`: runs cells in a child process so nothing a cell does can touch the caller
 * (the extension host or the CLI). The child is forked lazily, kept warm, and replaced
 * when it dies. Every request has a time limit — cells the run's limit, hovers and resets
 * the default one, start-up its own — and a memory cap bounds the process (see
 * `EngineHostOptions.memoryMb`); `interrupt()` kills a running cell at once. Requests run
 * one at a time, in order. An engine that cannot start fails the waiting request with
 * `EngineFailedToStart` and the next request tries again.
 * No vscode import: the extension and the CLI share this file.
 */
import * as path from 'path';
import type { CellError, CellResult, RunOptions } from '../language/types';
import { EngineProcess } from './engineProcess';
import {
  cancelled,
  cellErrorForExit,
  classifyExit,
  type ClassifiedExit,
  describeExit,
  engineStopped,
  type ExitReason,
  failedToStart,
  type ProcessEnd,
} from './exits';
import type { EngineToHost, HostToEngine } from './protocol';

export type { ExitReason };

export interface EngineHostOptions {
  /** Path of the bundled engine; defaults to `engine.js` beside this bundle. */
  readonly enginePath?: string;
  /**
   * Memory cap in MB (default 1024): how far the engine's resident memory may grow above
   * what it holds once started (the runtime and the math library, about 80 MB). Past it the
   * engine is stopped — seen from outside by the host (Linux) and from inside by the
   * engine's watchdog (everywhere), a few times a second — and the JavaScript heap is
   * limited to the same size, so V8 itself gives up first on most runaway allocations.
   */
  readonly memoryMb?: number;
  /** Default time limit per request in ms (default 10 000). */
  readonly timeoutMs?: number;
  /** How long the engine may take to start, in ms (default 30 000). */
  readonly startTimeoutMs?: number;
  /** Runtime that runs the engine (default: the current one). */
  readonly execPath?: string;
}

export interface RunControl {
  readonly timeoutMs?: number;
  readonly onProgress?: (message: string, fraction?: number) => void;
  /** Aborting interrupts the cell (or drops it if it has not started). */
  readonly signal?: AbortSignal;
}

export interface EngineExit {
  readonly reason: ExitReason;
  readonly message: string;
}

interface Pending {
  readonly id: number;
  readonly resolve: (message: EngineToHost | undefined) => void;
  readonly onProgress?: (message: string, fraction?: number) => void;
}

/** The cell being run, so `interrupt()` can reach it whether its engine is starting or running. */
interface Job {
  interrupted: boolean;
  /** Set once the cell has been sent to the engine. */
  sent: boolean;
  /** Resolves when the job is interrupted. */
  readonly interruptedSignal: Promise<void>;
  readonly interrupt: () => void;
}

export class EngineHost {
  private proc: EngineProcess | undefined;
  private pending: Pending | undefined;
  private activeJob: Job | undefined;
  private lastExit: { exit: ClassifiedExit; end: ProcessEnd } | undefined;
  private nextId = 1;
  private queue: Promise<unknown> = Promise.resolve();
  private disposed = false;
  private readonly exitListeners = new Set<(e: EngineExit) => void>();
  readonly memoryMb: number;
  readonly timeoutMs: number;
  private readonly startTimeoutMs: number;
  private readonly enginePath: string;
  private readonly execPath: string;

  constructor(options: EngineHostOptions = {}) {
    this.memoryMb = options.memoryMb ?? 1024;
    this.timeoutMs = options.timeoutMs ?? 10_000;
    this.startTimeoutMs = options.startTimeoutMs ?? 30_000;
    this.enginePath = options.enginePath ?? path.join(__dirname, 'engine.js');
    this.execPath = options.execPath ?? process.execPath;
  }

  /** Runs one cell. Always resolves: engine failures come back as the result's error. */
  run(code: string, options: RunOptions, control: RunControl = {}): Promise<CellResult> {
    return this.enqueue(async () => {
      if (this.disposed) return { outputs: [], error: engineStopped() };
      if (control.signal?.aborted) return { outputs: [], error: cancelled() };
      const job = newJob();
      this.activeJob = job;
      const onAbort = (): void => this.interrupt();
      control.signal?.addEventListener('abort', onAbort, { once: true });
      try {
        // Starting the process is not the cell's time: its limit starts once the engine is ready.
        const startError = await Promise.race([this.ensureStarted(), job.interruptedSignal.then(() => undefined)]);
        if (job.interrupted) return { outputs: [], error: cancelled() };
        if (startError !== undefined) return { outputs: [], error: startError };
        job.sent = true;
        const reply = await this.request({ type: 'run', id: this.nextId++, code, options }, control.timeoutMs ?? this.timeoutMs, control.onProgress);
        if (reply?.type === 'result') return reply.result;
        return { outputs: [], error: this.deathError(control.timeoutMs ?? this.timeoutMs) };
      } finally {
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
      if (this.proc === undefined || this.disposed) return undefined;
      if ((await this.ensureStarted()) !== undefined) return undefined;
      const reply = await this.request({ type: 'inspect', id: this.nextId++, name, options }, this.timeoutMs);
      return reply?.type === 'inspected' ? reply.text : undefined;
    });
  }

  /** Forgets every variable and function, keeping the process. */
  reset(): Promise<void> {
    return this.enqueue(async () => {
      if (this.proc === undefined || this.disposed) return;
      if ((await this.ensureStarted()) !== undefined) return;
      const reply = await this.request({ type: 'reset', id: this.nextId++ }, this.timeoutMs);
      if (reply !== undefined && this.proc !== undefined) this.proc.fresh = true;
    });
  }

  /**
   * Starts the engine ahead of the first cell (e.g. when a notebook opens), so the learner
   * does not wait for the process to load. Resolves when it is ready (or could not start).
   */
  warmUp(): Promise<void> {
    return this.enqueue(async () => void (await this.ensureStarted()));
  }

  /** Stops the running cell now (kills the child; the next cell starts a fresh one). */
  interrupt(): void {
    const job = this.activeJob;
    if (job === undefined) return;
    job.interrupt();
    // A cell still waiting for its engine is simply dropped; the engine keeps starting for the next one.
    if (job.sent) this.proc?.kill('interrupt');
  }

  /** A fresh engine: all state is dropped. */
  restart(): Promise<void> {
    // Stop a running cell now; the restart itself waits its turn in the queue.
    this.interrupt();
    return this.enqueue(async () => {
      const proc = this.proc;
      // An engine no cell has run in (e.g. the warm one started after an interrupt) has nothing to forget.
      if (proc !== undefined && !proc.fresh) {
        proc.kill('restart');
        await proc.ended;
      }
      await this.ensureStarted();
    });
  }

  dispose(): void {
    this.disposed = true;
    this.proc?.kill('dispose');
    this.exitListeners.clear();
  }

  /** Called whenever the engine process ends (or fails to start), with why. */
  onDidExit(listener: (e: EngineExit) => void): { dispose(): void } {
    this.exitListeners.add(listener);
    return { dispose: () => this.exitListeners.delete(listener) };
  }

  /** Whether a child process is currently alive (for tests and status displays). */
  get running(): boolean {
    return this.proc !== undefined;
  }

  /** Process id of the current child, if any. */
  get pid(): number | undefined {
    return this.proc?.pid;
  }

  private enqueue<T>(job: () => Promise<T>): Promise<T> {
    const next = this.queue.then(job, job);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Starts an engine unless one is running or starting; resolves to why it could not start. */
  private async ensureStarted(): Promise<CellError | undefined> {
    if (this.disposed) return engineStopped();
    const proc = this.proc ?? this.launch();
    const outcome = await proc.started;
    if (outcome.ok) return undefined;
    if (this.disposed) return engineStopped();
    return failedToStart(outcome.cause);
  }

  private launch(): EngineProcess {
    const proc: EngineProcess = new EngineProcess(
      { enginePath: this.enginePath, execPath: this.execPath, memoryMb: this.memoryMb, startTimeoutMs: this.startTimeoutMs },
      (message) => this.onMessage(proc, message),
    );
    this.proc = proc;
    void proc.started.then((outcome) => {
      if (outcome.ok || this.proc !== proc) return;
      // Forget it at once, so the next request tries a new one; its end, if it ever comes, is ignored.
      this.proc = undefined;
      if (!this.disposed) this.emitExit({ reason: 'startFailed', message: `The engine could not be started: ${outcome.cause}.` });
    });
    void proc.ended.then((end) => this.onEnded(proc, end));
    return proc;
  }

  private onMessage(proc: EngineProcess, message: EngineToHost): void {
    const p = this.pending;
    if (proc !== this.proc || p === undefined || !('id' in message) || message.id !== p.id) return;
    if (message.type === 'progress') {
      p.onProgress?.(message.message, message.fraction);
      return;
    }
    this.pending = undefined;
    p.resolve(message);
  }

  private request(message: HostToEngine, limitMs: number, onProgress?: Pending['onProgress']): Promise<EngineToHost | undefined> {
    const proc = this.proc;
    if (proc === undefined) return Promise.resolve(undefined);
    if (message.type === 'run') proc.fresh = false;
    return new Promise((resolve) => {
      const timer = setTimeout(() => proc.kill('timeout'), limitMs);
      this.pending = {
        id: message.id,
        onProgress,
        resolve: (reply) => {
          clearTimeout(timer);
          proc.stopMemoryWatch();
          resolve(reply);
        },
      };
      proc.startMemoryWatch();
      // A closed channel needs nothing more here: the process's end settles `pending`.
      proc.send(message);
    });
  }

  private onEnded(proc: EngineProcess, end: ProcessEnd): void {
    if (this.proc !== proc) return;
    this.proc = undefined;
    const exit = classifyExit(end);
    this.lastExit = { exit, end };
    const p = this.pending;
    this.pending = undefined;
    p?.resolve(undefined);
    if (!this.disposed) this.emitExit({ reason: exit.reason, message: describeExit(exit, end, this.memoryMb) });
    // Keep an engine warm for the next cell (a restart starts its own).
    if (!this.disposed && exit.reason !== 'restart') {
      void proc.started.then((outcome) => {
        if (outcome.ok && this.proc === undefined && !this.disposed) this.launch();
      });
    }
  }

  private emitExit(exit: EngineExit): void {
    for (const listener of this.exitListeners) listener(exit);
  }

  /** The error for a run whose engine died before answering. */
  private deathError(timeoutMs: number): CellError {
    if (this.disposed || this.lastExit === undefined) return engineStopped();
    return cellErrorForExit(this.lastExit.exit, this.lastExit.end, { timeoutMs, memoryMb: this.memoryMb });
  }
}

function newJob(): Job {
  let interrupt!: () => void;
  const interruptedSignal = new Promise<void>((resolve) => (interrupt = resolve));
  const job: Job = {
    interrupted: false,
    sent: false,
    interruptedSignal,
    interrupt: () => {
      job.interrupted = true;
      interrupt();
    },
  };
  return job;
}
