import { line, zeroSecond, zeroSecondKernel } from '../pieces';
import type { ScalarActivation } from '../types';

/**
 * Leaky ReLU: f(x) = x for x ≥ 0, αx for x < 0 (α = 0.01 by default);
 * f′(x) = 1 for x > 0, α for x ≤ 0 (PyTorch's choice at 0).
 * Written piecewise rather than max(αx, x), which is only right for 0 < α < 1.
 * f″ = 0 on both pieces and at the kink. For α = 1 both pieces are the same line (the identity).
 * Example: f(−2) = −0.02, f′(0) = 0.01.
 */
export const leakyRelu: ScalarActivation = {
  kind: 'scalar',
  id: 'leaky_relu',
  params: [{ name: 'alpha', tex: '\\alpha', default: 0.01 }],
  meta: {
    name: 'Leaky ReLU',
    rangeTex: '(-\\infty, \\infty)',
    range: [-Infinity, Infinity],
    zeroCentred: false,
    monotonic: true,
    saturates: 'none',
    deadUnitRisk: 'low',
    cost: 'trivial',
    tex: {
      f: '\\operatorname{LeakyReLU}(x) = \\begin{cases} x & x \\ge 0 \\\\ \\alpha x & x < 0 \\end{cases}',
      df: "\\operatorname{LeakyReLU}'(x) = \\begin{cases} 1 & x > 0 \\\\ \\alpha & x \\le 0 \\end{cases}",
    },
    plain: { f: 'leaky_relu(x) = x if x >= 0, else alpha * x', df: "leaky_relu'(x) = 1 if x > 0, else alpha" },
    kinkConvention: "leaky_relu′(0) = α, as in PyTorch. The form max(αx, x) holds only for 0 < α < 1.",
    origin: 'note',
    related: ['relu', 'prelu', 'elu'],
    d2: {
      tex: "\\operatorname{LeakyReLU}''(x) = 0 \\quad (x \\ne 0)",
      plain: "leaky_relu''(x) = 0 for x != 0",
      convention: "leaky_relu″(0) = 0, as PyTorch's double backward gives; for α ≠ 1 f″ does not exist at 0, where f′ jumps from α to 1.",
    },
  },
  f: (x, p) => (x < 0 ? p.alpha * x : x),
  df: (x, p) => (x > 0 ? 1 : x <= 0 ? p.alpha : NaN),
  kernel: (xs, out, p) => {
    const a = p.alpha;
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i];
      out[i] = x < 0 ? a * x : x;
    }
  },
  dkernel: (xs, out, p) => {
    const a = p.alpha;
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i];
      out[i] = x > 0 ? 1 : x <= 0 ? a : NaN;
    }
  },
  d2f: zeroSecond,
  d2kernel: zeroSecondKernel,
  pieces: (p) => (p.alpha === 1 ? [] : [line(0, p.alpha), line(Infinity, 1)]),
};
