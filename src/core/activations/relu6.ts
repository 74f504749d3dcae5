import { constant, line, zeroSecond, zeroSecondKernel } from '../pieces';
import type { ScalarActivation } from '../types';

/**
 * ReLU6: f(x) = min(max(0, x), 6); f′(x) = 1 for 0 < x < 6, else 0 (0 at both 0 and 6, as in
 * PyTorch); f″ = 0 on all three pieces and at the joins. relu6(−0) = −0 like ReLU.
 * Example: relu6(7) = 6.
 */
export const relu6: ScalarActivation = {
  kind: 'scalar',
  id: 'relu6',
  params: [],
  meta: {
    name: 'ReLU6',
    rangeTex: '[0, 6]',
    range: [0, 6],
    zeroCentred: false,
    monotonic: true,
    saturates: 'both',
    deadUnitRisk: 'high',
    cost: 'trivial',
    tex: { f: '\\operatorname{ReLU6}(x) = \\min\\bigl(\\max(0, x), 6\\bigr)', df: "\\operatorname{ReLU6}'(x) = \\begin{cases} 1 & 0 < x < 6 \\\\ 0 & \\text{otherwise} \\end{cases}" },
    plain: { f: 'relu6(x) = min(max(0, x), 6)', df: "relu6'(x) = 1 if 0 < x < 6, else 0" },
    kinkConvention: 'relu6′(0) = relu6′(6) = 0, as in PyTorch.',
    origin: 'frameworks',
    related: ['relu', 'hard_tanh', 'hard_sigmoid', 'hard_swish'],
    d2: {
      tex: "\\operatorname{ReLU6}''(x) = 0 \\quad (x \\ne 0, 6)",
      plain: "relu6''(x) = 0 for x != 0, 6",
      convention: "relu6″(0) = relu6″(6) = 0, as PyTorch's double backward gives; f″ does not exist there.",
    },
  },
  f: (x) => (x < 0 ? 0 : x > 6 ? 6 : x),
  df: (x) => (x > 0 && x < 6 ? 1 : x === x ? 0 : NaN),
  kernel: (xs, out) => {
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i];
      out[i] = x < 0 ? 0 : x > 6 ? 6 : x;
    }
  },
  dkernel: (xs, out) => {
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i];
      out[i] = x > 0 && x < 6 ? 1 : x === x ? 0 : NaN;
    }
  },
  d2f: zeroSecond,
  d2kernel: zeroSecondKernel,
  pieces: () => [constant(0, 0), line(6, 1), constant(Infinity, 6)],
};
