/**
 * The softmax family as direct functions of a vector (number[] or Float64Array), with the
 * same checks as the registry entries: empty vectors, a non-positive temperature and a
 * cotangent of the wrong length throw `ActivationError`.
 */
import { ActivationError } from './types';
import { checkSameLength, checkTemperature, toVector, type Vector } from './vector/check';
import {
  logSoftmaxInto,
  logSoftmaxJacobianFrom,
  logSoftmaxJvpFrom,
  logSoftmaxVjpFrom,
  logsumexpOf,
  softmaxInto,
  softmaxJacobianFrom,
  softmaxVjpFrom,
} from './vector/softmax';
import { softmaxHvpFrom } from './vector/second';

function softmaxOf(fn: string, zs: Vector, T: number, out?: Float64Array): Float64Array {
  checkTemperature(fn, T);
  const z = toVector(fn, 'z', zs);
  return softmaxInto(z, T, outFor(fn, z.length, out));
}

/** A caller's output buffer (checked) or a fresh one. */
function outFor(fn: string, n: number, out?: Float64Array): Float64Array {
  if (out === undefined) return new Float64Array(n);
  if (!(out instanceof Float64Array)) throw new ActivationError(fn, 'out', 'expected a Float64Array');
  checkSameLength(fn, 'out', out, n);
  return out;
}

/**
 * softmax(z; T)ᵢ = e^(zᵢ/T)/Σⱼ e^(zⱼ/T); pass `out` to reuse a buffer.
 * Example: softmax([1000, 1001, 1002])[2] ≈ 0.6652.
 */
export function softmax(z: Vector, T = 1, out?: Float64Array): Float64Array {
  return softmaxOf('softmax', z, T, out);
}

/** softmin(z; T) = softmax(−z; T). Example: softmin([0, 1])[0] ≈ 0.7311. */
export function softmin(zs: Vector, T = 1): Float64Array {
  checkTemperature('softmin', T);
  const z = toVector('softmin', 'z', zs);
  const neg = new Float64Array(z.length);
  for (let i = 0; i < z.length; i++) neg[i] = -z[i];
  return softmaxInto(neg, T, neg);
}

/** log softmax(z; T), accurate even where a probability rounds to 1; `out` reuses a buffer. */
export function logSoftmax(zs: Vector, T = 1, out?: Float64Array): Float64Array {
  checkTemperature('logSoftmax', T);
  const z = toVector('logSoftmax', 'z', zs);
  return logSoftmaxInto(z, T, outFor('logSoftmax', z.length, out));
}

/** logsumexp(z; T) = T·log Σᵢ e^(zᵢ/T). Example: logsumexp([0, 0]) = ln 2. */
export function logsumexp(zs: Vector, T = 1): number {
  checkTemperature('logsumexp', T);
  return logsumexpOf(toVector('logsumexp', 'z', zs), T);
}

/** The softmax Jacobian (1/T)(diag(y) − y yᵀ), row-major n×n. Rows sum to 0; it is symmetric. */
export function softmaxJacobian(z: Vector, T = 1): Float64Array {
  return softmaxJacobianFrom(softmaxOf('softmaxJacobian', z, T), 1 / T);
}

/** The log-softmax Jacobian (1/T)(I − 1 yᵀ), row-major n×n. */
export function logSoftmaxJacobian(z: Vector, T = 1): Float64Array {
  return logSoftmaxJacobianFrom(softmaxOf('logSoftmaxJacobian', z, T), T);
}

function pair(fn: string, zs: Vector, vs: Vector, T: number, out?: Float64Array): [Float64Array, Float64Array] {
  const y = softmaxOf(fn, zs, T, out);
  const v = toVector(fn, 'v', vs);
  checkSameLength(fn, 'v', v, y.length);
  return [y, v];
}

/** vᵀJ of softmax in O(n): yⱼ(vⱼ − ⟨v, y⟩)/T, without forming J; `out` reuses a buffer. */
export function softmaxVjp(z: Vector, v: Vector, T = 1, out?: Float64Array): Float64Array {
  const [y, w] = pair('softmaxVjp', z, v, T, out);
  return softmaxVjpFrom(y, w, 1 / T, y);
}

/** J v of softmax in O(n); equal to the VJP because J is symmetric. */
export function softmaxJvp(z: Vector, v: Vector, T = 1): Float64Array {
  const [y, w] = pair('softmaxJvp', z, v, T);
  return softmaxVjpFrom(y, w, 1 / T, y);
}

/** vᵀJ of log-softmax in O(n): (vⱼ − yⱼ Σᵢ vᵢ)/T. */
export function logSoftmaxVjp(z: Vector, v: Vector, T = 1): Float64Array {
  const [y, w] = pair('logSoftmaxVjp', z, v, T);
  return logSoftmaxVjpFrom(y, w, T, new Float64Array(y.length));
}

/** J v of log-softmax in O(n): (vᵢ − ⟨y, v⟩)/T. */
export function logSoftmaxJvp(z: Vector, v: Vector, T = 1): Float64Array {
  const [y, w] = pair('logSoftmaxJvp', z, v, T);
  return logSoftmaxJvpFrom(y, w, T, new Float64Array(y.length));
}

/**
 * The Hessian of logsumexp(z; T): the softmax Jacobian (1/T)(diag(y) − y yᵀ), because the
 * gradient of logsumexp is softmax. Symmetric, rows sum to 0.
 */
export function logsumexpHessian(z: Vector, T = 1): Float64Array {
  return softmaxJacobianFrom(softmaxOf('logsumexpHessian', z, T), 1 / T);
}

/**
 * Hᵢ v for output i of softmax(z; T) in O(n), Hᵢ = (yᵢ/T²)(u uᵀ − diag(y) + y yᵀ), u = eᵢ − y.
 */
export function softmaxHvp(z: Vector, v: Vector, i: number, T = 1): Float64Array {
  const [y, w] = pair('softmaxHvp', z, v, T);
  if (!Number.isInteger(i) || i < 0 || i >= y.length) {
    throw new ActivationError('softmaxHvp', 'i', `must be an integer from 0 to ${y.length - 1}, got ${String(i)}`);
  }
  return softmaxHvpFrom(y, w, i, 1 / T);
}
