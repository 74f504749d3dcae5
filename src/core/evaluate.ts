import { resolveParams } from './params';
import { getActivation } from './registry';
import { ActivationError, type Activation, type Params, type ScalarActivation } from './types';
import { toVector, type Vector } from './vector/check';

/** The output buffer: a new one, or `out` when it is a Float64Array of the right length. */
export function prepareOut(fn: string, n: number, out?: Float64Array): Float64Array {
  if (out === undefined) return new Float64Array(n);
  if (!(out instanceof Float64Array)) throw new ActivationError(fn, 'out', 'expected a Float64Array');
  if (out.length !== n) throw new ActivationError(fn, 'out', `length ${out.length} does not match the input's length ${n}`);
  return out;
}

/** The activation when it is element-wise; `instead` names what to use for a vector function. */
export function scalarOnly(act: Activation, what: string, instead?: string): ScalarActivation {
  if (act.kind !== 'scalar') {
    const use = instead === undefined ? '' : ` (use ${instead})`;
    throw new ActivationError(act.id, 'id', `${what} applies to element-wise activations; ${act.id} is a vector function${use}`);
  }
  return act;
}

/**
 * One partial derivative per parameter (∂f/∂α, ∂f′/∂β, …) applied element-wise, or a usage
 * error saying which the activation has: `missing(known)` words it.
 */
export function partialElementwise(
  act: ScalarActivation,
  table: Readonly<Record<string, (x: number, p: Params) => number>> | undefined,
  param: string,
  missing: (known: readonly string[]) => string,
  xs: Vector,
  params?: Params,
  out?: Float64Array,
): Float64Array {
  const d = table?.[param];
  if (d === undefined) throw new ActivationError(act.id, 'param', missing(Object.keys(table ?? {})));
  const p = resolveParams(act, params);
  const x = toVector(act.id, 'x', xs);
  const o = prepareOut(act.id, x.length, out);
  for (let i = 0; i < x.length; i++) o[i] = d(x[i], p);
  return o;
}

/**
 * Applies an activation to every element (scalar ids) or to the whole vector (softmax
 * family; logsumexp and maxout give a 1-element result, the gated units n/2 elements). Float64Array or number[] in,
 * Float64Array out; pass `out` to reuse a buffer (same length as the result).
 * Example: evaluate('relu', [-1, 2]) → Float64Array [0, 2].
 */
export function evaluate(id: string, xs: Vector, params?: Params, out?: Float64Array): Float64Array {
  const act = getActivation(id);
  const p = resolveParams(act, params);
  const x = toVector(id, 'x', xs);
  if (act.kind === 'vector') {
    const y = act.f(x, p);
    if (out === undefined) return y;
    prepareOut(id, y.length, out).set(y);
    return out;
  }
  const o = prepareOut(id, x.length, out);
  if (act.kernel !== undefined) {
    act.kernel(x, o, p);
  } else {
    for (let i = 0; i < x.length; i++) o[i] = act.f(x[i], p);
  }
  return o;
}

/**
 * The derivative f′ element-wise (scalar ids). For vector ids it is the Jacobian,
 * row-major n×n (1×n for logsumexp and maxout, (n/2)×n for the gated units glu, geglu, swiglu).
 * Example: derivative('sigmoid', [0]) → Float64Array [0.25].
 */
export function derivative(id: string, xs: Vector, params?: Params, out?: Float64Array): Float64Array {
  const act = getActivation(id);
  const p = resolveParams(act, params);
  const x = toVector(id, 'x', xs);
  if (act.kind === 'vector') {
    const J = act.jacobian(x, p);
    if (out === undefined) return J;
    prepareOut(id, J.length, out).set(J);
    return out;
  }
  const o = prepareOut(id, x.length, out);
  if (act.dkernel !== undefined) {
    act.dkernel(x, o, p);
  } else {
    for (let i = 0; i < x.length; i++) o[i] = act.df(x[i], p);
  }
  return o;
}

/**
 * ∂f/∂param element-wise, for activations that differentiate a parameter (PReLU's α,
 * Swish's β). Example: derivativeParam('prelu', 'alpha', [-2, 3]) → [−2, 0].
 */
export function derivativeParam(id: string, param: string, xs: Vector, params?: Params, out?: Float64Array): Float64Array {
  const act = scalarOnly(getActivation(id), 'derivativeParam');
  const missing = (known: readonly string[]): string =>
    `no derivative with respect to "${param}"; ${known.length === 0 ? 'it has no parameter derivatives' : `it has ${known.join(', ')}`}`;
  return partialElementwise(act, act.dparam, param, missing, xs, params, out);
}

/**
 * A scalar activation as a plain function of x with its parameters fixed (validated once):
 * order 0 is f, order 1 is f′, order 2 is f″. Example: scalarFunction('elu', { alpha: 2 }, 1)(−1) ≈ 0.7358.
 */
export function scalarFunction(id: string, params?: Params, order: 0 | 1 | 2 = 0): (x: number) => number {
  const act = scalarOnly(getActivation(id), 'scalarFunction');
  const p = resolveParams(act, params);
  const g = order === 0 ? act.f : order === 1 ? act.df : act.d2f;
  return (x: number) => g(x, p);
}
