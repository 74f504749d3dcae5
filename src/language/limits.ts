/**
 * Size guards for the functions that allocate whole matrices from a few numbers. Without
 * them `zeros(1e5, 1e5)` would grind for half a minute before the engine's memory cap stops
 * it; with them the learner gets an immediate, specific answer. The memory cap remains the
 * backstop for everything else (repeated concatenation, products of large matrices).
 */
import { LanguageError } from './errors';

/** Largest number of elements one call may create: 2·10⁷ doubles ≈ 160 MB. */
export const MAX_ELEMENTS = 2e7;

/** Throws when a requested shape (numbers or a size vector) exceeds `MAX_ELEMENTS`. */
export function checkShape(fn: string, dims: readonly unknown[]): void {
  let count = 1;
  for (const d of dims) {
    const n = typeof d === 'number' ? d : Number(d);
    if (!Number.isFinite(n)) return; // mathjs reports non-numeric sizes itself
    count *= Math.max(0, Math.floor(n));
  }
  if (count > MAX_ELEMENTS) throw tooLarge(fn, count);
}

/** Throws when `start:step:end` would have more than `MAX_ELEMENTS` entries. */
export function checkRange(start: unknown, end: unknown, step: unknown = 1): void {
  const [a, b, s] = [Number(start), Number(end), Number(step)];
  if (![a, b, s].every(Number.isFinite) || s === 0) return;
  const count = Math.floor((b - a) / s) + 1;
  if (count > MAX_ELEMENTS) throw tooLarge('range', count);
}

function tooLarge(fn: string, count: number): LanguageError {
  return new LanguageError(
    'TooLarge',
    `${fn}: that would create ${count.toExponential(2)} elements; the limit is ${MAX_ELEMENTS.toExponential(0)}. Try a smaller size.`,
  );
}

/** Flattens the arguments of `zeros`/`ones`/… into plain dimension numbers. */
export function dimsOf(args: readonly unknown[]): unknown[] {
  const out: unknown[] = [];
  for (const a of args) {
    if (Array.isArray(a)) out.push(...a.flat(Infinity));
    else if (a !== null && typeof a === 'object' && typeof (a as { toArray?: unknown }).toArray === 'function') {
      out.push(...((a as { toArray(): unknown[] }).toArray().flat(Infinity)));
    } else if (typeof a !== 'string') out.push(a);
  }
  return out;
}
