import { constant, line, zeroSecond, zeroSecondKernel } from '../pieces';
import type { ScalarActivation } from '../types';
import { nonNegative } from './softshrink';

/**
 * Hardshrink (hard thresholding): f(x) = x for |x| > λ, 0 otherwise (λ = 0.5 by default);
 * f′(x) = 1 for |x| > λ, 0 for |x| ≤ λ (0 at ±λ, as in PyTorch); f″ = 0 everywhere, 0 at the
 * jumps too. Example: f(0.6) = 0.6, f(0.4) = 0.
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
    d2: {
      tex: "\\operatorname{hardshrink}''(x) = 0 \\quad (x \\ne \\pm\\lambda)",
      plain: "hardshrink''(x) = 0 for x != -lambda, lambda",
      convention: "hardshrink″(±λ) = 0, as PyTorch's double backward gives; f itself jumps at ±λ, so neither f′ nor f″ exists there.",
    },
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
  d2f: zeroSecond,
  d2kernel: zeroSecondKernel,
  // With λ = 0 the function is x everywhere (the middle piece is empty): no join.
  pieces: (p) => (p.lambda === 0 ? [] : [line(-p.lambda, 1), constant(p.lambda, 0), line(Infinity, 1)]),
};
