/**
 * What evaluating a cell produces. The same shapes travel from the engine (child process
 * or web worker) to the notebook controller and to the `actlab` CLI's `--json` output.
 */

/** Mime types the kit emits. */
export const MIME = {
  text: 'text/plain',
  markdown: 'text/markdown',
  json: 'application/json',
  svg: 'image/svg+xml',
  /** Interactive plot, drawn by the kit's notebook renderer. */
  plot: 'application/vnd.actlab.plot+json',
  /** Result of an exercise check (✓/✗, message, hint). */
  check: 'application/vnd.actlab.check+json',
} as const;

/**
 * One output item. `data` is a string for text mimes and SVG, and a JSON value for
 * `application/json` (the value encoding of DESIGN.md) and the kit's own JSON mimes.
 */
export interface OutputItem {
  readonly mime: string;
  readonly data: unknown;
}

/** One output: several representations of the same value, richest first. */
export interface Output {
  readonly items: readonly OutputItem[];
}

export interface CellError {
  /** E.g. `SyntaxError`, `UnknownName`, `ArgumentError`, `Timeout`, `OutOfMemory`, `Interrupted`, `EngineCrashed`. */
  readonly name: string;
  /** One clear sentence or two for the learner. */
  readonly message: string;
  /** 1-based position in the cell, when known. */
  readonly line?: number;
  readonly column?: number;
  /** "Did you mean …?" candidate for unknown names. */
  readonly suggestion?: string;
}

export interface CellResult {
  readonly outputs: readonly Output[];
  readonly error?: CellError;
}

/** Per-run options sent with every cell. */
export interface RunOptions {
  /** Significant digits for `text/plain` and markdown renderings (full precision stays in JSON). */
  readonly precision: number;
  /** Exercise id from the fence's info string (`actlab exercise=…`), when the cell is an exercise. */
  readonly exercise?: string;
  /** How many times the learner has already tried this exercise (drives progressive hints). */
  readonly attempt?: number;
  /** Display language for learner-facing messages: `en` or `zh-cn`. */
  readonly locale?: string;
}
