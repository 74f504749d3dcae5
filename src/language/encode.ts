/**
 * The JSON value encoding shared by `application/json` outputs and `actlab --json`. A reader
 * can always tell what a value was:
 * - finite numbers as JSON numbers (JavaScript's shortest round-trip form); NaN, ±Infinity
 *   and −0 as the strings "NaN", "Infinity", "-Infinity", "-0" (the only bare strings);
 * - vectors as arrays, matrices as arrays of rows; booleans as themselves; null;
 * - complex numbers as `{"re", "im"}`;
 * - everything else as an object with one key naming its kind: `{"string": "NaN"}` for the
 *   cell's own text, `{"function": "sigmoid"}`, `{"plot": {…}}`, `{"experiment": {…}}`,
 *   `{"unit": {"value", "unit"}}`, `{"object": {…}}` for a record such as maxout's result,
 *   `{"tooLarge": {…}}` for a value too large to send, `{"other": "…"}` for the rest.
 * Display text never stands in for a value.
 */
import { functionLabel } from './functionTags';
import { isRichValue } from './rich';
import { asArray } from './values';

export type JsonValue = number | string | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** Above this many entries a vector or matrix is sent as `{"tooLarge": …}`: parsing it would cost the receiver hundreds of MB. */
export const MAX_JSON_ENTRIES = 1_000_000;
/** Above this many characters a text is sent as `{"tooLarge": …}`. */
export const MAX_JSON_CHARS = 1_000_000;

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

/**
 * Inverse of the encoding for numbers, texts, booleans, vectors and matrices; other tagged
 * forms (functions, plots, …) come back as they are, since they stand for no JSON value.
 */
export function decodeValue(x: JsonValue): unknown {
  if (typeof x === 'number' || typeof x === 'string') return decodeNumber(x);
  if (typeof x === 'boolean' || x === null) return x;
  if (Array.isArray(x)) return x.map(decodeValue);
  const keys = Object.keys(x);
  if (keys.length === 1 && keys[0] === 'string' && typeof x.string === 'string') return x.string;
  return x;
}

function countEntries(value: readonly unknown[]): number {
  let n = 0;
  for (const x of value) n += Array.isArray(x) ? countEntries(x) : 1;
  return n;
}

function shapeOf(value: readonly unknown[]): number[] {
  const dims: number[] = [];
  let level: unknown = value;
  while (Array.isArray(level)) {
    dims.push(level.length);
    level = level[0];
  }
  return dims;
}

export function encodeValue(value: unknown): JsonValue {
  if (typeof value === 'number') return encodeNumber(value);
  if (typeof value === 'boolean') return value;
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value.length > MAX_JSON_CHARS ? { tooLarge: { characters: value.length } } : { string: value };
  if (typeof value === 'function') return { function: functionLabel(value) };
  if (isRichValue(value)) return { [value.richKind]: value.toJson?.() ?? {} };
  if (value instanceof Float64Array) return Array.from(value, encodeNumber);
  const arr = asArray(value);
  if (arr !== undefined) {
    const entries = countEntries(arr);
    return entries > MAX_JSON_ENTRIES ? { tooLarge: { size: shapeOf(arr), entries } } : arr.map(encodeValue);
  }
  const v = value as Record<string, unknown> & {
    isBigNumber?: boolean;
    isFraction?: boolean;
    isComplex?: boolean;
    isUnit?: boolean;
    re?: number;
    im?: number;
    toNumber?: (unit?: string) => number;
    formatUnits?: () => string;
  };
  if (v.isBigNumber === true && typeof v.toNumber === 'function') return encodeNumber(v.toNumber());
  if (v.isFraction === true) return encodeNumber(Number(v.valueOf()));
  if (v.isComplex === true) return { re: encodeNumber(v.re ?? NaN), im: encodeNumber(v.im ?? NaN) };
  if (v.isUnit === true && typeof v.formatUnits === 'function' && typeof v.toNumber === 'function') {
    const unit = v.formatUnits();
    return { unit: { value: encodeNumber(unit === '' ? Number(v.value) : v.toNumber(unit)), unit } };
  }
  if (Object.getPrototypeOf(value) === Object.prototype) {
    return { object: Object.fromEntries(Object.entries(v).map(([k, x]) => [k, encodeValue(x)])) };
  }
  const type = (value as { type?: unknown }).type;
  return { other: typeof type === 'string' ? type : typeof value };
}
