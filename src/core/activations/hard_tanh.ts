import { constant, line, zeroSecond, zeroSecondKernel } from '../pieces';
import type { ScalarActivation } from '../types';

/**
 * Hard tanh: f(x) = clamp(x, −1, 1); f′(x) = 1 for −1 < x < 1, else 0 (0 at ±1, as in PyTorch).
 * f″ = 0 on all three pieces and at the joins. Example: f(0.3) = 0.3, f(−4) = −1.
 */
export const hardTanh: ScalarActivation = {
  kind: 'scalar',
  id: 'hard_tanh',
  params: [],
  meta: {
    name: 'Hard tanh',
    rangeTex: '[-1, 1]',
    range: [-1, 1],
    zeroCentred: true,
    monotonic: true,
    saturates: 'both',
    deadUnitRisk: 'high',
    cost: 'trivial',
    tex: {
      f: '\\operatorname{hardtanh}(x) = \\max\\bigl(-1, \\min(1, x)\\bigr)',
      df: "\\operatorname{hardtanh}'(x) = \\begin{cases} 1 & -1 < x < 1 \\\\ 0 & \\text{otherwise} \\end{cases}",
    },
    plain: { f: 'hard_tanh(x) = max(-1, min(1, x))', df: "hard_tanh'(x) = 1 if -1 < x < 1, else 0" },
    kinkConvention: 'hard_tanh′(±1) = 0, as in PyTorch.',
    origin: 'frameworks',
    related: ['tanh', 'relu6', 'hard_sigmoid'],
    d2: {
      tex: "\\operatorname{hardtanh}''(x) = 0 \\quad (x \\ne \\pm 1)",
      plain: "hard_tanh''(x) = 0 for x != -1, 1",
      convention: "hard_tanh″(±1) = 0, as PyTorch's double backward gives; f″ does not exist at ±1, where f′ jumps.",
    },
  },
  f: (x) => (x < -1 ? -1 : x > 1 ? 1 : x),
  df: (x) => (x > -1 && x < 1 ? 1 : x === x ? 0 : NaN),
  kernel: (xs, out) => {
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i];
      out[i] = x < -1 ? -1 : x > 1 ? 1 : x;
    }
  },
  dkernel: (xs, out) => {
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i];
      out[i] = x > -1 && x < 1 ? 1 : x === x ? 0 : NaN;
    }
  },
  d2f: zeroSecond,
  d2kernel: zeroSecondKernel,
  pieces: () => [constant(-1, -1), line(1, 1), constant(Infinity, 1)],
};
