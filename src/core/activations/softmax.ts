import type { ParamSpec, VectorActivation } from '../types';
import { checkSameLength } from '../vector/check';
import { softmaxInto, softmaxJacobianFrom, softmaxVjpFrom } from '../vector/softmax';

/** The temperature parameter shared by the softmax family. */
export const TEMPERATURE: ParamSpec = {
  name: 'T',
  tex: 'T',
  default: 1,
  check: (t) => (t > 0 ? undefined : 'temperature must be positive'),
};

/**
 * softmax(z; T)ᵢ = e^(zᵢ/T) / Σⱼ e^(zⱼ/T); Jacobian (1/T)(diag(y) − y yᵀ).
 * Example: softmax([0, 0]) = [0.5, 0.5]; softmax([z, 0])₀ = σ(z).
 */
export const softmax: VectorActivation = {
  kind: 'vector',
  id: 'softmax',
  params: [TEMPERATURE],
  meta: {
    name: 'Softmax',
    rangeTex: '(0, 1)^n,\\ \\textstyle\\sum_i y_i = 1',
    range: [0, 1],
    zeroCentred: false,
    monotonic: true,
    smoothness: 'smooth',
    saturates: 'both',
    deadUnitRisk: 'none',
    cost: 'exp',
    tex: {
      f: '\\operatorname{softmax}(z)_i = \\frac{e^{z_i / T}}{\\sum_j e^{z_j / T}}',
      df: '\\frac{\\partial y_i}{\\partial z_j} = \\tfrac{1}{T}\\, y_i(\\delta_{ij} - y_j),\\quad J = \\tfrac{1}{T}\\bigl(\\operatorname{diag}(y) - y y^{\\top}\\bigr)',
    },
    plain: {
      f: 'softmax(z)_i = exp(z_i / T) / sum_j exp(z_j / T)',
      df: 'dy_i/dz_j = y_i * (delta_ij - y_j) / T; J = (diag(y) - y y^T) / T',
    },
    origin: 'note',
    related: ['sigmoid', 'log_softmax', 'softmin', 'logsumexp'],
  },
  f: (z, p) => softmaxInto(z, p.T, new Float64Array(z.length)),
  jacobian: (z, p) => softmaxJacobianFrom(softmaxInto(z, p.T, new Float64Array(z.length)), 1 / p.T),
  vjp: (z, v, p) => {
    checkSameLength('softmax', 'v', v, z.length);
    const y = softmaxInto(z, p.T, new Float64Array(z.length));
    return softmaxVjpFrom(y, v, 1 / p.T, y);
  },
  jvp: (z, v, p) => {
    checkSameLength('softmax', 'v', v, z.length);
    const y = softmaxInto(z, p.T, new Float64Array(z.length));
    return softmaxVjpFrom(y, v, 1 / p.T, y);
  },
};
