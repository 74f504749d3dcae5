import type { ScalarActivation } from '../types';

/**
 * Identity (linear): f(x) = x, f′(x) = 1. A network of only linear layers collapses to one
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
    smoothness: 'smooth',
    saturates: 'none',
    deadUnitRisk: 'none',
    cost: 'trivial',
    tex: { f: 'f(x) = x', df: "f'(x) = 1" },
    plain: { f: 'identity(x) = x', df: "identity'(x) = 1" },
    origin: 'frameworks',
    related: ['relu', 'step'],
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
};
