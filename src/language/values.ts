/**
 * Conversions between mathjs values (numbers, arrays, `Matrix` objects, BigNumber,
 * Fraction) and the plain numbers and Float64Arrays the core works on. Every failure is a
 * clear `ArgumentError` naming the function and the argument.
 */
import { argumentError } from './errors';

/** The part of a mathjs `Matrix` this module relies on. */
export interface MatrixLike {
  readonly isMatrix: true;
  toArray(): unknown[];
  size(): number[];
}

export function isMatrix(value: unknown): value is MatrixLike {
  return typeof value === 'object' && value !== null && (value as { isMatrix?: unknown }).isMatrix === true;
}

/** Nested plain arrays of a matrix or array value, or undefined for anything else. */
export function asArray(value: unknown): unknown[] | undefined {
  if (Array.isArray(value)) return value;
  if (isMatrix(value)) return value.toArray();
  return undefined;
}

/** A real number from a number, BigNumber or Fraction. */
export function toNumber(value: unknown, fn: string, arg: string): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'object' && value !== null) {
    const v = value as { isBigNumber?: boolean; isFraction?: boolean; toNumber?: () => number; valueOf(): unknown };
    if (v.isBigNumber === true && typeof v.toNumber === 'function') return v.toNumber();
    if (v.isFraction === true) return Number(v.valueOf());
  }
  throw argumentError(fn, arg, `must be a number, got ${describe(value)}`);
}

/** A vector: a 1-D array or matrix, or a single row or column of a 2-D one. */
export function toVector(value: unknown, fn: string, arg: string): Float64Array {
  const arr = asArray(value);
  if (arr === undefined) throw argumentError(fn, arg, `must be a vector such as [1, 2, 3], got ${describe(value)}`);
  let flat: unknown[] = arr;
  if (arr.length > 0 && Array.isArray(arr[0])) {
    const rows = arr as unknown[][];
    if (rows.length === 1) flat = rows[0];
    else if (rows.every((r) => Array.isArray(r) && r.length === 1)) flat = rows.map((r) => r[0]);
    else throw argumentError(fn, arg, `must be a vector, got a ${rows.length}×${rows[0].length} matrix`);
  }
  const out = new Float64Array(flat.length);
  for (let i = 0; i < flat.length; i++) out[i] = toNumber(flat[i], fn, `${arg}[${i + 1}]`);
  return out;
}

/** A matrix as rows of numbers. */
export function toRows(value: unknown, fn: string, arg: string): number[][] {
  const arr = asArray(value);
  if (arr === undefined || arr.length === 0 || !Array.isArray(arr[0])) {
    throw argumentError(fn, arg, `must be a matrix such as [1, 2; 3, 4], got ${describe(value)}`);
  }
  return (arr as unknown[][]).map((row, i) => {
    if (!Array.isArray(row)) throw argumentError(fn, arg, 'must be a matrix with rows of equal length');
    return row.map((x, j) => toNumber(x, fn, `${arg}[${i + 1}, ${j + 1}]`));
  });
}

/** Applies `f` to every number of a nested array, keeping its shape. */
export function mapNested(value: unknown[], f: (x: number) => number, fn: string, arg: string): unknown[] {
  return value.map((x) => (Array.isArray(x) ? mapNested(x, f, fn, arg) : f(toNumber(x, fn, arg))));
}

/** A short description of a value's kind, for error messages. */
export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'string') return `the text "${value.length > 20 ? value.slice(0, 20) + '…' : value}"`;
  if (typeof value === 'boolean') return `the boolean ${value}`;
  if (typeof value === 'number') return `the number ${value}`;
  const arr = asArray(value);
  if (arr !== undefined) {
    return Array.isArray(arr[0]) ? `a ${arr.length}×${(arr[0] as unknown[]).length} matrix` : `a vector of length ${arr.length}`;
  }
  const t = (value as { type?: unknown }).type;
  return typeof t === 'string' ? `a ${t}` : 'an object';
}
