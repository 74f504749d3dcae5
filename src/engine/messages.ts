/**
 * What the learner is told when an engine stops in the middle of a cell. The child-process
 * engine (`host.ts`) and the web worker engine (`webHost.ts`) say it in the same words, so
 * a notebook reads the same on desktop and on vscode.dev.
 */
import type { CellError } from '../language/types';

export const LOST = 'Variables and functions from earlier cells are gone; run those cells again.';

export function interrupted(started: boolean): CellError {
  return started
    ? { name: 'Interrupted', message: `The cell was interrupted. ${LOST}` }
    : { name: 'Interrupted', message: 'The cell was cancelled before it started.' };
}

export function timeoutError(timeoutMs: number): CellError {
  return { name: 'Timeout', message: `The cell ran longer than ${formatSeconds(timeoutMs)} and was stopped. ${LOST}` };
}

export function formatSeconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}
