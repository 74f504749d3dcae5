/**
 * One engine child process, from fork to its end. It tells whether the engine started (its
 * `ready` message) or why not — the fork failed (`'error'` with no `'exit'`: too many open
 * files, no process slots, a missing runtime), the engine exited first, or it did not get
 * ready in time — and, once its stderr is closed, how it ended. While a request runs it
 * watches the engine's resident memory from outside and kills it past the cap. `EngineHost`
 * decides what all of this means for cells.
 */
import { type ChildProcess, fork } from 'child_process';
import type { KillReason, ProcessEnd } from './exits';
import type { EngineToHost, HostToEngine } from './protocol';
import { residentBytes } from './rss';

export interface EngineProcessOptions {
  readonly enginePath: string;
  /** The runtime that runs the engine (Node, or Electron as Node). */
  readonly execPath: string;
  /** How far the engine's resident memory may grow above what it holds once started. */
  readonly memoryMb: number;
  /** How long the engine may take to report `ready`. */
  readonly startTimeoutMs: number;
}

export type StartOutcome = { readonly ok: true } | { readonly ok: false; readonly cause: string };

/** How often the resident memory is read while a request runs. */
const MEMORY_POLL_MS = 50;
/** How long to wait for the stderr pipe to close after the process exited. */
const CLOSE_GRACE_MS = 1000;

export class EngineProcess {
  /** Settles once: the engine is ready, or it will never be. */
  readonly started: Promise<StartOutcome>;
  /** Settles once the process is gone and its stderr has been read. */
  readonly ended: Promise<ProcessEnd>;
  /** False once a cell has run in it (so a restart has something to forget). */
  fresh = true;
  private child: ChildProcess | undefined;
  private killedFor: KillReason | undefined;
  private stderr = '';
  private baselineRss: number | undefined;
  private memoryTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly options: EngineProcessOptions,
    onMessage: (message: EngineToHost) => void,
  ) {
    let settleStart!: (outcome: StartOutcome) => void;
    let settleEnd!: (end: ProcessEnd) => void;
    this.started = new Promise((resolve) => (settleStart = resolve));
    this.ended = new Promise((resolve) => (settleEnd = resolve));
    let startSettled = false;
    const start = (outcome: StartOutcome): void => {
      if (startSettled) return;
      startSettled = true;
      clearTimeout(startTimer);
      settleStart(outcome);
    };
    let endSettled = false;
    const end = (code: number | null, signal: NodeJS.Signals | null): void => {
      if (endSettled) return;
      endSettled = true;
      this.stopMemoryWatch();
      clearTimeout(startTimer);
      settleEnd({ code, signal, stderr: this.stderr, ...(this.killedFor ? { killedFor: this.killedFor } : {}) });
    };
    const startTimer = setTimeout(() => {
      start({ ok: false, cause: `it did not get ready within ${Math.round(options.startTimeoutMs / 1000)} s` });
      this.kill('startTimeout');
    }, options.startTimeoutMs);

    let child: ChildProcess;
    try {
      child = fork(options.enginePath, ['--parent-pid', String(process.pid), '--memory-mb', String(options.memoryMb)], {
        execArgv: [`--max-old-space-size=${options.memoryMb}`],
        execPath: options.execPath,
        env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
        serialization: 'json',
        stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      });
    } catch (e) {
      start({ ok: false, cause: spawnFailure(e, options.execPath) });
      end(null, null);
      return;
    }
    this.child = child;
    let spawned = false;
    child.stderr?.on('data', (chunk: Buffer) => {
      this.stderr = (this.stderr + chunk.toString()).slice(-8000);
    });
    child.on('spawn', () => (spawned = true));
    child.on('error', (e) => {
      // Before 'spawn' this is a failed fork, and no 'exit' follows. Afterwards it is a failed
      // send or kill, which the process's own end reports.
      if (!spawned) {
        start({ ok: false, cause: spawnFailure(e, options.execPath) });
        end(null, null);
      }
    });
    child.on('message', (message: EngineToHost) => {
      if (message.type === 'ready') {
        this.baselineRss = child.pid === undefined ? undefined : residentBytes(child.pid);
        start({ ok: true });
        return;
      }
      onMessage(message);
    });
    child.on('exit', (code, signal) => {
      // The last stderr lines may still be in the pipe; 'close' comes once they are read.
      const finish = (): void => {
        start({ ok: false, cause: exitedWhileStarting(code, signal, this.stderr) });
        end(code, signal);
      };
      setTimeout(finish, CLOSE_GRACE_MS).unref();
      child.once('close', finish);
    });
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  /** Sends a request; false when the channel is already closed (the end then follows). */
  send(message: HostToEngine): boolean {
    const child = this.child;
    if (child === undefined || !child.connected) return false;
    try {
      // Errors of an asynchronous send surface as the process's end; nothing to do here.
      child.send(message, () => undefined);
      return true;
    } catch {
      return false;
    }
  }

  /** Kills the process at once; the first reason given is the one reported. */
  kill(reason: KillReason): void {
    this.killedFor ??= reason;
    try {
      this.child?.kill('SIGKILL');
    } catch {
      // Already gone: its end is on the way.
    }
  }

  /** While a request runs: kill the engine once its resident memory passes baseline + cap. */
  startMemoryWatch(): void {
    const pid = this.child?.pid;
    if (pid === undefined || this.baselineRss === undefined || this.memoryTimer !== undefined) return;
    const cap = this.baselineRss + this.options.memoryMb * 1024 * 1024;
    this.memoryTimer = setInterval(() => {
      const rss = residentBytes(pid);
      if (rss !== undefined && rss > cap) this.kill('memory');
    }, MEMORY_POLL_MS);
    this.memoryTimer.unref();
  }

  stopMemoryWatch(): void {
    clearInterval(this.memoryTimer);
    this.memoryTimer = undefined;
  }
}

const ERRNO: Readonly<Record<string, string>> = {
  EMFILE: 'too many open files',
  ENFILE: 'too many open files in the system',
  EAGAIN: 'the system would not start another process',
  ENOMEM: 'not enough memory to start a process',
  EACCES: 'permission denied',
  ENOENT: 'the program that runs it was not found',
};

function spawnFailure(e: unknown, execPath: string): string {
  const code = (e as NodeJS.ErrnoException).code;
  const what = code !== undefined && Object.prototype.hasOwnProperty.call(ERRNO, code) ? ERRNO[code] : (e as Error).message;
  const where = code === 'ENOENT' || code === 'EACCES' ? ` (${execPath})` : '';
  return `${what}${where}${code ? ` [${code}]` : ''}`;
}

/** The engine exited before it was ready: say how, with the first error line it printed. */
function exitedWhileStarting(code: number | null, signal: NodeJS.Signals | null, stderr: string): string {
  const line = stderr.split('\n').find((l) => /^\s*(\w*Error|Fatal|FATAL)\b/.test(l))?.trim();
  const how = signal ?? `exit code ${code}`;
  return `it stopped while starting (${how})${line ? `: ${line.slice(0, 200)}` : ''}`;
}
