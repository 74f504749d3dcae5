import type { ParamSpec, VectorActivation } from '../types';
import { checkSameLength } from '../vector/check';
import { softmaxHessianFrom, softmaxHvpFrom, softmaxSecondDirectionalFrom } from '../vector/second';
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
 * The Hessian of output i is (yᵢ/T²)(u uᵀ − diag(y) + y yᵀ), u = eᵢ − y (`vector/second.ts`).
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
    d2: {
      tex: '\\nabla^2 y_i = \\tfrac{y_i}{T^2}\\bigl(u u^{\\top} - \\operatorname{diag}(y) + y y^{\\top}\\bigr),\\quad u = e_i - y',
      plain: 'Hessian of y_i = (y_i / T^2) (u u^T - diag(y) + y y^T), u = e_i - y',
    },
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
  hessian: (z, p, i) => softmaxHessianFrom(softmaxInto(z, p.T, new Float64Array(z.length)), i, 1 / p.T),
  hvp: (z, v, p, i) => {
    checkSameLength('softmax', 'v', v, z.length);
    return softmaxHvpFrom(softmaxInto(z, p.T, new Float64Array(z.length)), v, i, 1 / p.T);
  },
  d2dir: (z, a, b, p) => softmaxSecondDirectionalFrom(softmaxInto(z, p.T, new Float64Array(z.length)), a, b, 1 / p.T),
};
