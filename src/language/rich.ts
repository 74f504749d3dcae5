/**
 * Values that render as more than a number: plots, experiment reports, exercise checks.
 * A builtin returns a `RichValue`; the formatter asks it for its output items instead of
 * printing it. Pure data only, so results can cross the engine boundary as JSON.
 */
import type { JsonValue } from './encode';
import type { OutputItem, RunOptions } from './types';

export interface RichValue {
  /** Marks the object as rich; e.g. `plot`, `experiment`, `check`. */
  readonly richKind: string;
  /** Output items, richest first (custom mime, then SVG/markdown, then `text/plain`). */
  toOutputs(options: RunOptions): OutputItem[];
  /** One-line summary used by `text/plain` contexts such as hovers and the CLI. */
  toString(): string;
  /** What the value encoding writes inside `{"<richKind>": …}` (an empty object when absent). */
  toJson?(): JsonValue;
}

export function isRichValue(value: unknown): value is RichValue {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as RichValue).richKind === 'string' &&
    typeof (value as RichValue).toOutputs === 'function'
  );
}
