/**
 * Arithmetic on the ends of a range that stays finite however far apart the ends are. Two
 * finite doubles can be more than the largest double apart (−1e308 and 1e308), so `b − a`,
 * `(a + b) / 2` and `a + (b − a)·t` overflow to Infinity there; these work on halves instead,
 * which never overflow, and fall back to the plain forms (exact to the last bit) otherwise.
 */

/** The point a fraction `t` of the way from `a` to `b`, kept between them. */
export function lerp(a: number, b: number, t: number): number {
  const direct = a + (b - a) * t;
  const x = Number.isFinite(direct) ? direct : 2 * (a / 2 + (b / 2 - a / 2) * t);
  return Math.min(Math.max(x, Math.min(a, b)), Math.max(a, b));
}

/** Halfway between `a` and `b`. */
export function midpoint(a: number, b: number): number {
  const sum = a + b;
  return Number.isFinite(sum) ? sum / 2 : a / 2 + b / 2;
}

/** Where `v` lies on the range from `a` to `b`: 0 at `a`, 1 at `b` (finite for finite inputs). */
export function fraction(v: number, a: number, b: number): number {
  const offset = v - a;
  const width = b - a;
  if (Number.isFinite(offset) && Number.isFinite(width)) return offset / width;
  return (v / 2 - a / 2) / (b / 2 - a / 2);
}

/** Largest width a range may have and still be measured: the largest double, with room to pad. */
export const MAX_WIDTH = Number.MAX_VALUE * 0.9;

/**
 * [lo, hi] itself when `hi − lo` is a finite number, otherwise the range of width `MAX_WIDTH`
 * around its middle: a view of values that span more than any double can measure.
 */
export function measurableRange(lo: number, hi: number): [number, number] {
  if (Number.isFinite(hi - lo)) return [lo, hi];
  const centre = midpoint(lo, hi);
  return [centre - MAX_WIDTH / 2, centre + MAX_WIDTH / 2];
}
