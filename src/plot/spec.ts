/**
 * The plot specification: pure JSON data shared by the static SVG renderer, the
 * interactive notebook renderer and the `application/vnd.actlab.plot+json` output.
 * Gaps (NaN, ±Infinity) travel as `null` so the spec survives `JSON.stringify`.
 */

/** A registry activation a curve was sampled from, so a renderer can re-evaluate it. */
export interface CurveSource {
  readonly id: string;
  readonly params: Readonly<Record<string, number>>;
  /** 0 for f, 1 for f′, 2 for f″. */
  readonly order: 0 | 1 | 2;
}

/**
 * A point where the drawn derivative does not exist: a join of a piecewise activation where
 * it, or a lower derivative, jumps (relu′ and relu″ at 0, elu″ at 0). The curve has a gap
 * there; renderers draw the one-sided limits as open circles and the value the kit returns
 * at that point (its convention) as a dot.
 */
export interface MissingPoint {
  readonly x: number;
  readonly left: number;
  readonly right: number;
  /** What the kit returns at x (PyTorch's convention). */
  readonly value: number;
}

export interface PlotCurve {
  /** Legend text: what the learner wrote (`sigmoid`, `sigmoid'`, `f`). */
  readonly label: string;
  /** y values on the spec's shared `x` grid (or on `x` below); `null` is a gap. */
  readonly y: readonly (number | null)[];
  /** Own x values (paths in weight space); absent when the curve uses the shared grid. */
  readonly x?: readonly number[];
  /** Present for registry activations: the renderer re-evaluates these (sliders, readout). */
  readonly source?: CurveSource;
  /**
   * The saturated tails within the plotted range: intervals reaching from an edge of the
   * range inwards on which |f′| < 0.01 out to ±∞ (only for activations drawn as f; see saturation.ts).
   */
  readonly saturated?: readonly (readonly [number, number])[];
  /** Draw points instead of a line (scatter data). */
  readonly points?: boolean;
  /** Where the drawn derivative does not exist, within the plotted range (registry curves only). */
  readonly missing?: readonly MissingPoint[];
}

export interface PlotSpec {
  readonly version: 1;
  readonly title?: string;
  readonly xLabel?: string;
  readonly yLabel?: string;
  /** The shared x grid (sorted ascending). */
  readonly x: readonly number[];
  readonly curves: readonly PlotCurve[];
  /** Visible x range; defaults to the extent of the data. */
  readonly xRange?: readonly [number, number];
  /** Visible y range; defaults to the extent of the finite data, padded. */
  readonly yRange?: readonly [number, number];
  readonly yScale?: 'linear' | 'log';
  /** Experiment reports: a table, sentences and static figures shown with the chart. */
  readonly table?: ReportTable;
  readonly notes?: readonly string[];
  readonly figures?: readonly ReportFigure[];
  /** Language of the renderer's own labels (readout hint, buttons); English when absent. */
  readonly locale?: 'en' | 'zh-cn';
}

export interface ReportTable {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/** A static figure that is not a line chart (heat maps), as SVG plus its alt text. */
export interface ReportFigure {
  readonly svg: string;
  readonly alt: string;
}

/** Colours readable on light and dark backgrounds alike (mid lightness, distinct hues). */
export const CURVE_COLOURS: readonly string[] = [
  '#3b82f6', // blue
  '#f97316', // orange
  '#22a06b', // green
  '#e0457b', // pink
  '#8b5cf6', // violet
  '#0ea5b7', // teal
  '#c58b00', // amber
  '#7c8796', // slate
];

export function curveColour(index: number): string {
  return CURVE_COLOURS[index % CURVE_COLOURS.length];
}

/** Finite numbers pass, everything else becomes a gap. */
export function toGap(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}

/** x values of a curve: its own, or the spec's shared grid. */
export function curveX(spec: PlotSpec, curve: PlotCurve): readonly number[] {
  return curve.x ?? spec.x;
}

/** [min, max] of the finite values of every curve (and the requested range when given). */
export function dataExtent(spec: PlotSpec): { x: [number, number]; y: [number, number] } {
  let xmin = Infinity;
  let xmax = -Infinity;
  let ymin = Infinity;
  let ymax = -Infinity;
  for (const c of spec.curves) {
    const xs = curveX(spec, c);
    for (let i = 0; i < c.y.length; i++) {
      const y = c.y[i];
      const x = xs[i];
      if (y === null || !Number.isFinite(x)) continue;
      if (spec.yScale === 'log' && !(y > 0)) continue;
      if (x < xmin) xmin = x;
      if (x > xmax) xmax = x;
      if (y < ymin) ymin = y;
      if (y > ymax) ymax = y;
    }
  }
  if (!(xmin <= xmax)) [xmin, xmax] = [0, 1];
  if (!(ymin <= ymax)) [ymin, ymax] = spec.yScale === 'log' ? [0.1, 1] : [0, 1];
  return { x: [xmin, xmax], y: [ymin, ymax] };
}
