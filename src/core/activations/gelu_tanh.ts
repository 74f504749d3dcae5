import { logistic } from '../special/logistic';
import type { ScalarActivation } from '../types';

/** √(2/π). */
const C = 0.7978845608028654;
const K = 0.044715;

/**
 * GELU, tanh approximation: f(x) = (x/2)(1 + tanh(u)), u = √(2/π)(x + 0.044715x³).
 * Since (1 + tanh u)/2 = σ(2u), we compute f = x·σ(2u), which does not cancel for x ≪ 0.
 *   f′(x) = σ(2u) + 2x·σ(2u)σ(−2u)·u′,  u′ = √(2/π)(1 + 3·0.044715x²)
 * Example: gelu_tanh(1) ≈ 0.8412 (exact GELU: 0.8413).
 */
export function geluTanhValue(x: number): number {
  const s = logistic(2 * C * x * (1 + K * x * x));
  if (s === 0) return x < 0 ? -0 : 0;
  return x * s;
}

export function geluTanhDerivative(x: number): number {
  const u2 = 2 * C * x * (1 + K * x * x);
  if (!(Math.abs(u2) < Infinity)) return logistic(u2);
  // σ(2u) and σ(2u)σ(−2u) = e/(1 + e)² from one exponential e = e^(−|2u|).
  const e = Math.exp(-Math.abs(u2));
  const d = 1 + e;
  const s = u2 >= 0 ? 1 / d : e / d;
  const st = e / (d * d);
  if (st === 0) return s;
  return s + 2 * x * st * C * (1 + 3 * K * x * x);
}

export const geluTanh: ScalarActivation = {
  kind: 'scalar',
  id: 'gelu_tanh',
  params: [],
  meta: {
    name: 'GELU (tanh approximation)',
    rangeTex: '[\\approx -0.1700, \\infty)',
    range: [-0.17004075057125406, Infinity],
    zeroCentred: false,
    monotonic: false,
    smoothness: 'smooth',
    saturates: 'negative',
    deadUnitRisk: 'none',
    cost: 'exp',
    tex: {
      f: '\\operatorname{GELU}_{\\tanh}(x) = \\frac{x}{2}\\Bigl(1 + \\tanh\\bigl(\\sqrt{2/\\pi}\\,(x + 0.044715\\,x^3)\\bigr)\\Bigr)',
      df: "\\operatorname{GELU}_{\\tanh}'(x) = \\sigma(2u) + 2x\\,\\sigma(2u)\\,\\sigma(-2u)\\,u',\\quad u = \\sqrt{2/\\pi}\\,(x + 0.044715\\,x^3)",
    },
    plain: {
      f: 'gelu_tanh(x) = x/2 * (1 + tanh(sqrt(2/pi) * (x + 0.044715 x^3)))',
      df: "gelu_tanh'(x) = s + 2x * s * (1 - s) * u', s = sigmoid(2u), u' = sqrt(2/pi) * (1 + 0.134145 x^2)",
    },
    origin: 'frameworks',
    related: ['gelu', 'silu', 'tanh'],
  },
  f: geluTanhValue,
  df: geluTanhDerivative,
  kernel: (xs, out) => {
    for (let i = 0; i < xs.length; i++) out[i] = geluTanhValue(xs[i]);
  },
  dkernel: (xs, out) => {
    for (let i = 0; i < xs.length; i++) out[i] = geluTanhDerivative(xs[i]);
  },
};
