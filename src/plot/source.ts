/**
 * Re-evaluating a curve from its registry activation, so the renderer can redraw it with
 * new parameters (sliders) and read out f′ under the crosshair with the same core, and
 * finding where a derivative curve does not exist (its kinks), from the core's pieces.
 */
import { getActivation } from '../core/registry';
import type { ScalarActivation } from '../core/types';
import { missingDerivatives } from '../core/smoothness';
import type { CurveSource, MissingPoint } from './spec';

/** The scalar activation behind a curve, or undefined (vector functions, unknown ids). */
export function sourceActivation(source: CurveSource): ScalarActivation | undefined {
  const a = getActivation(source.id);
  return a && a.kind === 'scalar' ? a : undefined;
}

/** The function drawn by the curve: f, f′ (order 1) or f″ (order 2). */
export function sourceFunction(source: CurveSource): ((x: number) => number) | undefined {
  const a = sourceActivation(source);
  if (!a) return undefined;
  const p = source.params;
  if (source.order === 0) return (x) => a.f(x, p);
  return source.order === 1 ? (x) => a.df(x, p) : (x) => a.d2f(x, p);
}

/**
 * Where the derivative a curve draws does not exist within [x0, x1], with its one-sided
 * limits and the value the core returns there; empty for f itself and for smooth functions.
 */
export function sourceMissing(source: CurveSource, x0: number, x1: number): MissingPoint[] {
  const a = sourceActivation(source);
  if (!a || source.order === 0) return [];
  const g = sourceFunction(source) as (x: number) => number;
  return missingDerivatives(a, source.order, source.params)
    .filter((m) => m.at >= x0 && m.at <= x1)
    .map((m) => ({ x: m.at, left: m.left, right: m.right, value: g(m.at) }));
}

/** The derivative of what the curve draws, when the core has it in closed form (order 0 only). */
export function sourceSlope(source: CurveSource): ((x: number) => number) | undefined {
  const a = sourceActivation(source);
  if (!a || source.order !== 0) return undefined;
  const p = source.params;
  return (x) => a.df(x, p);
}
