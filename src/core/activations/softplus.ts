import { log1pexp, logistic } from '../special/logistic';
import type { ScalarActivation } from '../types';

/**
 * Softplus: f(x) = (1/β)·log(1 + e^(βx)), f′(x) = σ(βx).
 * PyTorch switches to f(x) = x once βx > threshold (20 by default), which is up to 2e5 ulp off
 * near the switch; here `threshold` defaults to the largest double, so the exact function is
 * used everywhere unless a threshold is asked for (then f = x and f′ = 1 above it).
 * Example: softplus(0) = ln 2 ≈ 0.6931, softplus(1000) = 1000.
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
    smoothness: 'smooth',
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
};
