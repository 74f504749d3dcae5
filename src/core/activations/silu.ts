import type { ScalarActivation } from '../types';
import { swishCurvature, swishDerivative, swishMeta, swishValue } from './swish';

/**
 * SiLU: silu(x) = x·σ(x), Swish with β = 1; silu′(x) = σ(x)(1 + x(1 − σ(x)));
 * silu″(x) = σ′(x)(2 − x·tanh(x/2)) = σ′(x)(2 + x(1 − 2σ(x))).
 * Example: silu(−1.2785) ≈ −0.2785, its minimum.
 */
export const silu: ScalarActivation = {
  kind: 'scalar',
  id: 'silu',
  params: [],
  meta: swishMeta(
    'SiLU',
    {
      f: '\\operatorname{SiLU}(x) = x\\,\\sigma(x) = \\frac{x}{1 + e^{-x}}',
      df: "\\operatorname{SiLU}'(x) = \\sigma(x)\\bigl(1 + x\\,(1 - \\sigma(x))\\bigr)",
    },
    { f: 'silu(x) = x * sigmoid(x)', df: "silu'(x) = sigmoid(x) * (1 + x * (1 - sigmoid(x)))" },
    'frameworks',
    ['swish', 'sigmoid', 'gelu', 'mish'],
    {
      tex: "\\operatorname{SiLU}''(x) = \\sigma'(x)\\,\\bigl(2 + x\\,(1 - 2\\sigma(x))\\bigr)",
      plain: "silu''(x) = sigmoid'(x) * (2 + x * (1 - 2 sigmoid(x)))",
    },
  ),
  f: (x) => swishValue(x, 1),
  df: (x) => swishDerivative(x, 1),
  kernel: (xs, out) => {
    for (let i = 0; i < xs.length; i++) out[i] = swishValue(xs[i], 1);
  },
  dkernel: (xs, out) => {
    for (let i = 0; i < xs.length; i++) out[i] = swishDerivative(xs[i], 1);
  },
  d2f: (x) => swishCurvature(x),
  d2kernel: (xs, out) => {
    for (let i = 0; i < xs.length; i++) out[i] = swishCurvature(xs[i]);
  },
};
