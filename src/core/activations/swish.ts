import { LO, twoProduct } from '../special/doubleDouble';
import { logistic } from '../special/logistic';
import type { ActivationMeta, ScalarActivation } from '../types';

/**
 * Swish: f(x) = x·σ(βx).
 *   f′(x) = σ(βx) + βx·σ(βx)σ(−βx) = βf(x) + σ(βx)(1 − βf(x))
 *   ∂f/∂β = x²·σ(βx)σ(−βx)
 * σ(−βx) is evaluated on its own (not as 1 − σ(βx)) so the product keeps its precision in the
 * tails, and at x = ±∞ the limits are taken explicitly (∞·0 would be NaN).
 *   f″(x) = β·σ′(βx)·(2 − βx·tanh(βx/2))   (from σ″ = −σ′·tanh(u/2))
 *   ∂f′/∂β = x·σ′(βx)·(2 − βx·tanh(βx/2))  (the mixed second partial, = f″·x/β)
 * Example: swish(1; β = 1) = 0.7311; f′(3; β = 1.7) ≈ 1.0247; silu″(0) = 0.5.
 */
export function swishValue(x: number, beta: number): number {
  const s = logistic(beta * x);
  if (s === 0) return x < 0 ? -0 : 0;
  return x * s;
}

export function swishDerivative(x: number, beta: number): number {
  const u = beta * x;
  // ±∞ (and NaN) take their limits: σ(u) itself, since u·σ(u)σ(−u) → 0.
  if (!(Math.abs(u) < Infinity)) return logistic(u);
  // One exponential serves both factors: with e = e^(−|u|), σ(u)σ(−u) = e/(1 + e)².
  const e = Math.exp(-Math.abs(u));
  const d = 1 + e;
  const s = u >= 0 ? 1 / d : e / d;
  return s + u * (e / (d * d));
}

/**
 * σ′(u)·(2 − u·tanh(u/2)), the factor f″ and ∂f′/∂β share. With e = e^(−|u|) and d = 1 + e,
 *   σ′(u) = e/d²  and  2 − u·tanh(u/2) = (2 − |u|) + 2|u|e/d,
 * the second written so that its only cancellation, near |u| ≈ 3.3 where f‴ = 0 and only
 * 4 ulp are allowed, is in 2 − |u|, which is exact there (Sterbenz); the rounding of d is
 * corrected with its exact remainder. Where σ′(u) underflows (±∞ included) the product is 0
 * rather than 0·∞.
 * `ul` is the rounding error of u = βx when β ≠ 1 (u = uₕ + uₗ exactly): the exponential would
 * turn it into a relative error of σ′, so both factors are moved by it to first order (σ′ by
 * −σ′·tanh(u/2)·uₗ, the bracket by its derivative −(tanh(u/2) + (u/2)·sech²(u/2))·uₗ).
 */
export function swishCurvature(u: number, ul = 0): number {
  const a = Math.abs(u);
  const e = Math.exp(-a);
  const d = 1 + e;
  const s1 = (e / (d * d)) * (1 - (2 * (e - (d - 1))) / d);
  if (s1 === 0) return 0;
  const g = 2 - a + (2 * a * e) / d;
  if (ul === 0) return s1 * g;
  const t = (1 - e) / d;
  const dir = u < 0 ? -ul : ul;
  return s1 * (g - (t + (a * (1 - t * t)) / 2) * dir - g * t * dir);
}

/** f″ = β·σ′(βx)·(2 − βx·tanh(βx/2)), with βx carried exactly as uₕ + uₗ. */
export function swishSecond(x: number, beta: number): number {
  if (beta === 1) return swishCurvature(x);
  const uh = twoProduct(beta, x);
  return beta * swishCurvature(uh, Math.abs(uh) < Infinity ? LO[0] : 0);
}

