import type { VectorActivation } from '../types';
import { checkSameLength } from '../vector/check';
import { softmaxCovariance } from '../vector/second';
import { logsumexpOf, softmaxInto, softmaxJacobianFrom, softmaxVjpFrom } from '../vector/softmax';
import { TEMPERATURE } from './softmax';

/**
 * LogSumExp, the smooth maximum: lse(z; T) = T·log Σᵢ e^(zᵢ/T), between max z and
 * max z + T·log n; its gradient is softmax(z; T) (a 1×n Jacobian).
 * Its Hessian is therefore the softmax Jacobian, (1/T)(diag(y) − y yᵀ): symmetric, rows summing
 * to 0, positive semidefinite (logsumexp is convex).
 * Example: logsumexp([1000, 1000]) = 1000 + ln 2.
 */
export const logsumexp: VectorActivation = {
  kind: 'vector',
  id: 'logsumexp',
  params: [TEMPERATURE],
  meta: {
    name: 'LogSumExp',
    rangeTex: '[\\max_i z_i,\\ \\max_i z_i + T \\log n]',
    range: [-Infinity, Infinity],
    zeroCentred: false,
    monotonic: true,
    saturates: 'none',
    deadUnitRisk: 'none',
    cost: 'exp',
    tex: {
      f: '\\operatorname{LSE}(z) = T \\log \\sum_i e^{z_i / T}',
      df: '\\nabla \\operatorname{LSE}(z) = \\operatorname{softmax}(z / T)',
    },
    plain: { f: 'logsumexp(z) = T * log(sum_i exp(z_i / T))', df: 'gradient = softmax(z / T)' },
    origin: 'frameworks',
    related: ['softmax', 'log_softmax', 'maxout'],
    d2: {
      tex: '\\nabla^2 \\operatorname{LSE}(z) = J_{\\operatorname{softmax}} = \\tfrac{1}{T}\\bigl(\\operatorname{diag}(y) - y y^{\\top}\\bigr),\\quad y = \\operatorname{softmax}(z / T)',
      plain: 'Hessian = softmax Jacobian = (diag(y) - y y^T) / T, y = softmax(z / T)',
    },
  },
  f: (z, p) => Float64Array.of(logsumexpOf(z, p.T)),
  jacobian: (z, p) => softmaxInto(z, p.T, new Float64Array(z.length)),
  vjp: (z, v, p) => {
    checkSameLength('logsumexp', 'v', v, 1);
    const y = softmaxInto(z, p.T, new Float64Array(z.length));
    for (let i = 0; i < y.length; i++) y[i] *= v[0];
    return y;
  },
  jvp: (z, v, p) => {
    checkSameLength('logsumexp', 'v', v, z.length);
    const y = softmaxInto(z, p.T, new Float64Array(z.length));
    let dot = 0;
    for (let i = 0; i < y.length; i++) dot += y[i] * v[i];
    return Float64Array.of(dot);
  },
  hessian: (z, p) => softmaxJacobianFrom(softmaxInto(z, p.T, new Float64Array(z.length)), 1 / p.T),
  hvp: (z, v, p) => {
    checkSameLength('logsumexp', 'v', v, z.length);
    const y = softmaxInto(z, p.T, new Float64Array(z.length));
    return softmaxVjpFrom(y, v, 1 / p.T, y);
  },
  d2dir: (z, a, b, p) => Float64Array.of(softmaxCovariance(softmaxInto(z, p.T, new Float64Array(z.length)), a, b) / p.T),
};
