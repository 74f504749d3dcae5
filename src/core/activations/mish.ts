import { log1pexp, logistic } from '../special/logistic';
import type { ScalarActivation } from '../types';

/**
 * Mish: f(x) = x·tanh(softplus(x)), softplus(x) = log(1 + eˣ).
 *   f′(x) = tanh(sp) + x·sech²(sp)·σ(x),  sp = softplus(x)
 * (the same function as the closed form eˣω/δ², but that form overflows to NaN for x ≳ 178).
 * sech²(sp) is 4q/(1 + q)² with q = e^(−2·sp) ≤ 1, which never cancels or overflows.
 * Non-monotonic: minimum ≈ −0.30884 at x ≈ −1.19243. Example: mish(1) ≈ 0.8651.
 */
export function mishValue(x: number): number {
  const t = Math.tanh(log1pexp(x));
  if (t === 0) return x < 0 ? -0 : x;
  return x * t;
}

export function mishDerivative(x: number): number {
  const sp = log1pexp(x);
  const q = Math.exp(-2 * sp);
  const d = 1 + q;
  const g = ((4 * q) / (d * d)) * logistic(x);
  const t = Math.tanh(sp);
  if (g === 0) return t;
  return t + x * g;
}

export const mish: ScalarActivation = {
  kind: 'scalar',
  id: 'mish',
  params: [],
  meta: {
    name: 'Mish',
    rangeTex: '[\\approx -0.3088, \\infty)',
    range: [-0.30884341301725043, Infinity],
    zeroCentred: false,
    monotonic: false,
    smoothness: 'smooth',
    saturates: 'negative',
    deadUnitRisk: 'none',
    cost: 'multi-exp',
    tex: {
      f: '\\operatorname{Mish}(x) = x \\tanh\\bigl(\\ln(1 + e^{x})\\bigr)',
      df: "\\operatorname{Mish}'(x) = \\tanh(s) + x\\,\\operatorname{sech}^2(s)\\,\\sigma(x),\\quad s = \\ln(1 + e^{x})",
    },
    plain: {
      f: 'mish(x) = x * tanh(softplus(x)), softplus(x) = ln(1 + exp(x))',
      df: "mish'(x) = tanh(s) + x * sech(s)^2 * sigmoid(x), s = softplus(x)",
    },
    origin: 'note',
    related: ['swish', 'softplus', 'gelu'],
  },
  f: mishValue,
  df: mishDerivative,
  kernel: (xs, out) => {
    for (let i = 0; i < xs.length; i++) out[i] = mishValue(xs[i]);
  },
  dkernel: (xs, out) => {
    for (let i = 0; i < xs.length; i++) out[i] = mishDerivative(xs[i]);
  },
};
