/**
 * Readable renderings of a value: `text/plain` at the requested number of significant
 * digits and a markdown table for matrices, plus the display limits and helpers the value
 * view (`valueView.ts`) shares. `outputs.ts` assembles them into output items.
 */
import { functionLabel, functionTag } from './functionTags';
import { asArray } from './values';

/**
 * A number with `precision` significant digits, without trailing zeros:
 * formatNumber(0.7310585786300049, 4) = "0.7311", formatNumber(1e21, 4) = "1e+21".
 */
export function formatNumber(x: number, precision: number): string {
  if (Number.isNaN(x)) return 'NaN';
  if (x === Infinity) return 'Infinity';
  if (x === -Infinity) return '-Infinity';
  if (x === 0) return Object.is(x, -0) ? '-0' : '0';
  const p = Number.isFinite(precision) ? Math.min(100, Math.max(1, Math.round(precision))) : 6;
  const abs = Math.abs(x);
  if (abs >= 1e-5 && abs < 1e15) {
    const s = x.toPrecision(p);
    if (!s.includes('e')) return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
  }
  const [mantissa, exponent] = x.toExponential(p - 1).split('e');
  const m = mantissa.includes('.') ? mantissa.replace(/\.?0+$/, '') : mantissa;
  return `${m}e${exponent}`;
}

/** Any scalar-like value as text. */
export function formatScalar(value: unknown, precision: number): string {
  if (typeof value === 'number') return formatNumber(value, precision);
  if (typeof value === 'string') return formatText(value);
  if (typeof value === 'boolean' || value === null || value === undefined) return String(value);
  if (typeof value === 'function') return describeFunction(value);
  const v = value as { isBigNumber?: boolean; isFraction?: boolean; toNumber?: () => number };
  if (v.isBigNumber === true && typeof v.toNumber === 'function') return formatNumber(v.toNumber(), precision);
  const arr = asArray(value);
  if (arr !== undefined) return formatArray(arr, precision);
  if (Object.getPrototypeOf(value) === Object.prototype) {
    const fields = Object.entries(value as Record<string, unknown>).map(([k, x]) => `${k}: ${formatScalar(x, precision)}`);
    return `{${fields.join(', ')}}`;
  }
  return String(value);
}

/** Longer texts show their beginning and their length, like long vectors. */
export const MAX_TEXT_CHARS = 10_000;

/** A text value in quotes; a long one cut after `MAX_TEXT_CHARS` characters. */
function formatText(text: string): string {
  if (text.length <= MAX_TEXT_CHARS) return JSON.stringify(text);
  return `${JSON.stringify(text.slice(0, MAX_TEXT_CHARS)).slice(0, -1)}…" (${text.length} characters)`;
}

/** `sigmoid`, `sigmoid'`, `f` … with a word on what kind of function it is. */
export function describeFunction(fn: unknown): string {
  const tag = functionTag(fn);
  const label = functionLabel(fn);
  if (tag?.kind === 'learner') return `${label}(${tag.params.join(', ')})`;
  return `function ${label}`;
}

/** A non-empty array of rows none of which holds an array. */
export function isMatrix2D(arr: unknown[]): arr is unknown[][] {
  return arr.length > 0 && arr.every((row) => Array.isArray(row) && !row.some(Array.isArray));
}

/** Display limits: longer vectors and bigger matrices show their ends around an ellipsis. */
export const MAX_ITEMS = 60;
export const MAX_ROWS = 30;
export const MAX_COLUMNS = 12;

/** The first and last entries of a long list, with `gap` standing for the rest. */
export function elide<T>(items: readonly T[], max: number, gap: T): T[] {
  if (items.length <= max) return [...items];
  const head = Math.ceil((max - 1) / 2);
  const tail = max - 1 - head;
  return [...items.slice(0, head), gap, ...items.slice(items.length - tail)];
}

/** 0, 1, …, n − 1. */
export function indices(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

/** Vectors on one line; matrices as rows with columns aligned. */
function formatArray(arr: unknown[], precision: number): string {
  if (!isMatrix2D(arr)) {
    const shown = elide(indices(arr.length), MAX_ITEMS, -1).map((i) => (i < 0 ? '…' : formatScalar(arr[i], precision)));
    return `[${shown.join(', ')}]` + (arr.length > MAX_ITEMS ? ` (${arr.length} entries)` : '');
  }
  const columns = Math.max(...arr.map((r) => r.length));
  const colIdx = elide(indices(columns), MAX_COLUMNS, -1);
  const cells = elide(indices(arr.length), MAX_ROWS, -1).map((i) =>
    colIdx.map((j) => (i < 0 ? '⋮' : j < 0 ? '…' : j < arr[i].length ? formatScalar(arr[i][j], precision) : '')),
  );
  const widths: number[] = [];
  for (const row of cells) row.forEach((c, j) => (widths[j] = Math.max(widths[j] ?? 0, c.length)));
  const lines = cells.map((row) => row.map((c, j) => c.padStart(widths[j])).join(', '));
  const text = lines.map((l, i) => `${i === 0 ? '[[' : ' ['}${l}]${i === lines.length - 1 ? ']' : ','}`).join('\n');
  const big = arr.length > MAX_ROWS || columns > MAX_COLUMNS;
  return big ? `${text}\n(${arr.length}×${columns} matrix)` : text;
}

export function formatValue(value: unknown, options: { readonly precision: number }): string {
  return formatScalar(value, options.precision);
}

/** A markdown table with 1-based row and column headers. */
export function markdownTable(rows: readonly unknown[][], precision: number): string {
  const n = Math.max(...rows.map((r) => r.length));
  const columns = elide(Array.from({ length: n }, (_, j) => j), MAX_COLUMNS, -1);
  const rowIndices = elide(Array.from({ length: rows.length }, (_, i) => i), MAX_ROWS, -1);
  const header = `|   | ${columns.map((j) => (j < 0 ? '…' : String(j + 1))).join(' | ')} |`;
  const rule = `|---|${'---:|'.repeat(columns.length)}`;
  const body = rowIndices.map((i) =>
    i < 0
      ? `| ⋮ | ${columns.map(() => '⋮').join(' | ')} |`
      : `| **${i + 1}** | ${columns.map((j) => (j < 0 ? '…' : formatScalar(rows[i][j], precision))).join(' | ')} |`,
  );
  return [header, rule, ...body].join('\n');
}
