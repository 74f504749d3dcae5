import { constant, line, zeroSecond, zeroSecondKernel } from '../pieces';
import type { ScalarActivation } from '../types';

const nonNegative = (l: number): string | undefined => (l >= 0 ? undefined : 'lambda must be ≥ 0');

/**
 * Softshrink (soft thresholding): f(x) = x − λ for x > λ, x + λ for x < −λ, 0 otherwise
 * (λ = 0.5 by default, λ ≥ 0); f′(x) = 1 for |x| > λ, 0 for |x| ≤ λ (0 at ±λ, as in PyTorch).
 * f″ = 0 on all three pieces and at the joins. Example: f(2) = 1.5, f(0.3) = 0. The zero is
 * written x − x: +0 for finite x, NaN for NaN.
 */
export const softshrink: ScalarActivation = {
  kind: 'scalar',
  id: 'softshrink',
  params: [{ name: 'lambda', tex: '\\lambda', default: 0.5, check: nonNegative }],
  meta: {
    name: 'Softshrink',
    rangeTex: '(-\\infty, \\infty)',
    range: [-Infinity, Infinity],
    zeroCentred: true,
    monotonic: true,
    saturates: 'none',
    deadUnitRisk: 'low',
    cost: 'trivial',
    tex: {
      f: '\\operatorname{softshrink}(x) = \\begin{cases} x - \\lambda & x > \\lambda \\\\ x + \\lambda & x < -\\lambda \\\\ 0 & \\text{otherwise} \\end{cases}',
      df: "\\operatorname{softshrink}'(x) = \\begin{cases} 1 & |x| > \\lambda \\\\ 0 & |x| \\le \\lambda \\end{cases}",
    },
    plain: { f: 'softshrink(x) = x - lambda if x > lambda, x + lambda if x < -lambda, else 0', df: "softshrink'(x) = 1 if |x| > lambda, else 0" },
    kinkConvention: 'softshrink′(±λ) = 0, as in PyTorch.',
    origin: 'frameworks',
    related: ['hardshrink', 'tanhshrink'],
    d2: {
      tex: "\\operatorname{softshrink}''(x) = 0 \\quad (x \\ne \\pm\\lambda)",
      plain: "softshrink''(x) = 0 for x != -lambda, lambda",
      convention: "softshrink″(±λ) = 0, as PyTorch's double backward gives; f″ does not exist at ±λ, where f′ jumps.",
    },
  },
  f: (x, p) => (x > p.lambda ? x - p.lambda : x < -p.lambda ? x + p.lambda : x - x),
  df: (x, p) => (x > p.lambda || x < -p.lambda ? 1 : x - x),
  kernel: (xs, out, p) => {
    const l = p.lambda;
    const nl = -l;
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i];
      out[i] = x > l ? x - l : x < nl ? x + l : x - x;
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
  // With λ = 0 the outer pieces meet as one line, x: no join at all.
  pieces: (p) => (p.lambda === 0 ? [] : [line(-p.lambda, 1, p.lambda), constant(p.lambda, 0), line(Infinity, 1, -p.lambda)]),
};

export { nonNegative };
