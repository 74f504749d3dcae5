/**
 * The `application/vnd.actlab.value+json` data of a value (`ValueView`): what the kit's
 * value renderer needs to show it readably — numbers at the run's precision with their
 * full-precision form for a tooltip, vectors entry by entry, matrices cell by cell with
 * the same elision as `text/plain`. A renderer receives only its own item, so the
 * full-precision strings travel here too.
 */
import { elide, formatScalar, formatValue, indices, isMatrix2D, MAX_COLUMNS, MAX_ITEMS, MAX_ROWS } from './format';
import type { RunOptions, ValueView } from './types';
import { asArray } from './values';

interface NumberLike {
  isBigNumber?: boolean;
  isFraction?: boolean;
  isComplex?: boolean;
  valueOf(): unknown;
  toString(): string;
}

/** Numbers, BigNumbers, Fractions and complex numbers: the values shown as one number. */
function isNumeric(value: unknown): boolean {
  if (typeof value === 'number') return true;
  if (typeof value !== 'object' || value === null) return false;
  const v = value as NumberLike;
  return v.isBigNumber === true || v.isFraction === true || v.isComplex === true;
}

/**
 * An entry at full precision: JavaScript's shortest round-trip form for a double
 * (0.7310585786300049, "-0" for negative zero), every stored digit of a BigNumber, and the
 * precision-limited text for anything else (strings, booleans, complex numbers).
 */
export function fullText(value: unknown, precision: number): string {
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  if (typeof value === 'object' && value !== null) {
    const v = value as NumberLike;
    if (v.isBigNumber === true) return v.toString();
    if (v.isFraction === true) return fullText(Number(v.valueOf()), precision);
  }
  return formatScalar(value, precision);
}

/** The value view of one plain value (not a rich value: plots and reports have their own). */
export function valueView(value: unknown, options: RunOptions): ValueView {
  const p = options.precision;
  const locale = options.locale === undefined ? {} : { locale: options.locale };
  const text = formatValue(value, options);
  if (isNumeric(value)) return { kind: 'scalar', text, full: fullText(value, p), ...locale };
  const arr = asArray(value);
  if (arr === undefined) return { kind: 'text', text, ...locale };
  if (isMatrix2D(arr)) {
    const columns = Math.max(...arr.map((r) => r.length));
    const colIdx = elide(indices(columns), MAX_COLUMNS, -1);
    const rowIdx = elide(indices(arr.length), MAX_ROWS, -1);
    const cell = (i: number, j: number, show: (x: unknown) => string): string =>
      i < 0 ? '⋮' : j < 0 ? '…' : j < arr[i].length ? show(arr[i][j]) : '';
    return {
      kind: 'matrix',
      text,
      rows: rowIdx.map((i) => colIdx.map((j) => cell(i, j, (x) => formatScalar(x, p)))),
      full: rowIdx.map((i) => colIdx.map((j) => (i < 0 || j < 0 ? '' : cell(i, j, (x) => fullText(x, p))))),
      rowLabels: rowIdx.map((i) => (i < 0 ? '⋮' : String(i + 1))),
      columnLabels: colIdx.map((j) => (j < 0 ? '…' : String(j + 1))),
      size: [arr.length, columns],
      ...locale,
    };
  }
  // Deeper or ragged nesting has no table form; its text says everything.
  if (arr.some(Array.isArray)) return { kind: 'text', text, ...locale };
  const shown = elide(indices(arr.length), MAX_ITEMS, -1);
  return {
    kind: 'vector',
    text,
    items: shown.map((i) => (i < 0 ? '…' : formatScalar(arr[i], p))),
    full: shown.map((i) => (i < 0 ? '' : fullText(arr[i], p))),
    length: arr.length,
    ...locale,
  };
}
