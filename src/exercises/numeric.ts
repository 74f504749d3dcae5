/**
 * Turns whatever a learner's cell produced (a number, a mathjs matrix, a BigNumber, a
 * fraction, a complex number with no imaginary part, nested arrays) into plain numbers, so
 * the grader can compare without depending on mathjs.
 */

/** A number, vector or matrix as a flat list of entries plus its shape (`[]` for a scalar). */
export interface Numeric {
  readonly shape: readonly number[];
  readonly data: readonly number[];
}

/** Why a value could not be read as numbers, for the learner's message. */
export type NumericProblem = 'complex' | 'not-numeric' | 'ragged';

export type NumericResult = { readonly ok: true; readonly value: Numeric } | { readonly ok: false; readonly problem: NumericProblem };

interface Nested {
  shape: number[];
  data: number[];
}

/** Reads a cell value as numbers; see the module comment for what is accepted. */
export function toNumeric(value: unknown): NumericResult {
  try {
    const nested = read(value);
    return { ok: true, value: nested };
  } catch (e) {
    if (e instanceof ReadFailure) return { ok: false, problem: e.problem };
    throw e;
  }
}

class ReadFailure extends Error {
  constructor(readonly problem: NumericProblem) {
    super(problem);
  }
}

function read(value: unknown): Nested {
  const scalar = readScalar(value);
  if (scalar !== undefined) return { shape: [], data: [scalar] };
  if (Array.isArray(value)) return readArray(value);
  if (typeof value === 'object' && value !== null) {
    // mathjs DenseMatrix / SparseMatrix both offer toArray().
    const toArray = (value as { toArray?: unknown }).toArray;
    if (typeof toArray === 'function') return readArray(toArray.call(value) as unknown[]);
  }
  throw new ReadFailure('not-numeric');
}

function readArray(items: readonly unknown[]): Nested {
  const parts = items.map(read);
  if (parts.length === 0) return { shape: [0], data: [] };
  const inner = parts[0].shape;
  for (const p of parts) {
    if (p.shape.length !== inner.length || p.shape.some((n, i) => n !== inner[i])) throw new ReadFailure('ragged');
  }
  return { shape: [parts.length, ...inner], data: parts.flatMap((p) => p.data) };
}

/** A real number from a JS number, boolean, BigNumber, Fraction or real Complex; undefined otherwise. */
function readScalar(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const v = value as Record<string, unknown>;
  if (typeof v.isBigNumber === 'boolean' && v.isBigNumber && typeof v.toNumber === 'function') {
    return (v.toNumber as () => number).call(value);
  }
  if (v.isFraction === true || (typeof v.n !== 'undefined' && typeof v.d !== 'undefined' && typeof v.s !== 'undefined')) {
    return Number((value as { valueOf(): unknown }).valueOf());
  }
  if (typeof v.re === 'number' && typeof v.im === 'number') {
    // A complex result with a real value (e.g. from sqrt of a positive number) is fine.
    if (v.im === 0 || Math.abs(v.im) <= 1e-12 * Math.max(1, Math.abs(v.re))) return v.re;
    throw new ReadFailure('complex');
  }
  return undefined;
}

/** Where two numeric values first differ, or undefined when they agree. */
export type Mismatch =
  | { readonly kind: 'shape'; readonly expected: readonly number[]; readonly got: readonly number[] }
  | { readonly kind: 'entry'; readonly index: readonly number[]; readonly expected: number; readonly got: number };

/** Compares entry by entry with `agrees(got, expected)`, ignoring dimensions of length 1 (see `squeezeSingle`). */
export function compareNumeric(got: Numeric, expected: Numeric, agrees: (got: number, expected: number) => boolean): Mismatch | undefined {
  const g = squeezeSingle(got);
  const e = squeezeSingle(expected);
  if (g.shape.length !== e.shape.length || g.shape.some((n, i) => n !== e.shape[i])) {
    return { kind: 'shape', expected: e.shape, got: g.shape };
  }
  for (let k = 0; k < e.data.length; k++) {
    if (!agrees(g.data[k], e.data[k])) {
      return { kind: 'entry', index: unflatten(k, e.shape), expected: e.data[k], got: g.data[k] };
    }
  }
  return undefined;
}

/**
 * Drops dimensions of length 1, so a 1×n row, an n×1 column and an n-vector compare as the
 * same vector (the entries keep their order), and a 1-entry value as the scalar it holds.
 */
function squeezeSingle(v: Numeric): Numeric {
  return { shape: v.shape.filter((n) => n !== 1), data: v.data };
}

/** 1-based index of the k-th entry in row-major order, as the cell language counts. */
function unflatten(k: number, shape: readonly number[]): number[] {
  const index: number[] = [];
  let rest = k;
  for (let d = shape.length - 1; d >= 0; d--) {
    index.unshift((rest % shape[d]) + 1);
    rest = Math.floor(rest / shape[d]);
  }
  return index;
}
