import { logistic } from '../special/logistic';
import type { ScalarActivation } from '../types';

/** √(2/π). */
const C = 0.7978845608028654;
const K = 0.044715;

/**
 * GELU, tanh approximation: f(x) = (x/2)(1 + tanh(u)), u = √(2/π)(x + 0.044715x³).
 * Since (1 + tanh u)/2 = σ(2u), we compute f = x·σ(2u), which does not cancel for x ≪ 0.
 *   f′(x) = σ(2u) + 2x·σ(2u)σ(−2u)·u′,  u′ = √(2/π)(1 + 3·0.044715x²)
 * With w = 2u, w′ = 2√(2/π)(1 + 3·0.044715x²), w″ = 12·0.044715·√(2/π)·x and σ″ = −σ′·tanh(w/2):
 *   f″(x) = σ′(w)·(2w′ + x·w″ − x·w′²·tanh(u))
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

/**
 * f″ from one exponential e = e^(−|w|): σ′(w) = e/(1 + e)² and x·tanh(u) = |x|(1 − e)/(1 + e)
 * (u has the sign of x). 1 − e loses digits only for small |w|, where its term is small next
 * to 2w′. Where σ′(w) underflows (±∞ included) the value is 0, not 0·∞.
 */
export function geluTanhSecond(x: number): number {
  const w = 2 * C * x * (1 + K * x * x);
  const e = Math.exp(-Math.abs(w));
  const d = 1 + e;
  const s1 = e / (d * d);
  if (s1 === 0) return 0;
  const w1 = 2 * C * (1 + 3 * K * x * x);
  const w2 = 12 * C * K * x;
  return s1 * (2 * w1 + x * w2 - (Math.abs(x) * w1 * w1 * (1 - e)) / d);
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
    d2: {
      tex: "\\operatorname{GELU}_{\\tanh}''(x) = \\sigma'(2u)\\,\\bigl(4u' + 2x\\,u'' - 4x\\,u'^2 \\tanh u\\bigr),\\quad u'' = 6 \\cdot 0.044715\\,\\sqrt{2/\\pi}\\,x",
      plain: "gelu_tanh''(x) = sigmoid'(2u) * (4u' + 2x u'' - 4x u'^2 tanh(u)), u'' = 0.26829 sqrt(2/pi) x",
    },
  },
  f: geluTanhValue,
  df: geluTanhDerivative,
  kernel: (xs, out) => {
    for (let i = 0; i < xs.length; i++) out[i] = geluTanhValue(xs[i]);
  },
  dkernel: (xs, out) => {
    for (let i = 0; i < xs.length; i++) out[i] = geluTanhDerivative(xs[i]);
  },
  d2f: geluTanhSecond,
  d2kernel: (xs, out) => {
    for (let i = 0; i < xs.length; i++) out[i] = geluTanhSecond(xs[i]);
  },
};
