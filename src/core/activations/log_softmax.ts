import type { VectorActivation } from '../types';
import { checkSameLength } from '../vector/check';
import { softmaxCovariance } from '../vector/second';
import { logSoftmaxInto, logSoftmaxJacobianFrom, logSoftmaxJvpFrom, logSoftmaxVjpFrom, softmaxInto, softmaxJacobianFrom, softmaxVjpFrom } from '../vector/softmax';
import { TEMPERATURE } from './softmax';

const y = (z: Float64Array, T: number): Float64Array => softmaxInto(z, T, new Float64Array(z.length));

/**
 * Log-softmax: log softmax(z; T)ᵢ = zᵢ/T − logsumexp(z/T); Jacobian (1/T)(I − 1 yᵀ) with
 * y = softmax(z; T). Accurate where a probability rounds to 1 (its log is tiny, not 0).
 * Every output has the same Hessian, −(1/T²)(diag(y) − y yᵀ): log yᵢ = zᵢ/T − logsumexp(z; T)/T.
 * Example: log_softmax([0, 0]) = [−ln 2, −ln 2].
 */
export const logSoftmax: VectorActivation = {
  kind: 'vector',
  id: 'log_softmax',
  params: [TEMPERATURE],
  meta: {
    name: 'Log-softmax',
    rangeTex: '(-\\infty, 0)^n',
    range: [-Infinity, 0],
    zeroCentred: false,
    monotonic: true,
    saturates: 'positive',
    deadUnitRisk: 'none',
    cost: 'exp',
    tex: {
      f: '\\log\\operatorname{softmax}(z)_i = \\frac{z_i}{T} - \\log\\sum_j e^{z_j / T}',
      df: '\\frac{\\partial \\log y_i}{\\partial z_j} = \\tfrac{1}{T}(\\delta_{ij} - y_j),\\quad J = \\tfrac{1}{T}\\bigl(I - \\mathbf{1} y^{\\top}\\bigr)',
    },
    plain: { f: 'log_softmax(z)_i = z_i / T - log(sum_j exp(z_j / T))', df: 'd log y_i / dz_j = (delta_ij - y_j) / T, y = softmax(z)' },
    origin: 'frameworks',
    related: ['softmax', 'logsumexp', 'log_sigmoid'],
    d2: {
      tex: '\\nabla^2 \\log y_i = -\\tfrac{1}{T^2}\\bigl(\\operatorname{diag}(y) - y y^{\\top}\\bigr)\\ \\text{for every } i',
      plain: 'Hessian of log y_i = -(diag(y) - y y^T) / T^2, the same for every i',
    },
  },
  f: (z, p) => logSoftmaxInto(z, p.T, new Float64Array(z.length)),
  jacobian: (z, p) => logSoftmaxJacobianFrom(y(z, p.T), p.T),
  vjp: (z, v, p) => {
    checkSameLength('log_softmax', 'v', v, z.length);
    return logSoftmaxVjpFrom(y(z, p.T), v, p.T, new Float64Array(z.length));
  },
  jvp: (z, v, p) => {
    checkSameLength('log_softmax', 'v', v, z.length);
    return logSoftmaxJvpFrom(y(z, p.T), v, p.T, new Float64Array(z.length));
  },
  hessian: (z, p) => softmaxJacobianFrom(y(z, p.T), -1 / (p.T * p.T)),
  hvp: (z, v, p) => {
    checkSameLength('log_softmax', 'v', v, z.length);
    const yz = y(z, p.T);
    return softmaxVjpFrom(yz, v, -1 / (p.T * p.T), yz);
  },
  d2dir: (z, a, b, p) => new Float64Array(z.length).fill(-softmaxCovariance(y(z, p.T), a, b) / (p.T * p.T)),
};
