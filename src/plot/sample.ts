/**
 * Adaptive sampling of functions of one variable on one shared x grid.
 *
 * Starts from a uniform grid and bisects the intervals where some curve bends away from a
 * straight line, jumps, or turns finite/non-finite, so kinks (ReLU at 0) and edges of
 * gaps are sharp without sampling everything densely. The grid is shared by all curves so
 * the interactive renderer can draw them as aligned series.
 */

import { lerp, midpoint } from './span';

export interface SampleOptions {
  /** Points of the initial uniform grid (default 401). */
  readonly initial?: number;
  /** Upper bound on the number of points (default 2000). */
  readonly max?: number;
  /** Bisection passes (default 5). */
  readonly passes?: number;
  /** Relative deviation from linear interpolation that asks for a bisection (default 1e-4 of the y span). */
  readonly tolerance?: number;
}

export interface Samples {
  readonly x: number[];
  /** One array per function, raw values (NaN and ±Infinity kept). */
  readonly ys: number[][];
}

/** Evaluates `f`; a non-number result (e.g. a complex square root) becomes NaN, a gap. */
function safeCall(f: (x: number) => number, x: number): number {
  const y = f(x);
  return typeof y === 'number' ? y : NaN;
}

/** Span of the finite values (1 when there is none; at most the largest double). */
function finiteSpan(ys: readonly number[]): number {
  let lo = Infinity;
  let hi = -Infinity;
  for (const y of ys) {
    if (Number.isFinite(y)) {
      if (y < lo) lo = y;
      if (y > hi) hi = y;
    }
  }
  return hi > lo ? Math.min(hi - lo, Number.MAX_VALUE) : 1;
}

/**
 * Samples every function on one grid over [xmin, xmax].
 * Score of an interval [a, b] with midpoint m: max over curves of
 * |f(m) − (f(a)+f(b))/2| / span, or ∞ when finiteness differs among a, m, b.
 */
export function sampleFunctions(
  fs: readonly ((x: number) => number)[],
  xmin: number,
  xmax: number,
  options: SampleOptions = {},
): Samples {
  const initial = Math.max(2, options.initial ?? 401);
  const max = Math.max(initial, options.max ?? 2000);
  const passes = options.passes ?? 5;
  const tolerance = options.tolerance ?? 1e-4;
  let x: number[] = new Array(initial);
  // lerp and midpoint stay finite on ranges wider than the largest double (−1e308…1e308).
  for (let i = 0; i < initial; i++) x[i] = lerp(xmin, xmax, i / (initial - 1));
  x[initial - 1] = xmax;
  let ys = fs.map((f) => x.map((xi) => safeCall(f, xi)));

  for (let pass = 0; pass < passes && x.length < max; pass++) {
    const spans = ys.map(finiteSpan);
    const n = x.length - 1;
    const mids = new Array<number>(n);
    const midYs = fs.map(() => new Array<number>(n));
    const scores = new Array<number>(n);
    for (let i = 0; i < n; i++) {
      const m = midpoint(x[i], x[i + 1]);
      mids[i] = m;
      let score = 0;
      for (let k = 0; k < fs.length; k++) {
        const a = ys[k][i];
        const b = ys[k][i + 1];
        const ym = safeCall(fs[k], m);
        midYs[k][i] = ym;
        const fa = Number.isFinite(a);
        const fb = Number.isFinite(b);
        const fm = Number.isFinite(ym);
        if (fa !== fb || fa !== fm) {
          score = Infinity;
        } else if (fa) {
          // Halves, so values near ±1.8e308 cannot overflow into a NaN score.
          score = Math.max(score, Math.abs(ym / 2 - midpoint(a, b) / 2) / (spans[k] / 2));
        }
      }
      scores[i] = m > x[i] && m < x[i + 1] ? score : 0;
    }
    const budget = max - x.length;
    const order = scores
      .map((s, i) => [s, i] as const)
      .filter(([s]) => s > tolerance)
      .sort((p, q) => q[0] - p[0])
      .slice(0, budget);
    if (order.length === 0) break;
    const chosen = new Uint8Array(n);
    for (const [, i] of order) chosen[i] = 1;
    const nx: number[] = [];
    const nys: number[][] = fs.map(() => []);
    for (let i = 0; i <= n; i++) {
      nx.push(x[i]);
      for (let k = 0; k < fs.length; k++) nys[k].push(ys[k][i]);
      if (i < n && chosen[i]) {
        nx.push(mids[i]);
        for (let k = 0; k < fs.length; k++) nys[k].push(midYs[k][i]);
      }
    }
    x = nx;
    ys = nys;
  }
  return { x, ys };
}

/** Evaluates each function on a given grid (no refinement), e.g. after a slider moved. */
export function evaluateOnGrid(fs: readonly ((x: number) => number)[], x: readonly number[]): number[][] {
  return fs.map((f) => x.map((xi) => safeCall(f, xi)));
}
