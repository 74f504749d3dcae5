/**
 * Plots of functions of one variable (`plot(sigmoid, sigmoid', -6, 6)`): adaptive samples on
 * a shared grid, gaps for NaN and ±Infinity, the saturated tails (|f′| < 0.01 from some
 * point out to ±∞, see saturation.ts) of every registry activation drawn as f, and for a
 * registry derivative (`relu'`, `elu''`) the points where it does not exist: the grid gets
 * the exact join, the curve a gap there, and the spec its one-sided limits (`missing`).
 */
import { evaluateOnGrid, sampleFunctions, type SampleOptions, type Samples } from './sample';
import { lerp, measurableRange } from './span';
import { saturatedInRange } from './saturation';
import { sourceFunction, sourceMissing, sourceSlope } from './source';
import { toGap, type CurveSource, type MissingPoint, type PlotCurve, type PlotSpec } from './spec';

export interface PlotFunction {
  readonly label: string;
  readonly f: (x: number) => number;
  /** Present when the function is a registry activation (or its derivative). */
  readonly source?: CurveSource;
}

function curveFor(fn: PlotFunction, x: readonly number[], ys: readonly number[]): PlotCurve {
  const slope = fn.source ? sourceSlope(fn.source) : undefined;
  // The tails of the function itself, clipped to the grid: a dip of f′ to zero in the
  // interior (Swish's minimum) is no saturation, and a range that ends inside such a dip
  // does not make it look like one.
  const saturated = slope ? (x.length > 1 ? saturatedInRange(slope, x[0], x[x.length - 1]) : []) : undefined;
  const missing = fn.source && x.length > 1 ? sourceMissing(fn.source, x[0], x[x.length - 1]) : [];
  // A gap at each such join, so the curve is not drawn as a vertical segment through it.
  const gaps = new Set(missing.map((m) => m.x));
  return {
    label: fn.label,
    y: ys.map((y, i) => (gaps.has(x[i]) ? null : toGap(y))),
    ...(fn.source ? { source: fn.source } : {}),
    ...(saturated ? { saturated } : {}),
    ...(missing.length > 0 ? { missing } : {}),
  };
}

/** Adds points to a sampled grid (kept sorted), evaluating every function there. */
function withPoints(samples: Samples, fs: readonly ((x: number) => number)[], points: readonly number[]): Samples {
  const x = [...samples.x];
  const ys = samples.ys.map((row) => [...row]);
  for (const p of points) {
    let i = 0;
    while (i < x.length && x[i] < p) i++;
    if (x[i] === p) continue;
    x.splice(i, 0, p);
    ys.forEach((row, k) => {
      const y = fs[k](p);
      row.splice(i, 0, typeof y === 'number' ? y : NaN);
    });
  }
  return { x, ys };
}

/** The joins inside [xmin, xmax] where some registry derivative being drawn does not exist. */
function missingPoints(fns: readonly PlotFunction[], xmin: number, xmax: number): number[] {
  const at = new Set<number>();
  for (const fn of fns) if (fn.source) for (const m of sourceMissing(fn.source, xmin, xmax)) at.add(m.x);
  return [...at].sort((a, b) => a - b);
}

export type { MissingPoint };

/**
 * A y range that ignores poles: when the sampled values reach far beyond the 2nd…98th
 * percentile span of the curves on a uniform grid (1/x near 0, eˣ over a wide range), the
 * view is clipped to that span plus a margin so the rest of the curve stays readable;
 * otherwise undefined (fit all data). Percentiles come from the uniform grid because the
 * adaptive samples crowd around the pole itself.
 */
