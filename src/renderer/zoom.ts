/**
 * The chart's x window after a wheel zoom or a pan. Zooming out far enough would give a
 * window whose ends or width are no longer finite numbers (past ±1.8e308), on which the
 * chart can place nothing and re-sampling would never end; such a step keeps the window.
 */
import { MAX_WIDTH } from '../plot/span';

/** A window the chart can measure: finite ends, ordered, and a finite width. */
export function measurable(min: number, max: number): boolean {
  return Number.isFinite(min) && Number.isFinite(max) && max > min && max - min <= MAX_WIDTH;
}

/** [min, max] scaled by `k` around `at` (k < 1 zooms in), or unchanged if that cannot be measured. */
export function zoomed(min: number, max: number, at: number, k: number): [number, number] {
  const lo = at - (at - min) * k;
  const hi = at + (max - at) * k;
  return measurable(lo, hi) ? [lo, hi] : [min, max];
}

/** [min, max] moved by `d`, or unchanged if that cannot be measured. */
export function panned(min: number, max: number, d: number): [number, number] {
  return measurable(min + d, max + d) ? [min + d, max + d] : [min, max];
}
