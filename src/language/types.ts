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
  /**
   * A value laid out for reading (`ValueView`), drawn by the kit's value renderer. It comes
   * first because VS Code shows the first item it can render, and its display order would
   * otherwise pick `application/json` over the readable text.
   */
  value: 'application/vnd.actlab.value+json',
} as const;

/**
 * The data of an `application/vnd.actlab.value+json` item: the value's entries already
 * formatted at the run's precision, each with its full-precision form for a tooltip. Long
 * vectors and big matrices keep only their ends; a gap is `…` (columns) or `⋮` (rows) with
 * an empty full form. The exact value stays in the `application/json` item.
 */
export type ValueView =
  | { readonly kind: 'scalar'; readonly text: string; readonly full: string; readonly locale?: string }
  | { readonly kind: 'text'; readonly text: string; readonly locale?: string }
  | {
      readonly kind: 'vector';
      readonly text: string;
      /** Entries shown, in order. */
      readonly items: readonly string[];
      readonly full: readonly string[];
      /** Number of entries in the whole vector. */
      readonly length: number;
      readonly locale?: string;
    }
  | {
      readonly kind: 'matrix';
      readonly text: string;
      /** Rows shown, each with the columns shown. */
      readonly rows: readonly (readonly string[])[];
      readonly full: readonly (readonly string[])[];
      /** 1-based labels of the rows and columns shown (`⋮`/`…` at a gap). */
      readonly rowLabels: readonly string[];
      readonly columnLabels: readonly string[];
      /** Rows × columns of the whole matrix. */
      readonly size: readonly [number, number];
      readonly locale?: string;
    };

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

/** An exercise cell's verdict, beside the outputs that show it (progress reads this, not the outputs). */
export interface CellVerdict {
  readonly exercise: string;
  readonly passed: boolean;
  /** The verdict's message in the run's locale. */
  readonly message: string;
}

export interface CellResult {
  readonly outputs: readonly Output[];
  readonly error?: CellError;
  /** Set when the cell was an exercise and was graded (not when it stopped with an error). */
  readonly verdict?: CellVerdict;
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
