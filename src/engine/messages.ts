/**
 * What the learner is told when an engine stops in the middle of a cell, or a cell never
 * reaches one. The child-process engine (`host.ts`, `exits.ts`) and the web worker engine
 * (`webHost.ts`) say it in the same words, so a notebook reads the same on desktop and on
 * vscode.dev.
 */
import type { CellError } from '../language/types';

export const LOST = 'Variables and functions from earlier cells are gone; run those cells again.';

/** A running cell was stopped (`started`), or a waiting one dropped: nothing of it was lost then. */
export function interrupted(started: boolean): CellError {
  return started ? { name: 'Interrupted', message: `The cell was interrupted. ${LOST}` } : cancelled();
}

/** A cell dropped before it ran: nothing was lost. */
export function cancelled(): CellError {
  return { name: 'Cancelled', message: 'The cell was cancelled before it started.' };
}

/** The engine was shut down (its notebook closed, a setting changed) while the cell waited or ran. */
export function engineStopped(): CellError {
  return { name: 'EngineStopped', message: `The engine was shut down before the cell finished (its notebook was closed or a setting changed). ${LOST}` };
}

export function timeoutError(timeoutMs: number): CellError {
  return { name: 'Timeout', message: `The cell ran longer than ${formatSeconds(timeoutMs)} and was stopped. ${LOST}` };
}

export function formatSeconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}