/** ∂f′/∂β = x·σ′(βx)·(2 − βx·tanh(βx/2)); a factor that vanishes at ±∞ makes the limit 0, not ∞·0. */
export function swishMixed(x: number, beta: number): number {
  const uh = twoProduct(beta, x);
  const c = swishCurvature(uh, beta === 1 || !(Math.abs(uh) < Infinity) ? 0 : LO[0]);
  return c === 0 ? 0 : x * c;
}

export function swishDbeta(x: number, beta: number): number {
  const u = beta * x;
  const e = Math.exp(-Math.abs(u));
  const d = 1 + e;
  const st = e / (d * d);
  if (st === 0) return u === u ? 0 : NaN;
  return x * x * st;
}

/** The metadata Swish and SiLU share, with the name and formulas that differ. */
export function swishMeta(
  name: string,
  f: ActivationMeta['tex'],
  plain: ActivationMeta['plain'],
  origin: ActivationMeta['origin'],
  related: readonly string[],
  d2: ActivationMeta['d2'],
): ActivationMeta {
  return {
    name,
    rangeTex: '[\\approx -0.2785, \\infty)',
    range: [-0.27846454276107380, Infinity],
    zeroCentred: false,
    monotonic: false,
    saturates: 'negative',
    deadUnitRisk: 'none',
    cost: 'exp',
    tex: f,
    plain,
    origin,
    related,
    d2,
  };
}

export const swish: ScalarActivation = {
  kind: 'scalar',
  id: 'swish',
  params: [{ name: 'beta', tex: '\\beta', default: 1, learnable: true }],
  meta: swishMeta(
    'Swish',
    {
      f: '\\operatorname{swish}(x) = x\\,\\sigma(\\beta x) = \\frac{x}{1 + e^{-\\beta x}}',
      df: "\\operatorname{swish}'(x) = \\beta f(x) + \\sigma(\\beta x)\\bigl(1 - \\beta f(x)\\bigr),\\quad \\frac{\\partial f}{\\partial \\beta} = x^2 \\sigma(\\beta x)\\bigl(1 - \\sigma(\\beta x)\\bigr)",
    },
    {
      f: 'swish(x) = x * sigmoid(beta * x)',
      df: "swish'(x) = beta * f(x) + sigmoid(beta * x) * (1 - beta * f(x)); d/dbeta = x^2 * sigmoid(beta x) * (1 - sigmoid(beta x))",
    },
    'note',
    ['silu', 'sigmoid', 'mish', 'gelu', 'hard_swish'],
    {
      tex: "\\operatorname{swish}''(x) = \\beta\\,\\sigma'(\\beta x)\\,\\Bigl(2 - \\beta x \\tanh\\tfrac{\\beta x}{2}\\Bigr),\\quad \\frac{\\partial f'}{\\partial \\beta} = x\\,\\sigma'(\\beta x)\\,\\Bigl(2 - \\beta x \\tanh\\tfrac{\\beta x}{2}\\Bigr)",
      plain: "swish''(x) = beta * sigmoid'(beta x) * (2 - beta x * tanh(beta x / 2)); d swish'/dbeta = x * sigmoid'(beta x) * (2 - beta x * tanh(beta x / 2))",
    },
  ),
  f: (x, p) => swishValue(x, p.beta),
  df: (x, p) => swishDerivative(x, p.beta),
  dparam: { beta: (x, p) => swishDbeta(x, p.beta) },
  mixed: { beta: (x, p) => swishMixed(x, p.beta) },
  kernel: (xs, out, p) => {
    const b = p.beta;
    for (let i = 0; i < xs.length; i++) out[i] = swishValue(xs[i], b);
  },
  dkernel: (xs, out, p) => {
    const b = p.beta;
    for (let i = 0; i < xs.length; i++) out[i] = swishDerivative(xs[i], b);
  },
  d2f: (x, p) => swishSecond(x, p.beta),
  d2kernel: (xs, out, p) => {
    const b = p.beta;
    for (let i = 0; i < xs.length; i++) out[i] = swishSecond(xs[i], b);
  },
};
