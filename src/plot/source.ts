/**
 * Re-evaluating a curve from its registry activation, so the renderer can redraw it with
 * new parameters (sliders) and read out f′ under the crosshair with the same core.
 */
import { getActivation } from '../core/registry';
import type { ScalarActivation } from '../core/types';
import type { CurveSource } from './spec';

/** The scalar activation behind a curve, or undefined (vector functions, unknown ids). */
export function sourceActivation(source: CurveSource): ScalarActivation | undefined {
  const a = getActivation(source.id);
  return a && a.kind === 'scalar' ? a : undefined;
}

/** The function drawn by the curve: f, or f′ when order is 1. */
export function sourceFunction(source: CurveSource): ((x: number) => number) | undefined {
  const a = sourceActivation(source);
  if (!a) return undefined;
  const p = source.params;
  return source.order === 0 ? (x) => a.f(x, p) : (x) => a.df(x, p);
}

/** The derivative of what the curve draws, when the core has it in closed form (order 0 only). */
export function sourceSlope(source: CurveSource): ((x: number) => number) | undefined {
  const a = sourceActivation(source);
  if (!a || source.order !== 0) return undefined;
  const p = source.params;
  return (x) => a.df(x, p);
}
