import type { VectorActivation } from '../types';
import { checkSameLength } from '../vector/check';
import { softmaxHessianFrom, softmaxHvpFrom, softmaxSecondDirectionalFrom } from '../vector/second';
import { softmaxInto, softmaxJacobianFrom, softmaxVjpFrom } from '../vector/softmax';
import { TEMPERATURE } from './softmax';

/** y = softmax(−z; T). */
function softminOf(z: Float64Array, T: number): Float64Array {
  const neg = new Float64Array(z.length);
  for (let i = 0; i < z.length; i++) neg[i] = -z[i];
  return softmaxInto(neg, T, neg);
}

/**
 * Softmin: softmin(z; T) = softmax(−z; T), weights favouring the smallest entries;
 * Jacobian −(1/T)(diag(y) − y yᵀ); the Hessians are softmax's at −z (two sign changes cancel).
 * Example: softmin([0, 1])₀ ≈ 0.7311.
 */
export const softmin: VectorActivation = {
  kind: 'vector',
  id: 'softmin',
  params: [TEMPERATURE],
  meta: {
    name: 'Softmin',
    rangeTex: '(0, 1)^n,\\ \\textstyle\\sum_i y_i = 1',
    range: [0, 1],
    zeroCentred: false,
    monotonic: true,
    saturates: 'both',
    deadUnitRisk: 'none',
    cost: 'exp',
    tex: {
      f: '\\operatorname{softmin}(z)_i = \\frac{e^{-z_i / T}}{\\sum_j e^{-z_j / T}}',
      df: '\\frac{\\partial y_i}{\\partial z_j} = -\\tfrac{1}{T}\\, y_i(\\delta_{ij} - y_j)',
    },
    plain: { f: 'softmin(z) = softmax(-z)', df: 'dy_i/dz_j = -y_i * (delta_ij - y_j) / T' },
    origin: 'frameworks',
    related: ['softmax', 'logsumexp'],
    d2: {
      tex: '\\nabla^2 y_i = \\tfrac{y_i}{T^2}\\bigl(u u^{\\top} - \\operatorname{diag}(y) + y y^{\\top}\\bigr),\\quad u = e_i - y',
      plain: 'Hessian of y_i = (y_i / T^2) (u u^T - diag(y) + y y^T), u = e_i - y, y = softmin(z)',
    },
  },
  f: (z, p) => softminOf(z, p.T),
  jacobian: (z, p) => softmaxJacobianFrom(softminOf(z, p.T), -1 / p.T),
  vjp: (z, v, p) => {
    checkSameLength('softmin', 'v', v, z.length);
    const y = softminOf(z, p.T);
    return softmaxVjpFrom(y, v, -1 / p.T, y);
  },
  jvp: (z, v, p) => {
    checkSameLength('softmin', 'v', v, z.length);
    const y = softminOf(z, p.T);
    return softmaxVjpFrom(y, v, -1 / p.T, y);
  },
  hessian: (z, p, i) => softmaxHessianFrom(softminOf(z, p.T), i, 1 / p.T),
  hvp: (z, v, p, i) => {
    checkSameLength('softmin', 'v', v, z.length);
    return softmaxHvpFrom(softminOf(z, p.T), v, i, 1 / p.T);
  },
  d2dir: (z, a, b, p) => softmaxSecondDirectionalFrom(softminOf(z, p.T), a, b, 1 / p.T),
};
