import { line } from '../pieces';
import { log1pexp, logistic, logisticDerivative } from '../special/logistic';
import type { ScalarActivation } from '../types';

/**
 * Softplus: f(x) = (1/β)·log(1 + e^(βx)), f′(x) = σ(βx).
 * PyTorch switches to f(x) = x once βx > threshold (20 by default), which is up to 2e5 ulp off
 * near the switch; here `threshold` defaults to the largest double, so the exact function is
 * used everywhere unless a threshold is asked for (then f = x and f′ = 1 above it).
 * f″(x) = β·σ′(βx) (0 above a threshold, and 0 at it: PyTorch's double backward masks βx < τ).
 * Example: softplus(0) = ln 2 ≈ 0.6931, softplus(1000) = 1000, softplus″(0) = β/4.
 */
export const softplus: ScalarActivation = {
  kind: 'scalar',
  id: 'softplus',
  params: [
    { name: 'beta', tex: '\\beta', default: 1, check: (b) => (b > 0 ? undefined : 'beta must be positive') },
    { name: 'threshold', tex: '\\tau', default: Number.MAX_VALUE },
  ],
  meta: {
    name: 'Softplus',
    rangeTex: '(0, \\infty)',
    range: [0, Infinity],
    zeroCentred: false,
    monotonic: true,
    saturates: 'negative',
    deadUnitRisk: 'none',
    cost: 'exp',
    tex: {
      f: '\\operatorname{softplus}(x) = \\tfrac{1}{\\beta}\\ln\\bigl(1 + e^{\\beta x}\\bigr)',
      df: "\\operatorname{softplus}'(x) = \\sigma(\\beta x)",
    },
    plain: { f: 'softplus(x) = ln(1 + exp(beta * x)) / beta', df: "softplus'(x) = sigmoid(beta * x)" },
    kinkConvention: 'No kink. With a finite threshold (PyTorch uses 20) f(x) = x and f′(x) = 1 where βx > threshold; by default no threshold applies.',
    origin: 'frameworks',
    related: ['relu', 'mish', 'log_sigmoid', 'squareplus'],
    d2: {
      tex: "\\operatorname{softplus}''(x) = \\beta\\,\\sigma'(\\beta x) = \\beta\\,\\sigma(\\beta x)\\bigl(1 - \\sigma(\\beta x)\\bigr)",
      plain: "softplus''(x) = beta * sigmoid'(beta * x)",
      convention: 'With a finite threshold τ, f″ = 0 where βx ≥ τ (at the switch too, as PyTorch’s double backward gives); by default there is no switch.',
    },
  },
  f: (x, p) => (p.beta * x > p.threshold ? x : log1pexp(p.beta * x) / p.beta),
  df: (x, p) => (p.beta * x > p.threshold ? 1 : logistic(p.beta * x)),
  kernel: (xs, out, p) => {
    const b = p.beta;
    const th = p.threshold;
    for (let i = 0; i < xs.length; i++) {
      const u = b * xs[i];
      out[i] = u > th ? xs[i] : (u > 0 ? u + Math.log1p(Math.exp(-u)) : Math.log1p(Math.exp(u))) / b;
    }
  },
  dkernel: (xs, out, p) => {
    const b = p.beta;
    const th = p.threshold;
    for (let i = 0; i < xs.length; i++) {
      const u = b * xs[i];
      out[i] = u > th ? 1 : logistic(u);
    }
  },
  d2f: (x, p) => (p.beta * x >= p.threshold ? 0 : p.beta * logisticDerivative(p.beta * x)),
  d2kernel: (xs, out, p) => {
    const b = p.beta;
    const th = p.threshold;
    for (let i = 0; i < xs.length; i++) {
      const u = b * xs[i];
      const e = Math.exp(-Math.abs(u));
      const d = 1 + e;
      out[i] = u >= th ? 0 : (b * e) / (d * d);
    }
  },
  // A finite threshold splits the function at x = τ/β (where the two pieces differ slightly);
  // the default threshold means no switch at all.
  pieces: (p) => {
    const at = p.threshold / p.beta;
    if (!(p.threshold < Number.MAX_VALUE) || !Number.isFinite(at)) return [];
    const b = p.beta;
    return [
      { to: at, f: (x) => log1pexp(b * x) / b, df: (x) => logistic(b * x), d2f: (x) => b * logisticDerivative(b * x) },
      line(Infinity, 1),
    ];
  },
};
