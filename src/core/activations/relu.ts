import { constant, line, zeroSecond, zeroSecondKernel } from '../pieces';
import type { ScalarActivation } from '../types';

/**
 * ReLU: relu(x) = max(0, x), relu′(x) = 1 for x > 0, 0 for x < 0; at 0 we take 0 as PyTorch
 * does (ReLU has no derivative there). relu(−0) = −0 because the x ≥ 0 branch returns x
 * itself. NaN stays NaN. relu″ = 0 on both pieces, and 0 at the kink too (PyTorch's double
 * backward). Example: relu(−2) = 0, relu(3) = 3.
 */
export const relu: ScalarActivation = {
  kind: 'scalar',
  id: 'relu',
  params: [],
  meta: {
    name: 'ReLU',
    rangeTex: '[0, \\infty)',
    range: [0, Infinity],
    zeroCentred: false,
    monotonic: true,
    saturates: 'negative',
    deadUnitRisk: 'high',
    cost: 'trivial',
    tex: { f: '\\operatorname{ReLU}(x) = \\max(0, x)', df: "\\operatorname{ReLU}'(x) = \\begin{cases} 1 & x > 0 \\\\ 0 & x \\le 0 \\end{cases}" },
    plain: { f: 'relu(x) = max(0, x)', df: "relu'(x) = 1 if x > 0, else 0" },
    kinkConvention: "relu′(0) = 0, as in PyTorch, TensorFlow and JAX (ReLU is not differentiable at 0; any value in [0, 1] is a subgradient).",
    origin: 'note',
    related: ['leaky_relu', 'prelu', 'elu', 'relu6', 'gelu', 'step'],
    d2: {
      tex: "\\operatorname{ReLU}''(x) = 0 \\quad (x \\ne 0)",
      plain: "relu''(x) = 0 for x != 0",
      convention: "relu″(0) = 0, as PyTorch's double backward gives; f″ does not exist at 0, where f′ jumps from 0 to 1.",
    },
  },
  f: (x) => (x < 0 ? 0 : x),
  df: (x) => (x > 0 ? 1 : x <= 0 ? 0 : NaN),
  kernel: (xs, out) => {
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i];
      out[i] = x < 0 ? 0 : x;
    }
  },
  dkernel: (xs, out) => {
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i];
      out[i] = x > 0 ? 1 : x <= 0 ? 0 : NaN;
    }
  },
  d2f: zeroSecond,
  d2kernel: zeroSecondKernel,
  pieces: () => [constant(0, 0), line(Infinity, 1)],
};