export function robustYRange(fns: readonly ((x: number) => number)[], xmin: number, xmax: number, sampled: readonly (readonly number[])[]): [number, number] | undefined {
  const ys: number[] = [];
  const n = 401;
  for (const f of fns) {
    for (let i = 0; i < n; i++) {
      const y = f(lerp(xmin, xmax, i / (n - 1)));
      if (typeof y === 'number' && Number.isFinite(y)) ys.push(y);
    }
  }
  if (ys.length < 10) return undefined;
  ys.sort((a, b) => a - b);
  const lo = ys[Math.floor(0.02 * (ys.length - 1))];
  const hi = ys[Math.ceil(0.98 * (ys.length - 1))];
  let min = Infinity;
  let max = -Infinity;
  for (const curve of sampled) {
    for (const y of curve) {
      if (!Number.isFinite(y)) continue;
      if (y < min) min = y;
      if (y > max) max = y;
    }
  }
  // In halves, so values near ±1.8e308 compare without overflowing.
  const core = hi / 2 - lo / 2;
  if (!(core > 0) || max / 2 - min / 2 <= 10 * core) return undefined;
  return [Math.max(min, lo - core), Math.min(max, hi + core)];
}

/**
 * The y range to show: `range` when given, and otherwise undefined (fit the data) unless the
 * values lie further apart than a double can measure (f(x) = 1e308·x): then the widest range
 * that can be measured, around their middle, so every renderer can place points on it.
 */
function viewable(range: [number, number] | undefined, curves: readonly (readonly number[])[]): [number, number] | undefined {
  let [lo, hi] = range ?? [Infinity, -Infinity];
  if (range === undefined) {
    for (const curve of curves) {
      for (const y of curve) {
        if (!Number.isFinite(y)) continue;
        if (y < lo) lo = y;
        if (y > hi) hi = y;
      }
    }
    if (!(hi > lo) || Number.isFinite(hi - lo)) return undefined;
  }
  return measurableRange(lo, hi);
}

export function functionPlotSpec(
  fns: readonly PlotFunction[],
  xmin: number,
  xmax: number,
  options: { readonly title?: string; readonly sampling?: SampleOptions } = {},
): PlotSpec {
  const fs = fns.map((g) => g.f);
  const samples = withPoints(sampleFunctions(fs, xmin, xmax, options.sampling), fs, missingPoints(fns, xmin, xmax));
  const yRange = viewable(robustYRange(fs, xmin, xmax, samples.ys), samples.ys);
  return {
    version: 1,
    ...(options.title ? { title: options.title } : {}),
    ...(yRange ? { yRange } : {}),
    xLabel: 'x',
    x: samples.x,
    xRange: [xmin, xmax],
    curves: fns.map((fn, i) => curveFor(fn, samples.x, samples.ys[i])),
  };
}

/**
 * The same plot with new parameters for the registry curves (a slider step). When every
 * curve comes from the registry the whole plot is re-sampled adaptively (a kink may move);
 * otherwise the learner's curves keep their points and the others are re-evaluated on the
 * existing grid.
 */
export function withParams(
  spec: PlotSpec,
  params: readonly (Readonly<Record<string, number>> | undefined)[],
  range?: readonly [number, number],
): PlotSpec {
  const sources = spec.curves.map((c, i) =>
    c.source ? { ...c.source, params: { ...c.source.params, ...(params[i] ?? {}) } } : undefined,
  );
  const fns = sources.map((s) => (s ? sourceFunction(s) : undefined));
  const [xmin, xmax] = range ?? spec.xRange ?? [spec.x[0], spec.x[spec.x.length - 1]];
  if (fns.every((f) => f !== undefined) && spec.curves.every((c) => !c.x)) {
    const rebuilt = functionPlotSpec(
      spec.curves.map((c, i) => ({ label: c.label, f: fns[i] as (x: number) => number, source: sources[i] })),
      xmin,
      xmax,
    );
    const { yRange: _old, ...rest } = spec;
    return { ...rest, x: rebuilt.x, xRange: [xmin, xmax], curves: rebuilt.curves, ...(rebuilt.yRange ? { yRange: rebuilt.yRange } : {}) };
  }
  const curves = spec.curves.map((c, i) => {
    const f = fns[i];
    if (!f || c.x) return c;
    const [ys] = evaluateOnGrid([f], spec.x);
    return curveFor({ label: c.label, f, source: sources[i] }, spec.x, ys);
  });
  return { ...spec, curves };
}
