/**
 * How groups of builtin functions (plots, experiments, …) plug into the cell language.
 * Each group is a factory in its own file, listed in `index.ts`; the `Session` calls every
 * factory once with a context and exposes the returned functions to cells.
 */

/** A function of one real variable, resolved from whatever a learner passed. */
export interface LabelledFunction {
  /** What the learner wrote, for legends: `sigmoid`, `sigmoid'`, `f`. */
  readonly label: string;
  readonly f: (x: number) => number;
  /** Present when the function is a registry activation (so a renderer can re-evaluate it, e.g. with sliders). */
  readonly activation?: {
    readonly id: string;
    readonly params: Readonly<Record<string, number>>;
    /** 0 for f, 1 for f′, 2 for f″. */
    readonly order: 0 | 1 | 2;
  };
}

export interface BuiltinContext {
  /**
   * Resolves a cell value to a scalar function: a registry activation (`sigmoid`), its
   * derivative (`sigmoid'`), or a learner's function (`f`, `f'`). Throws a clear
   * `ArgumentError` naming `fnName` and `argName` otherwise.
   */
  toScalarFunction(value: unknown, fnName: string, argName: string): LabelledFunction;
  /** A number, or a clear error naming the function and argument. */
  toNumber(value: unknown, fnName: string, argName: string): number;
  /** A vector (mathjs matrix or array) as Float64Array, or a clear error. */
  toVector(value: unknown, fnName: string, argName: string): Float64Array;
  /** Reports progress of a long computation to the cell (shown while it runs). */
  progress(message: string, fraction?: number): void;
}

/** Builtin functions by name; arguments arrive as mathjs values (numbers, matrices, functions, strings). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type BuiltinFunctions = Record<string, (...args: any[]) => unknown>;

export type BuiltinFactory = (ctx: BuiltinContext) => BuiltinFunctions;
