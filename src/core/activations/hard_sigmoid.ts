import { constant, line, zeroSecond, zeroSecondKernel } from '../pieces';
import type { ScalarActivation } from '../types';

/**
 * Hard sigmoid, PyTorch's definition: f(x) = relu6(x + 3)/6, i.e. 0 for x ≤ −3, 1 for x ≥ 3,
 * x/6 + 1/2 between; f′(x) = 1/6 for −3 < x < 3, 0 elsewhere (0 at ±3, as in PyTorch).
 * Keras 3 (and tf.keras from TensorFlow 2.16) and JAX use the same formula; Keras 2, tf_keras and
 * TensorFlow.js's 'hardSigmoid' use 0.2x + 0.5 clipped to [0, 1]. Example: f(0) = 0.5, f(1.5) = 0.75.
 */
export const hardSigmoid: ScalarActivation = {
  kind: 'scalar',
  id: 'hard_sigmoid',
  params: [],
  meta: {
    name: 'Hard sigmoid',
    rangeTex: '[0, 1]',
    range: [0, 1],
    zeroCentred: false,
    monotonic: true,
    saturates: 'both',
    deadUnitRisk: 'high',
    cost: 'trivial',
    tex: {
      f: '\\operatorname{hardsigmoid}(x) = \\frac{\\operatorname{ReLU6}(x + 3)}{6} = \\begin{cases} 0 & x \\le -3 \\\\ \\frac{x}{6} + \\frac12 & -3 < x < 3 \\\\ 1 & x \\ge 3 \\end{cases}',
      df: "\\operatorname{hardsigmoid}'(x) = \\begin{cases} \\frac16 & -3 < x < 3 \\\\ 0 & \\text{otherwise} \\end{cases}",
    },
    plain: { f: 'hard_sigmoid(x) = relu6(x + 3) / 6', df: "hard_sigmoid'(x) = 1/6 if -3 < x < 3, else 0" },
    kinkConvention: 'hard_sigmoid′(±3) = 0, as in PyTorch (which in float64 returns float32’s 1/6 inside; here it is the double 1/6).',
    origin: 'frameworks',
    related: ['sigmoid', 'hard_swish', 'relu6'],
    d2: {
      tex: "\\operatorname{hardsigmoid}''(x) = 0 \\quad (x \\ne \\pm 3)",
      plain: "hard_sigmoid''(x) = 0 for x != -3, 3",
      convention: 'hard_sigmoid″(±3) = 0, as PyTorch’s double backward gives; f″ does not exist at ±3, where f′ jumps.',
    },
  },
  f: (x) => (x <= -3 ? 0 : x >= 3 ? 1 : (x + 3) / 6),
  df: (x) => (x > -3 && x < 3 ? 1 / 6 : x === x ? 0 : NaN),
  kernel: (xs, out) => {
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i];
      out[i] = x <= -3 ? 0 : x >= 3 ? 1 : (x + 3) / 6;
    }
  },
  dkernel: (xs, out) => {
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i];
      out[i] = x > -3 && x < 3 ? 1 / 6 : x === x ? 0 : NaN;
    }
  },
  // Three straight pieces: f″ is 0 on each, and 0 at the joins (PyTorch's double backward).
  d2f: zeroSecond,
  d2kernel: zeroSecondKernel,
  pieces: () => [constant(-3, 0), line(3, 1 / 6, 0.5), constant(Infinity, 1)],
};
