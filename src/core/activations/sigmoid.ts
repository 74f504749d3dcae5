import { logistic, logisticDerivative } from '../special/logistic';
import type { ScalarActivation } from '../types';

/**
 * Sigmoid (logistic): σ(x) = 1/(1 + e^(−x)), σ′(x) = σ(x)(1 − σ(x)).
 * Example: σ(0) = 0.5, σ′(0) = 0.25, σ(2) ≈ 0.8808.
 */
export const sigmoid: ScalarActivation = {
  kind: 'scalar',
  id: 'sigmoid',
  params: [],
  meta: {
    name: 'Sigmoid',
    rangeTex: '(0, 1)',
    range: [0, 1],
    zeroCentred: false,
    monotonic: true,
    smoothness: 'smooth',
    saturates: 'both',
    deadUnitRisk: 'none',
    cost: 'exp',
    tex: { f: '\\sigma(x) = \\frac{1}{1 + e^{-x}}', df: "\\sigma'(x) = \\sigma(x)\\,\\bigl(1 - \\sigma(x)\\bigr)" },
    plain: { f: 'sigmoid(x) = 1 / (1 + exp(-x))', df: "sigmoid'(x) = sigmoid(x) * (1 - sigmoid(x))" },
    origin: 'note',
    related: ['tanh', 'softmax', 'hard_sigmoid', 'log_sigmoid', 'swish'],
  },
  f: (x) => logistic(x),
  df: (x) => logisticDerivative(x),
  kernel: (xs, out) => {
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i];
      if (x >= 0) {
        out[i] = 1 / (1 + Math.exp(-x));
      } else {
        const e = Math.exp(x);
        out[i] = e / (1 + e);
      }
    }
  },
  dkernel: (xs, out) => {
    for (let i = 0; i < xs.length; i++) {
      const e = Math.exp(-Math.abs(xs[i]));
      const d = 1 + e;
      out[i] = e / (d * d);
    }
  },
};
