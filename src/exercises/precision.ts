/**
 * The precision of value answers. An answer passes when it lies within half a unit of the
 * last digit the exercise's precision keeps — so typing what the kit displays (6
 * significant digits by default) passes, and a value visibly off at that precision fails.
 * A hair of slack (a few ulps) absorbs the rounding of the reference itself.
 */
import { t } from './messages';
import type { LocalisedText, Precision } from './types';

/** Half a unit of the last kept digit, for a reference value. */
export function halfUnit(reference: number, precision: Precision): number {
  if ('decimals' in precision) return 0.5 * 10 ** -precision.decimals;
  if (reference === 0 || !Number.isFinite(reference)) return 0.5 * 10 ** -precision.significant;
  const exponent = Math.floor(Math.log10(Math.abs(reference)));
  return 0.5 * 10 ** (exponent - precision.significant + 1);
}

/** Whether `got` agrees with `expected` at the precision. */
export function agreesAt(got: number, expected: number, precision: Precision): boolean {
  if (Number.isNaN(expected)) return Number.isNaN(got);
  if (!Number.isFinite(expected) || !Number.isFinite(got)) return got === expected;
  const slack = 8 * Number.EPSILON * Math.max(Math.abs(expected), Math.abs(got));
  return Math.abs(got - expected) <= halfUnit(expected, precision) * (1 + 1e-9) + slack;
}

/** "to 6 significant digits" / "to 3 decimal places", for verdicts. */
export function precisionText(precision: Precision): LocalisedText {
  if ('decimals' in precision) {
    const n = precision.decimals;
    return t(`to ${n} decimal place${n === 1 ? '' : 's'}`, `到小数点后 ${n} 位`);
  }
  return t(`to ${precision.significant} significant digits`, `到 ${precision.significant} 位有效数字`);
}
