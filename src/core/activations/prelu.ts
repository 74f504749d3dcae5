import type { ScalarActivation } from '../types';
import { leakyRelu } from './leaky_relu';

/**
 * PReLU: the same shape as Leaky ReLU, but α is learned (initialised to 0.25, as in PyTorch).
 *   f(x) = x for x ≥ 0, αx for x < 0;  ∂f/∂x = 1 for x > 0, α for x ≤ 0;
 *   ∂f/∂α = 0 for x > 0, x for x ≤ 0.
 *   ∂f′/∂α = 0 for x > 0, 1 for x ≤ 0 (the mixed second partial; f″ itself is 0).
 * Example: f(−2) = −0.5, ∂f/∂α at x = −2 is −2.
 */
export const prelu: ScalarActivation = {
  kind: 'scalar',
  id: 'prelu',
  params: [{ name: 'alpha', tex: '\\alpha', default: 0.25, learnable: true }],
  meta: {
    name: 'PReLU',
    rangeTex: '(-\\infty, \\infty)',
    range: [-Infinity, Infinity],
    zeroCentred: false,
    monotonic: true,
    saturates: 'none',
    deadUnitRisk: 'low',
    cost: 'trivial',
    tex: {
      f: '\\operatorname{PReLU}(x) = \\begin{cases} x & x \\ge 0 \\\\ \\alpha x & x < 0 \\end{cases}',
      df: "\\frac{\\partial f}{\\partial x} = \\begin{cases} 1 & x > 0 \\\\ \\alpha & x \\le 0 \\end{cases},\\quad \\frac{\\partial f}{\\partial \\alpha} = \\begin{cases} 0 & x > 0 \\\\ x & x \\le 0 \\end{cases}",
    },
    plain: { f: 'prelu(x) = x if x >= 0, else alpha * x (alpha learned)', df: "prelu'(x) = 1 if x > 0, else alpha; d/dalpha = 0 if x > 0, else x" },
    kinkConvention: 'prelu′(0) = α, as in PyTorch; ∂f/∂α at 0 is 0.',
    origin: 'note',
    related: ['leaky_relu', 'relu', 'elu'],
    d2: {
      tex: "\\operatorname{PReLU}''(x) = 0 \\quad (x \\ne 0),\\quad \\frac{\\partial f'}{\\partial \\alpha} = \\begin{cases} 0 & x > 0 \\\\ 1 & x \\le 0 \\end{cases}",
      plain: "prelu''(x) = 0 for x != 0; d prelu'/dalpha = 0 if x > 0, else 1",
      convention: "prelu″(0) = 0, as PyTorch's double backward gives; ∂f′/∂α at 0 is 1, following prelu′(0) = α.",
    },
  },
  // The same function of x as Leaky ReLU (only α's default and its being learned differ).
  f: leakyRelu.f,
  df: leakyRelu.df,
  dparam: { alpha: (x) => (x > 0 ? 0 : x) },
  mixed: { alpha: (x) => (x > 0 ? 0 : x <= 0 ? 1 : NaN) },
  kernel: leakyRelu.kernel,
  dkernel: leakyRelu.dkernel,
  d2f: leakyRelu.d2f,
  d2kernel: leakyRelu.d2kernel,
  pieces: leakyRelu.pieces,
};
