/** Number and shape wording for verdicts, in both display languages. */
import type { LocalisedText } from './types';

/** A number as a learner reads it: 5 significant digits (or `digits`), a real minus sign, ∞ for infinities. */
export function formatNumber(n: number, digits = 5): string {
  if (Number.isNaN(n)) return 'NaN';
  if (n === Infinity) return '∞';
  if (n === -Infinity) return '−∞';
  if (n === 0) return Object.is(n, -0) ? '−0' : '0';
  const a = Math.abs(n);
  const text =
    a >= 1e-4 && a < 1e6
      ? String(Number(n.toPrecision(digits)))
      : n.toExponential(digits - 1).replace(/\.?0+e/, 'e').replace('e+', 'e');
  return text.replace(/-/g, '−');
}

/**
 * A learner's own number with every digit it has (the shortest form that reads back as the
 * same double), so a verdict never shows fewer digits than were typed.
 */
export function formatExact(n: number): string {
  if (!Number.isFinite(n) || n === 0) return formatNumber(n);
  return String(n).replace('e+', 'e').replace(/-/g, '−');
}

/** Two different numbers with just enough digits (at least 5) to tell them apart. */
export function formatDistinct(a: number, b: number): [string, string] {
  for (let digits = 5; digits < 17; digits++) {
    const x = formatNumber(a, digits);
    const y = formatNumber(b, digits);
    if (x !== y) return [x, y];
  }
  return [formatExact(a), formatExact(b)];
}

/** `[1, −2.5, 3]` */
export function formatVector(v: readonly number[]): string {
  return `[${v.map((x) => formatNumber(x)).join(', ')}]`;
}

/** `(2, 1)` for a 1-based index; empty for a scalar. */
export function formatIndex(index: readonly number[]): string {
  return index.length === 0 ? '' : `(${index.join(', ')})`;
}

export function describeShape(shape: readonly number[]): LocalisedText {
  if (shape.length === 0) return { en: 'a number', 'zh-cn': '一个数' };
  if (shape.length === 1) return { en: `a vector of ${shape[0]} entries`, 'zh-cn': `含 ${shape[0]} 个元素的向量` };
  const dims = shape.join('×');
  return { en: `a ${dims} ${shape.length === 2 ? 'matrix' : 'array'}`, 'zh-cn': `${dims} ${shape.length === 2 ? '矩阵' : '数组'}` };
}

/** Picks the learner's display language; anything that is not Chinese reads English. */
export function pick(text: LocalisedText, locale: string | undefined): string {
  return locale !== undefined && locale.toLowerCase().startsWith('zh') ? text['zh-cn'] : text.en;
}
