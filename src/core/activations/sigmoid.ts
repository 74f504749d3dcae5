import { logistic, logisticDerivative, logisticSecond } from '../special/logistic';
import type { ScalarActivation } from '../types';

/**
 * Sigmoid (logistic): σ(x) = 1/(1 + e^(−x)), σ′(x) = σ(x)(1 − σ(x)),
 * σ″(x) = σ′(x)(1 − 2σ(x)) = −σ′(x)·tanh(x/2) (see `logisticSecond`).
 * Example: σ(0) = 0.5, σ′(0) = 0.25, σ(2) ≈ 0.8808, σ″(1) ≈ −0.0909.
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
    saturates: 'both',
    deadUnitRisk: 'none',
    cost: 'exp',
    tex: { f: '\\sigma(x) = \\frac{1}{1 + e^{-x}}', df: "\\sigma'(x) = \\sigma(x)\\,\\bigl(1 - \\sigma(x)\\bigr)" },
    plain: { f: 'sigmoid(x) = 1 / (1 + exp(-x))', df: "sigmoid'(x) = sigmoid(x) * (1 - sigmoid(x))" },
    origin: 'note',
    related: ['tanh', 'softmax', 'hard_sigmoid', 'log_sigmoid', 'swish'],
    d2: {
      tex: "\\sigma''(x) = \\sigma'(x)\\,\\bigl(1 - 2\\sigma(x)\\bigr) = -\\sigma'(x)\\tanh\\tfrac{x}{2}",
      plain: "sigmoid''(x) = sigmoid'(x) * (1 - 2 sigmoid(x))",
    },
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
  d2f: (x) => logisticSecond(x),
  d2kernel: (xs, out) => {
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i];
      const a = Math.abs(x);
      const e = Math.exp(-a);
      const d = 1 + e;
      const r = (e * -Math.expm1(-a)) / (d * d * d);
      out[i] = x > 0 ? -r : r;
    }
  },
};
