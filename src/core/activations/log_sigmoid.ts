import { logSigmoid, logistic, logisticDerivative } from '../special/logistic';
import type { ScalarActivation } from '../types';

/**
 * Log-sigmoid: f(x) = log σ(x) = −softplus(−x), f′(x) = σ(−x) = 1 − σ(x), f″(x) = −σ′(x).
 * Example: f(0) = −ln 2, f(−1000) = −1000 (log of a σ that underflows), f′(0) = 0.5.
 */
export const logSigmoidActivation: ScalarActivation = {
  kind: 'scalar',
  id: 'log_sigmoid',
  params: [],
  meta: {
    name: 'Log-sigmoid',
    rangeTex: '(-\\infty, 0)',
    range: [-Infinity, 0],
    zeroCentred: false,
    monotonic: true,
    saturates: 'positive',
    deadUnitRisk: 'none',
    cost: 'exp',
    tex: { f: '\\log\\sigma(x) = -\\ln\\bigl(1 + e^{-x}\\bigr)', df: "(\\log\\sigma)'(x) = \\sigma(-x) = 1 - \\sigma(x)" },
    plain: { f: 'log_sigmoid(x) = -ln(1 + exp(-x))', df: "log_sigmoid'(x) = sigmoid(-x)" },
    origin: 'frameworks',
    related: ['sigmoid', 'softplus', 'log_softmax'],
    d2: { tex: "(\\log\\sigma)''(x) = -\\sigma'(x) = -\\sigma(x)\\bigl(1 - \\sigma(x)\\bigr)", plain: "log_sigmoid''(x) = -sigmoid'(x)" },
  },
  f: (x) => logSigmoid(x),
  df: (x) => logistic(-x),
  kernel: (xs, out) => {
    for (let i = 0; i < xs.length; i++) out[i] = logSigmoid(xs[i]);
  },
  dkernel: (xs, out) => {
    for (let i = 0; i < xs.length; i++) out[i] = logistic(-xs[i]);
  },
  d2f: (x) => -logisticDerivative(x),
  d2kernel: (xs, out) => {
    for (let i = 0; i < xs.length; i++) {
      const e = Math.exp(-Math.abs(xs[i]));
      const d = 1 + e;
      out[i] = -e / (d * d);
    }
  },
};
