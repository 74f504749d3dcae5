import type { ScalarActivation } from '../types';
import { nonNegative } from './softshrink';

/**
 * Hardshrink (hard thresholding): f(x) = x for |x| > λ, 0 otherwise (λ = 0.5 by default);
 * f′(x) = 1 for |x| > λ, 0 for |x| ≤ λ (0 at ±λ, as in PyTorch). Example: f(0.6) = 0.6, f(0.4) = 0.
 */
export const hardshrink: ScalarActivation = {
  kind: 'scalar',
  id: 'hardshrink',
  params: [{ name: 'lambda', tex: '\\lambda', default: 0.5, check: nonNegative }],
  meta: {
    name: 'Hardshrink',
    rangeTex: '\\{0\\} \\cup (-\\infty, -\\lambda) \\cup (\\lambda, \\infty)',
    range: [-Infinity, Infinity],
    zeroCentred: true,
    monotonic: true,
    smoothness: 'discontinuous',
    saturates: 'none',
    deadUnitRisk: 'low',
    cost: 'trivial',
    tex: {
      f: '\\operatorname{hardshrink}(x) = \\begin{cases} x & |x| > \\lambda \\\\ 0 & |x| \\le \\lambda \\end{cases}',
      df: "\\operatorname{hardshrink}'(x) = \\begin{cases} 1 & |x| > \\lambda \\\\ 0 & |x| \\le \\lambda \\end{cases}",
    },
    plain: { f: 'hardshrink(x) = x if |x| > lambda, else 0', df: "hardshrink'(x) = 1 if |x| > lambda, else 0" },
    kinkConvention: 'hardshrink jumps at ±λ; hardshrink′(±λ) = 0, as in PyTorch.',
    origin: 'frameworks',
    related: ['softshrink', 'tanhshrink'],
  },
  f: (x, p) => (x > p.lambda || x < -p.lambda ? x : x - x),
  df: (x, p) => (x > p.lambda || x < -p.lambda ? 1 : x - x),
  kernel: (xs, out, p) => {
    const l = p.lambda;
    const nl = -l;
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i];
      out[i] = x > l || x < nl ? x : x - x;
    }
  },
  dkernel: (xs, out, p) => {
    const l = p.lambda;
    const nl = -l;
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i];
      out[i] = x > l || x < nl ? 1 : x - x;
    }
  },
};
