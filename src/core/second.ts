/**
 * The library entries for second derivatives: f″ element-wise, the mixed partials ∂f′/∂param
 * of learnable parameters, and for the vector functions the Hessian of one output and its
 * product with a vector. Same conventions as `evaluate.ts`: Float64Array or number[] in,
 * Float64Array out, `out` reuses a buffer, usage mistakes throw `ActivationError`.
 */
import { partialElementwise, prepareOut, scalarOnly } from './evaluate';
import { resolveParams } from './params';
import { getActivation } from './registry';
import { ActivationError, type Activation, type Params, type VectorActivation } from './types';
import { checkSameLength, toVector, type Vector } from './vector/check';

function vectorOnly(act: Activation, what: string): VectorActivation {
  if (act.kind !== 'vector') {
    throw new ActivationError(act.id, 'id', `${what} applies to vector functions; ${act.id} is element-wise (use derivative2)`);
  }
  return act;
}

/**
 * f″ element-wise (scalar ids). At the joins of piecewise functions, where f″ does not exist,
 * the value is 0 (PyTorch's double backward); each function states it in `meta.d2`.
 * Example: derivative2('sigmoid', [0, 1]) → [0, −0.0908577…].
 */
export function derivative2(id: string, xs: Vector, params?: Params, out?: Float64Array): Float64Array {
  const act = scalarOnly(getActivation(id), 'derivative2', 'hessian or hvp');
  const p = resolveParams(act, params);
  const x = toVector(id, 'x', xs);
  const o = prepareOut(id, x.length, out);
  if (act.d2kernel !== undefined) {
    act.d2kernel(x, o, p);
  } else {
    for (let i = 0; i < x.length; i++) o[i] = act.d2f(x[i], p);
  }
  return o;
}

/**
 * ∂f′/∂param element-wise, the mixed second partial ∂²f/∂x∂param, for learnable parameters:
 * mixedDerivative('prelu', 'alpha', [-2, 3]) → [1, 0]; for Swish's β it is x·f″(x)/β.
 */
export function mixedDerivative(id: string, param: string, xs: Vector, params?: Params, out?: Float64Array): Float64Array {
  const act = scalarOnly(getActivation(id), 'mixedDerivative', 'hessian or hvp');
  const missing = (known: readonly string[]): string =>
    `no mixed partial ∂f′/∂${param}; ${known.length === 0 ? 'it has no mixed partials' : `it has ${known.join(', ')}`}`;
  return partialElementwise(act, act.mixed, param, missing, xs, params, out);
}

/** How many outputs a vector function has at z (1 for logsumexp and maxout, n/2 for the gated units). */
function outputCount(act: VectorActivation, z: Float64Array, p: Params): number {
  return act.f(z, p).length;
}

function checkComponent(act: VectorActivation, z: Float64Array, p: Params, component: number | undefined): number {
  const m = outputCount(act, z, p);
  if (component === undefined) {
    if (m === 1) return 0;
    throw new ActivationError(act.id, 'component', `${act.id} has ${m} outputs, one Hessian each: say which, from 0 to ${m - 1}`);
  }
  if (!Number.isInteger(component) || component < 0 || component >= m) {
    throw new ActivationError(act.id, 'component', `must be an integer from 0 to ${m - 1}, got ${String(component)}`);
  }
  return component;
}

/**
 * The Hessian of output `component` of a vector function (omit it for logsumexp and maxout),
 * row-major n×n, symmetric. hessian('logsumexp', z) equals softmaxJacobian(z): the gradient of
 * logsumexp is softmax. Example: hessian('logsumexp', [0, 0]) → [0.25, −0.25, −0.25, 0.25].
 */
export function hessian(id: string, zs: Vector, params?: Params, component?: number): Float64Array {
  const act = vectorOnly(getActivation(id), 'hessian');
  const p = resolveParams(act, params);
  const z = toVector(id, 'z', zs);
  return act.hessian(z, p, checkComponent(act, z, p, component));
}

/** H·v for output `component` of a vector function, in O(n) without forming H. */
export function hvp(id: string, zs: Vector, vs: Vector, params?: Params, component?: number): Float64Array {
  const act = vectorOnly(getActivation(id), 'hvp');
  const p = resolveParams(act, params);
  const z = toVector(id, 'z', zs);
  const v = toVector(id, 'v', vs);
  checkSameLength(id, 'v', v, z.length);
  return act.hvp(z, v, p, checkComponent(act, z, p, component));
}
