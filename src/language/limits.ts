/**
 * Size guards for the functions that allocate whole matrices, lists or texts from a few
 * numbers. Without them `zeros(1e5, 1e5)` would grind for half a minute before the engine's
 * memory cap stops it, and `0:1/0` would grow an array until V8 aborts; with them the
 * learner gets an immediate, specific answer. Every numeric argument that decides a size is
 * read the way mathjs reads it — numbers, BigNumbers, fractions, booleans, numeric text,
 * units for ranges — and must be finite. The memory cap remains the backstop for everything
 * else (repeated concatenation, products of large matrices, growing a matrix by assignment).
 */
import { argumentError, LanguageError } from './errors';
import { describe } from './values';

/** Largest number of elements one call may create: 2·10⁷ doubles ≈ 160 MB. */
export const MAX_ELEMENTS = 2e7;
/** Most digits `format` may be asked for; a double has 17 significant ones. */
export const MAX_FORMAT_PRECISION = 1000;

interface NumberLike {
  isBigNumber?: boolean;
  isFraction?: boolean;
  isUnit?: boolean;
  value?: unknown;
  toNumber?: () => number;
  valueOf(): unknown;
}

/**
 * A numeric argument as a plain finite number, the way mathjs would convert it, or a clear
 * `ArgumentError` naming the function and the argument. Units are refused: a size has none.
 */
export function sizeArgument(fn: string, what: string, value: unknown): number {
  let n: number;
  if (typeof value === 'number') n = value;
  else if (typeof value === 'boolean') n = Number(value);
  else if (typeof value === 'string') {
    n = value.trim() === '' ? NaN : Number(value);
    if (Number.isNaN(n)) throw argumentError(fn, what, `must be a number, got ${describe(value)}`);
  } else if (typeof value === 'object' && value !== null && (value as NumberLike).isBigNumber === true && typeof (value as NumberLike).toNumber === 'function') {
    n = (value as NumberLike).toNumber!();
  } else if (typeof value === 'object' && value !== null && (value as NumberLike).isFraction === true) {
    n = Number((value as NumberLike).valueOf());
  } else {
    throw argumentError(fn, what, `must be a number, got ${describe(value)}`);
  }
  if (!Number.isFinite(n)) throw argumentError(fn, what, `must be a finite number, got ${n}`);
  return n;
}

/** Throws when a requested shape (numbers or a size vector) exceeds `MAX_ELEMENTS`. */
export function checkShape(fn: string, dims: readonly unknown[]): void {
  let count = 1;
  for (const d of dims) count *= Math.max(0, Math.floor(sizeArgument(fn, 'each size', d)));
  if (count > MAX_ELEMENTS) throw tooLarge(fn, count);
}

/** Throws unless `count` elements (already known) are within `MAX_ELEMENTS`. */
export function checkCount(fn: string, count: number): void {
  if (!(count <= MAX_ELEMENTS)) throw tooLarge(fn, count);
}

/**
 * The arguments of `range` (and of `a:b`, `a:step:b`): `(start, end)`, `(start, end, step)`,
 * `(start, end, includeEnd)`, `(start, end, step, includeEnd)` or one text `"a:b"`/`"a:s:b"`.
 * Throws unless every bound is finite, the step is not zero and the range has at most
 * `MAX_ELEMENTS` entries.
 */
export function checkRange(args: readonly unknown[]): void {
  let parts: readonly unknown[] = args;
  if (typeof args[0] === 'string' && args.length <= 2 && args[0].includes(':')) {
    const text = args[0].split(':');
    parts = text.length === 3 ? [text[0], text[2], text[1]] : text;
  }
  const [startArg, endArg] = parts;
  const stepArg = typeof parts[2] === 'boolean' || parts[2] === undefined ? 1 : parts[2];
  // A range of quantities (`range(1 cm, 5 cm, 1 cm)`) counts in their common base unit;
  // without a unit step mathjs refuses it by itself.
  if ([startArg, endArg].some(isUnit) && !isUnit(stepArg)) return;
  const read = (v: unknown, what: string): number => (isUnit(v) ? unitValue(v, what) : sizeArgument('range', what, v));
  const start = read(startArg, 'start');
  const end = read(endArg, 'end');
  const step = read(stepArg, 'step');
  if (step === 0) throw argumentError('range', 'step', 'must not be zero');
  const count = Math.floor((end - start) / step) + 1;
  checkCount('range', count);
}

function isUnit(v: unknown): boolean {
  return typeof v === 'object' && v !== null && (v as NumberLike).isUnit === true;
}

function unitValue(v: unknown, what: string): number {
  const n = Number((v as NumberLike).value);
  if (!Number.isFinite(n)) throw argumentError('range', what, `must be a finite quantity, got ${describe(v)}`);
  return n;
}

/** `pickRandom(list, n)` or `pickRandom(list, {number: n})`: at most `MAX_ELEMENTS` picks. */
export function checkPicks(args: readonly unknown[]): void {
  const second = args[1];
  const picks =
    typeof second === 'object' && second !== null && !Array.isArray(second) && 'number' in second
      ? (second as { number: unknown }).number
      : typeof second === 'number' || typeof second === 'string'
        ? second
        : undefined;
  if (picks !== undefined) checkCount('pickRandom', Math.floor(sizeArgument('pickRandom', 'number', picks)));
}

/** `format(x, precision)` or `format(x, {precision, …})`: a bounded number of digits. */
export function checkFormat(args: readonly unknown[]): void {
  const options = args[1];
  const precision =
    typeof options === 'object' && options !== null && !Array.isArray(options) ? (options as { precision?: unknown }).precision : typeof options === 'function' ? undefined : options;
  if (precision === undefined) return;
  const p = sizeArgument('format', 'precision', precision);
  if (p > MAX_FORMAT_PRECISION) throw argumentError('format', 'precision', `must be at most ${MAX_FORMAT_PRECISION} digits, got ${p}`);
}

function tooLarge(fn: string, count: number): LanguageError {
  const amount = Number.isFinite(count) ? count.toExponential(2) : 'infinitely many';
  return new LanguageError('TooLarge', `${fn}: that would create ${amount} elements; the limit is ${MAX_ELEMENTS.toExponential(0)}. Try a smaller size.`);
}

/**
 * Flattens the arguments of `zeros`/`ones`/… into the dimensions they ask for, leaving out
 * the storage format (`"dense"`, `"sparse"`) those functions accept last.
 */
export function dimsOf(args: readonly unknown[]): unknown[] {
  const out: unknown[] = [];
  for (const a of args) {
    if (Array.isArray(a)) out.push(...a.flat(Infinity));
    else if (a !== null && typeof a === 'object' && typeof (a as { toArray?: unknown }).toArray === 'function') {
      out.push(...((a as { toArray(): unknown[] }).toArray().flat(Infinity)));
    } else if (a !== 'dense' && a !== 'sparse') out.push(a);
  }
  return out;
}
