/**
 * Saturation of an activation: the tails on which its gradient all but vanishes.
 *
 * f saturates on a tail when |f′(x)| < 0.01 for every x beyond some point: (−∞, a] on the
 * left, [b, ∞) on the right. A zero crossing of f′ in the interior (the minimum of Swish,
 * Mish, GELU) is not saturation: the gradient is small near one point only and grows again
 * on both sides of it. Neither is an interior dead zone such as softshrink's [−λ, λ].
 * ReLU's negative half (f′ = 0 exactly) is a saturated tail by this rule, like the registry
 * says (`meta.saturates: 'negative'`).
 *
 * The one definition behind the plot shading, the plots' text and the hover cards'
 * facts (scripts/render-math.mjs loads this file).
 */

import { lerp, midpoint } from './span';

/** Where the gradient through an activation all but vanishes. */
export const SATURATION_THRESHOLD = 0.01;

export interface TailOptions {
  /** |f′| below this counts as flat (default 0.01). */
  readonly threshold?: number;
  /** Half-width of the window searched; f′ is taken as flat beyond it when flat at its edge (default 60). */
  readonly limit?: number;
  /** Scan step before bisection (default 0.005; widened so a scan takes at most 24 000 steps). */
  readonly step?: number;
}

/**
 * Bisection of the edge between a flat point and a non-flat one, until the two can no longer
 * be told apart (a few dozen steps in a window of ±60, up to about 2100 in one of ±1e308).
 */
function edge(flat: (x: number) => boolean, a: number, b: number): number {
  const fa = flat(a);
  for (let i = 0; i < 2200; i++) {
    const m = midpoint(a, b);
    if (m <= Math.min(a, b) || m >= Math.max(a, b)) break;
    if (flat(m) === fa) a = m;
    else b = m;
  }
  const x = midpoint(a, b);
  return Math.abs(x) < 1e-9 ? 0 : x;
}

/**
 * The saturated tails of a function with derivative `df`: [−∞, a] when |f′| < t for all
 * x ≤ a, [b, ∞] when |f′| < t for all x ≥ b, or the single interval [−∞, ∞] when f′ is flat
 * everywhere (the step function). "All x" is checked on [−limit, limit] with a scan of
 * `step` and refined by bisection; beyond the window f′ is taken to stay as it is at the edge.
 * NaN counts as not flat. Example: sigmoid → [[−∞, −4.5848], [4.5848, ∞]], swish → [[−∞, −6.261]].
 */
export function saturatedTails(df: (x: number) => number, options: TailOptions = {}): [number, number][] {
  const threshold = options.threshold ?? SATURATION_THRESHOLD;
  const limit = options.limit ?? 60;
  const n = Math.min(24000, Math.ceil((limit / (options.step ?? 0.005)) * 2));
  const flat = (x: number): boolean => Math.abs(df(x)) < threshold;
  // lerp, because for a window out to ±1e308 the window's width is no finite number.
  const at = (i: number): number => (i === n ? limit : lerp(-limit, limit, i / n));

  const out: [number, number][] = [];
  let leftEnd = -1;
  if (flat(-limit)) {
    let i = 1;
    while (i <= n && flat(at(i))) i++;
    if (i > n) return [[-Infinity, Infinity]];
    leftEnd = i - 1;
    out.push([-Infinity, edge(flat, at(i - 1), at(i))]);
  }
  if (flat(limit)) {
    let i = n - 1;
    // The left scan proved that a non-flat point exists, so this stops before it.
    while (i > leftEnd + 1 && flat(at(i))) i--;
    out.push([edge(flat, at(i + 1), at(i)), Infinity]);
  }
  return out;
}

/** The tails clipped to a plotted range [xmin, xmax]; empty pieces are dropped. */
export function tailsInRange(tails: readonly (readonly [number, number])[], xmin: number, xmax: number): [number, number][] {
  const out: [number, number][] = [];
  for (const [a, b] of tails) {
    const lo = Math.max(a, xmin);
    const hi = Math.min(b, xmax);
    if (hi > lo) out.push([lo, hi]);
  }
  return out;
}

/** The saturated pieces of a registry function's plot over [xmin, xmax] (the window grows to cover the range). */
export function saturatedInRange(df: (x: number) => number, xmin: number, xmax: number, threshold = SATURATION_THRESHOLD): [number, number][] {
  const limit = Math.max(60, Math.abs(xmin), Math.abs(xmax));
  return tailsInRange(saturatedTails(df, { threshold, limit }), xmin, xmax);
}
