/**
 * Axis ticks at "nice" numbers (1, 2 or 5 times a power of ten), and decade ticks for
 * logarithmic axes.
 *
 * Example: `niceTicks(-6, 6, 7)` → [-6, -4, -2, 0, 2, 4, 6].
 */

/**
 * The nice step for a span divided into about `count` parts:
 * step = m·10ᵏ with m ∈ {1, 2, 5, 10}, the smallest such that span/step ≤ count.
 * An infinite or non-positive span has no step (NaN).
 */
export function niceStep(span: number, count: number): number {
  if (!(span > 0) || !Number.isFinite(span)) return NaN;
  return stepAbove(span / Math.max(1, count));
}

/** The smallest m·10ᵏ (m ∈ {1, 2, 5, 10}) not below `raw`. */
function stepAbove(raw: number): number {
  const power = Math.pow(10, Math.floor(Math.log10(raw)));
  for (const m of [1, 2, 5, 10]) {
    if (m * power >= raw * (1 - 1e-9)) return m * power;
  }
  return 10 * power;
}

/**
 * Ticks inside [lo, hi], multiples of the nice step; values rounded so `0.1*3` prints as 0.3.
 * Any finite range works, even one wider than the largest double (−1e308…1e308): the step is
 * found from the ends divided first, and there are never more than a few ticks per part.
 */
export function niceTicks(lo: number, hi: number, count = 6): number[] {
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return [];
  if (!(hi > lo)) return [lo];
  const parts = Math.max(1, count);
  // hi/parts − lo/parts is the span/parts of `niceStep`, without computing the span itself.
  const step = stepAbove(hi / parts - lo / parts);
  const first = Math.ceil(lo / step - 1e-9);
  const last = Math.floor(hi / step + 1e-9);
  // A step of Infinity (ends near ±1.8e308) or a rounding surprise: show the ends alone.
  if (!Number.isFinite(step) || !(last - first <= 2 * parts + 2)) return [lo, hi];
  const digits = -Math.floor(Math.log10(step)) + 1;
  const ticks: number[] = [];
  for (let k = first; k <= last; k++) {
    const raw = k * step;
    // toFixed rounds away float noise; below 1e-20 it would round everything to 0.
    const t = digits <= 0 ? raw : digits <= 20 ? Number(raw.toFixed(digits)) : Number(raw.toPrecision(12));
    ticks.push(Object.is(t, -0) ? 0 : t);
  }
  return ticks;
}

/** Powers of ten covering [lo, hi] (both > 0), thinned to about `count` labels. */
export function logTicks(lo: number, hi: number, count = 6): number[] {
  if (!(lo > 0) || !(hi >= lo)) return [];
  const a = Math.floor(Math.log10(lo) + 1e-9);
  const b = Math.ceil(Math.log10(hi) - 1e-9);
  const every = Math.max(1, Math.ceil((b - a + 1) / count));
  const ticks: number[] = [];
  for (let k = a; k <= b; k++) {
    if ((k - a) % every === 0) ticks.push(Math.pow(10, k));
  }
  return ticks;
}

/** A short label for a tick: plain for ordinary magnitudes, 1e-8 style otherwise. */
export function formatTick(value: number): string {
  if (value === 0) return '0';
  const a = Math.abs(value);
  if (a >= 1e-3 && a < 1e5) return String(Number(value.toPrecision(6)));
  const [mant, exp] = value.toExponential().split('e');
  return `${Number(Number(mant).toPrecision(3))}e${Number(exp)}`;
}
