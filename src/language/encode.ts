/**
 * The JSON value encoding shared by `application/json` outputs and `actlab --json`:
 * finite numbers as JSON numbers (JavaScript's shortest round-trip form), the special
 * values as the strings "NaN", "Infinity", "-Infinity" and "-0", vectors as arrays,
 * matrices as arrays of rows, booleans and strings as themselves.
 */
import { functionLabel } from './functionTags';
import { asArray } from './values';

export type JsonValue = number | string | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export function encodeNumber(x: number): number | string {
  if (Number.isNaN(x)) return 'NaN';
  if (x === Infinity) return 'Infinity';
  if (x === -Infinity) return '-Infinity';
  if (Object.is(x, -0)) return '-0';
  return x;
}

/** Inverse of `encodeNumber`, for tests and tools reading the encoding back. */
export function decodeNumber(x: number | string): number {
  if (typeof x === 'number') return x;
  if (x === '-0') return -0;
  return Number(x);
}

export function encodeValue(value: unknown): JsonValue {
  if (typeof value === 'number') return encodeNumber(value);
  if (typeof value === 'boolean' || typeof value === 'string') return value;
  if (value === null || value === undefined) return null;
  if (typeof value === 'function') return { function: functionLabel(value) };
  const arr = asArray(value);
  if (arr !== undefined) return arr.map(encodeValue);
  if (value instanceof Float64Array) return Array.from(value, encodeNumber);
  const v = value as Record<string, unknown> & {
    isBigNumber?: boolean;
    isFraction?: boolean;
    isComplex?: boolean;
    re?: number;
    im?: number;
    toNumber?: () => number;
  };
  if (v.isBigNumber === true && typeof v.toNumber === 'function') return encodeNumber(v.toNumber());
  if (v.isFraction === true) return encodeNumber(Number(v.valueOf()));
  if (v.isComplex === true) return { re: encodeNumber(v.re ?? NaN), im: encodeNumber(v.im ?? NaN) };
  if (Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, encodeValue(x)]));
  }
  return String(value);
}
