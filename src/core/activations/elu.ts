import { expPiece, line } from '../pieces';
import type { ScalarActivation } from '../types';

/**
 * ELU: f(x) = x for x > 0, α(eˣ − 1) for x ≤ 0 (α = 1 by default);
 * f′(x) = 1 for x > 0, αeˣ (= f(x) + α) for x ≤ 0.
 * eˣ − 1 is computed with expm1, so elu(−1e−300) = −1e−300 rather than 0.
 * f″(x) = 0 for x > 0, αeˣ for x < 0; at 0, where f″ jumps from α to 0, it is 0 (PyTorch's
 * double backward masks x < 0). So ELU is C¹ for α = 1 and only C⁰ otherwise.
 * Example: elu(−1) = −0.6321, elu′(−1) = 0.3679, elu′(0) = α.
 */
export const elu: ScalarActivation = {
  kind: 'scalar',
  id: 'elu',
  params: [{ name: 'alpha', tex: '\\alpha', default: 1 }],
  meta: {
    name: 'ELU',
    rangeTex: '(-\\alpha, \\infty)',
    range: [-1, Infinity],
    zeroCentred: false,
    monotonic: true,
    saturates: 'negative',
    deadUnitRisk: 'low',
    cost: 'exp',
    tex: {
      f: '\\operatorname{ELU}(x) = \\begin{cases} x & x > 0 \\\\ \\alpha\\,(e^{x} - 1) & x \\le 0 \\end{cases}',
      df: "\\operatorname{ELU}'(x) = \\begin{cases} 1 & x > 0 \\\\ \\alpha e^{x} & x \\le 0 \\end{cases}",
    },
    plain: { f: 'elu(x) = x if x > 0, else alpha * (exp(x) - 1)', df: "elu'(x) = 1 if x > 0, else alpha * exp(x)" },
    kinkConvention: 'elu′(0) = α, as in PyTorch (the left branch). For α = 1 both sides agree and ELU is C¹; otherwise it has a kink at 0. The range shown is for α = 1; in general (−α, ∞).',
    origin: 'note',
    related: ['relu', 'leaky_relu', 'selu', 'celu'],
    d2: {
      tex: "\\operatorname{ELU}''(x) = \\begin{cases} 0 & x > 0 \\\\ \\alpha e^{x} & x < 0 \\end{cases}",
      plain: "elu''(x) = 0 if x > 0, alpha * exp(x) if x < 0",
      convention: "elu″(0) = 0, as PyTorch's double backward gives (it masks x < 0); f″ does not exist at 0, where it jumps from α to 0.",
    },
  },
  f: (x, p) => (x > 0 ? x : p.alpha * Math.expm1(x)),
  df: (x, p) => (x > 0 ? 1 : p.alpha * Math.exp(x)),
  kernel: (xs, out, p) => {
    const a = p.alpha;
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i];
      out[i] = x > 0 ? x : a * Math.expm1(x);
    }
  },
  dkernel: (xs, out, p) => {
    const a = p.alpha;
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i];
      out[i] = x > 0 ? 1 : a * Math.exp(x);
    }
  },
  d2f: (x, p) => (x < 0 ? p.alpha * Math.exp(x) : x >= 0 ? 0 : NaN),
  d2kernel: (xs, out, p) => {
    const a = p.alpha;
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i];
      out[i] = x < 0 ? a * Math.exp(x) : x >= 0 ? 0 : NaN;
    }
  },
  pieces: (p) => [expPiece(0, p.alpha), line(Infinity, 1)],
};
