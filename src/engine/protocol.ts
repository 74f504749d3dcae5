/**
 * Messages between the extension host (or the CLI) and the evaluation engine, which runs
 * in a child process on desktop and in a web worker on the web. Plain JSON-serialisable
 * objects only.
 */
import type { CellResult, RunOptions } from '../language/types';

export type HostToEngine =
  | { readonly type: 'run'; readonly id: number; readonly code: string; readonly options: RunOptions }
  /** Current value or definition of a learner's name, for hovers. */
  | { readonly type: 'inspect'; readonly id: number; readonly name: string; readonly options: RunOptions }
  /** Forget all variables and functions. */
  | { readonly type: 'reset'; readonly id: number };

export type EngineToHost =
  | { readonly type: 'ready' }
  | { readonly type: 'result'; readonly id: number; readonly result: CellResult }
  | { readonly type: 'progress'; readonly id: number; readonly message: string; readonly fraction?: number }
  | { readonly type: 'inspected'; readonly id: number; readonly text?: string };

/**
 * What the engine's watchdog writes to stderr just before it stops the engine for using more
 * memory than its cap, so the host can tell that death from a crash.
 */
export const MEMORY_CAP_MARK = '[actlab-engine] memory cap exceeded';
