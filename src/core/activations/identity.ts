import { zeroSecond, zeroSecondKernel } from '../pieces';
import type { ScalarActivation } from '../types';

/**
 * Identity (linear): f(x) = x, f′(x) = 1, f″(x) = 0. A network of only linear layers collapses to one
 * linear map — which is why activations must be non-linear. Example: f(−2) = −2.
 */
export const identity: ScalarActivation = {
  kind: 'scalar',
  id: 'identity',
  params: [],
  meta: {
    name: 'Identity',
    rangeTex: '(-\\infty, \\infty)',
    range: [-Infinity, Infinity],
    zeroCentred: true,
    monotonic: true,
    saturates: 'none',
    deadUnitRisk: 'none',
    cost: 'trivial',
    tex: { f: 'f(x) = x', df: "f'(x) = 1" },
    plain: { f: 'identity(x) = x', df: "identity'(x) = 1" },
    origin: 'frameworks',
    related: ['relu', 'step'],
    d2: { tex: "f''(x) = 0", plain: "identity''(x) = 0" },
  },
  f: (x) => x,
  df: (x) => (x === x ? 1 : NaN),
  kernel: (xs, out) => {
    out.set(xs);
  },
  dkernel: (xs, out) => {
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i];
      out[i] = x === x ? 1 : NaN;
    }
  },
  d2f: zeroSecond,
  d2kernel: zeroSecondKernel,
};
