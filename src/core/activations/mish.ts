import { log1pexp, logistic } from '../special/logistic';
import type { ScalarActivation } from '../types';

/**
 * Mish: f(x) = x·tanh(softplus(x)), softplus(x) = log(1 + eˣ).
 *   f′(x) = tanh(sp) + x·sech²(sp)·σ(x),  sp = softplus(x)
 * (the same function as the closed form eˣω/δ², but that form overflows to NaN for x ≳ 178).
 * sech²(sp) is 4q/(1 + q)² with q = e^(−2·sp) ≤ 1, which never cancels or overflows.
 * Non-monotonic: minimum ≈ −0.30884 at x ≈ −1.19243. Example: mish(1) ≈ 0.8651.
 *
 *   f″(x) = sech²(sp)·σ(x)·(2 + x(σ(−x) − 2 tanh(sp)·σ(x)))
 * (differentiate f′ and use d/dx sech²(sp) = −2 sech²(sp) tanh(sp) σ(x)); see `mishSecond`.
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

/**
 * mish″(x) from one exponential, in forms where the only cancellation left is the one at the
 * roots of f″ itself (x ≈ −2.2 and x ≈ 1.5), which the condition number allows for.
 * With E = eˣ, e^(sp) = 1 + E, so tanh(sp) = ((1 + E)² − 1)/((1 + E)² + 1),
 * sech²(sp) = 4(1 + E)²/((1 + E)² + 1)², σ(x) = E/(1 + E) and σ(−x) = 1/(1 + E); multiplying out,
 *   x ≤ 0:  f″ = 4E·N/A²,  A = (1 + E)² + 1,  N = (2 + x) + 2E(1 − x·tanh(sp)),
 *   x > 0:  f″ = 4e²·P/D³,  e = e^(−x),  D = 1 + 2e(1 + e),
 *           P = (2 − 2x) + e(6 − 3x) + e²(8 + 2x) + e³(4 + 2x).
 * Near 0 (|x| < 1) the same quantities are written in m = expm1(±x), so the O(1) parts are
 * exact constants (A = 5 + m(4 + m), D = 5 − 2m(3 − m), e² = 1 − m(2 − m)) and only small
 * corrections round. For x ≥ 1, P's first term is exact where P is small (Sterbenz) and the
 * others are small; D³ is expanded as 1 + s(3 + s(3 + s)), s = 2e(1 + e). Multiplying by e
 * last keeps the product out of the subnormal range until the true value itself is there;
 * at ±∞ the limits are 0 (not 0·∞). Checked against 22,000 decimal.js values besides the
 * fixtures: at most 0.85 of the allowance 4(1 + k) anywhere.
 * Example: mish″(0) = 0.64.
 */
export function mishSecond(x: number): number {
  if (x <= 0) {
    let E: number;
    let A: number;
    let t: number;
    if (x > -1) {
      const m = Math.expm1(x);
      E = 1 + m;
      A = 5 + m * (4 + m);
      t = (3 + m * (4 + m)) / A;
    } else {
      E = Math.exp(x);
      if (E === 0) return 0;
      const a = 1 + E;
      A = a * a + 1;
      t = (E * (2 + E)) / A;
    }
    return (4 * E * (2 + x + 2 * E * (1 - x * t))) / (A * A);
  }
  if (x < 1) {
    const m = -Math.expm1(-x);
    const e2 = 1 - m * (2 - m);
    const D = 5 - 2 * m * (3 - m);
    const M = 4 - x - m * (2 + x) + (4 * x * e2) / D;
    return (4 * e2 * M) / (D * D);
  }
  const e = Math.exp(-x);
  if (e === 0) return x === x ? 0 : NaN;
  const s = 2 * e * (1 + e);
  const w = s * (3 + s * (3 + s));
  const D3 = 1 + w;
  const P = 2 - 2 * x + e * (6 - 3 * x + e * (8 + 2 * x + e * (4 + 2 * x)));
  // Near x ≈ 2.1, where f‴ = 0 and the allowance is 4 ulp, the four roundings of
  // (4P/D³)·e·e could add up to it; the division (with D³'s own rounding, 1 + w exact up to
  // the remainder w − (D³ − 1)) and the two products are therefore carried to double-double.
  const num = 4 * P;
  let q = num / D3;
  // q·D3 = ph + pl exactly (Dekker's product with Veltkamp's splits, written out: this runs
  // once per element and must not allocate).
  let c = SPLIT * q;
  const qh = c - (c - q);
  const ql = q - qh;
  c = SPLIT * D3;
  const dh = c - (c - D3);
  const dl = D3 - dh;
  const ph = q * D3;
  const pl = qh * dh - ph + qh * dl + ql * dh + ql * dl;
  q += (num - ph - pl - q * (w - (D3 - 1))) / D3;
  // q·e·e with the rounding errors of both products carried.
  c = SPLIT * q;
  const ah = c - (c - q);
  const al = q - ah;
  c = SPLIT * e;
  const eh = c - (c - e);
  const el = e - eh;
  const a = q * e;
  const aErr = ah * eh - a + ah * el + al * eh + al * el;
  c = SPLIT * a;
  const bh = c - (c - a);
  const bl = a - bh;
  const b = a * e;
  const bErr = bh * eh - b + bh * el + bl * eh + bl * el;
  return b + (bErr + aErr * e);
}

/** Veltkamp's constant 2²⁷ + 1: splits a double into two halves of 26 bits. */
const SPLIT = 134217729;

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
    d2: {
      tex: "\\operatorname{Mish}''(x) = \\operatorname{sech}^2(s)\\,\\sigma(x)\\,\\Bigl(2 + x\\bigl(\\sigma(-x) - 2\\tanh(s)\\,\\sigma(x)\\bigr)\\Bigr),\\quad s = \\ln(1 + e^{x})",
      plain: "mish''(x) = sech(s)^2 * sigmoid(x) * (2 + x * (sigmoid(-x) - 2 tanh(s) sigmoid(x))), s = softplus(x)",
    },
  },
  f: mishValue,
  df: mishDerivative,
  kernel: (xs, out) => {
    for (let i = 0; i < xs.length; i++) out[i] = mishValue(xs[i]);
  },
  dkernel: (xs, out) => {
    for (let i = 0; i < xs.length; i++) out[i] = mishDerivative(xs[i]);
  },
  d2f: mishSecond,
  d2kernel: (xs, out) => {
    for (let i = 0; i < xs.length; i++) out[i] = mishSecond(xs[i]);
  },
};
