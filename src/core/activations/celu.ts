import { expPiece, line } from '../pieces';
import type { ScalarActivation } from '../types';

/**
 * CELU: f(x) = x for x > 0, α(e^(x/α) − 1) for x ≤ 0 (α = 1 by default, α ≠ 0);
 * f′(x) = 1 for x > 0, e^(x/α) for x ≤ 0; f″(x) = 0 for x > 0, e^(x/α)/α for x < 0, 0 at the kink.
 * Unlike ELU it is C¹ for every α (but not C²: f″ jumps from 1/α to 0).
 * Example: celu(−1; α = 2) = 2(e^(−0.5) − 1) ≈ −0.7869.
 */
export const celu: ScalarActivation = {
  kind: 'scalar',
  id: 'celu',
  params: [{ name: 'alpha', tex: '\\alpha', default: 1, check: (a) => (a === 0 ? 'alpha must not be 0 (celu divides by it)' : undefined) }],
  meta: {
    name: 'CELU',
    rangeTex: '(-\\alpha, \\infty)',
    range: [-1, Infinity],
    zeroCentred: false,
    monotonic: true,
    saturates: 'negative',
    deadUnitRisk: 'low',
    cost: 'exp',
    tex: {
      f: '\\operatorname{CELU}(x) = \\begin{cases} x & x > 0 \\\\ \\alpha\\,(e^{x/\\alpha} - 1) & x \\le 0 \\end{cases}',
      df: "\\operatorname{CELU}'(x) = \\begin{cases} 1 & x > 0 \\\\ e^{x/\\alpha} & x \\le 0 \\end{cases}",
    },
    plain: { f: 'celu(x) = x if x > 0, else alpha * (exp(x / alpha) - 1)', df: "celu'(x) = 1 if x > 0, else exp(x / alpha)" },
    kinkConvention: 'celu′(0) = 1 (both sides agree); the range shown is for α = 1.',
    origin: 'frameworks',
    related: ['elu', 'selu'],
    d2: {
      tex: "\\operatorname{CELU}''(x) = \\begin{cases} 0 & x > 0 \\\\ \\tfrac{1}{\\alpha} e^{x/\\alpha} & x < 0 \\end{cases}",
      plain: "celu''(x) = 0 if x > 0, exp(x / alpha) / alpha if x < 0",
      convention: "celu″(0) = 0, as PyTorch's double backward gives; f″ does not exist at 0, where it jumps from 1/α to 0.",
    },
  },
  f: (x, p) => (x > 0 ? x : p.alpha * Math.expm1(x / p.alpha)),
  df: (x, p) => (x > 0 ? 1 : Math.exp(x / p.alpha)),
  kernel: (xs, out, p) => {
    const a = p.alpha;
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i];
      out[i] = x > 0 ? x : a * Math.expm1(x / a);
    }
  },
  dkernel: (xs, out, p) => {
    const a = p.alpha;
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i];
      out[i] = x > 0 ? 1 : Math.exp(x / a);
    }
  },
  d2f: (x, p) => (x < 0 ? Math.exp(x / p.alpha) / p.alpha : x >= 0 ? 0 : NaN),
  d2kernel: (xs, out, p) => {
    const a = p.alpha;
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i];
      out[i] = x < 0 ? Math.exp(x / a) / a : x >= 0 ? 0 : NaN;
    }
  },
  pieces: (p) => [expPiece(0, p.alpha, p.alpha), line(Infinity, 1)],
};
