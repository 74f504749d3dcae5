/**
 * Why an engine process ended, and what a learner reads about it. The host knows when it
 * killed the engine itself (time limit, interrupt, memory cap seen from outside, restart,
 * shutdown); every other death is read from the engine's last words on stderr: V8's fatal
 * out-of-memory and "invalid size" reports, or the watchdog's memory-cap line. A bare
 * signal (an outside SIGABRT, SIGSEGV) is a crash, whatever the signal.
 */
import type { CellError } from '../language/types';
import { engineStopped, interrupted, LOST, timeoutError } from './messages';
import { MEMORY_CAP_MARK } from './protocol';

export { cancelled, engineStopped } from './messages';

export type ExitReason = 'timeout' | 'memory' | 'crash' | 'interrupt' | 'restart' | 'dispose' | 'startFailed';

/** Why the host itself killed an engine. */
export type KillReason = 'timeout' | 'memory' | 'interrupt' | 'restart' | 'dispose' | 'startTimeout';

export interface ProcessEnd {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  /** The end of what the engine wrote to stderr. */
  readonly stderr: string;
  /** Set when the host killed it, with why. */
  readonly killedFor?: KillReason;
}

/** How memory ran out: the JavaScript heap, one value beyond V8's size limits, or the process as a whole. */
export type MemoryKind = 'heap' | 'size' | 'resident';

export interface ClassifiedExit {
  readonly reason: ExitReason;
  readonly memory?: MemoryKind;
}

const HEAP = /heap out of memory|Reached heap limit|Allocation failed - JavaScript heap|FatalProcessOutOfMemory|Zone Allocation failed/i;
const SIZE = /invalid size error|Invalid array length|invalid table size|Invalid string length|Invalid typed array length|Array buffer allocation failed/i;

export function classifyExit(end: ProcessEnd): ClassifiedExit {
  switch (end.killedFor) {
    case 'memory':
      return { reason: 'memory', memory: 'resident' };
    case 'startTimeout':
      return { reason: 'startFailed' };
    case undefined:
      break;
    default:
      return { reason: end.killedFor };
  }
  if (end.stderr.includes(MEMORY_CAP_MARK)) return { reason: 'memory', memory: 'resident' };
  if (HEAP.test(end.stderr)) return { reason: 'memory', memory: 'heap' };
  if (SIZE.test(end.stderr)) return { reason: 'memory', memory: 'size' };
  return { reason: 'crash' };
}

/** One line for `onDidExit` listeners (status displays, logs). */
export function describeExit(exit: ClassifiedExit, end: ProcessEnd, memoryMb: number): string {
  switch (exit.reason) {
    case 'timeout': return 'The engine was stopped at the time limit.';
    case 'memory': return `The engine ran out of memory (cap ${memoryMb} MB).`;
    case 'interrupt': return 'The engine was interrupted.';
    case 'restart': return 'The engine was restarted.';
    case 'dispose': return 'The engine was shut down.';
    case 'startFailed': return 'The engine could not be started.';
    default: return `The engine stopped unexpectedly (${how(end)}).`;
  }
}

/** The error of a cell whose engine died before answering. */
export function cellErrorForExit(exit: ClassifiedExit, end: ProcessEnd, limits: { timeoutMs: number; memoryMb: number }): CellError {
  switch (exit.reason) {
    case 'timeout':
      return timeoutError(limits.timeoutMs);
    case 'memory':
      return exit.memory === 'size'
        ? {
            name: 'OutOfMemory',
            message: `The cell tried to build a single value (an array or a text) larger than the engine can hold, and was stopped. ${LOST}`,
          }
        : { name: 'OutOfMemory', message: `The cell needed more than ${limits.memoryMb} MB of memory and was stopped. ${LOST}` };
    case 'interrupt':
    case 'restart':
      return interrupted(true);
    case 'dispose':
      return engineStopped();
    case 'startFailed':
      return failedToStart('it stopped while starting');
    default:
      return { name: 'EngineCrashed', message: `The engine stopped unexpectedly (${how(end)}). ${LOST}` };
  }
}

export function failedToStart(cause: string): CellError {
  return { name: 'EngineFailedToStart', message: `The engine that evaluates cells could not be started: ${cause}. Run the cell again to retry.` };
}

function how(end: ProcessEnd): string {
  if (end.signal) return end.signal;
  return end.code === null ? 'unknown cause' : `exit code ${end.code}`;
}
