import { normalCdf, normalPdf } from '../special/gaussian';
import type { ScalarActivation } from '../types';

/**
 * GELU (exact, erf form): f(x) = x·Φ(x) = (x/2)·erfc(−x/√2);
 *   f′(x) = Φ(x) + x·φ(x),  φ(x) = e^(−x²/2)/√(2π).
 * Φ comes from erfc so the lower tail keeps its value (gelu(−37) ≈ −2.1e−298, not 0).
 *   f″(x) = 2φ(x) + x·φ′(x) = φ(x)(2 − x²), which changes sign at x = ±√2.
 * Example: gelu(1) ≈ 0.8413, gelu′(0) = 0.5, gelu″(0) = 2φ(0) ≈ 0.7979.
 */
export function geluValue(x: number): number {
  const c = normalCdf(x);
  if (c === 0) return x < 0 ? -0 : 0;
  return x * c;
}

export function geluDerivative(x: number): number {
  const c = normalCdf(x);
  const d = normalPdf(x);
  if (d === 0) return c;
  return c + x * d;
}

/**
 * φ(x)(2 − x²), and 0 where φ underflows (±∞ included). Plain double arithmetic is within the
 * accuracy rule here: rounding x² moves e^(−x²/2) by about x²·ε/2 relative and 2 − x² by ε
 * absolute, while f″'s condition number k = |x f‴/f″| = x²·|x² − 4|/|2 − x²| is at least x²
 * and grows like 4/|2 − x²| at the roots ±√2.
 */
export function geluSecond(x: number): number {
  const d = INV_SQRT_2PI * Math.exp(-0.5 * x * x);
  if (d === 0) return x === x ? 0 : NaN;
  return d * (2 - x * x);
}

/** 1/√(2π). */
const INV_SQRT_2PI = 0.3989422804014327;

export const gelu: ScalarActivation = {
  kind: 'scalar',
  id: 'gelu',
  params: [],
  meta: {
    name: 'GELU',
    rangeTex: '[\\approx -0.1700, \\infty)',
    range: [-0.16997120747990366, Infinity],
    zeroCentred: false,
    monotonic: false,
    saturates: 'negative',
    deadUnitRisk: 'none',
    cost: 'erf',
    tex: {
      f: '\\operatorname{GELU}(x) = x\\,\\Phi(x) = \\frac{x}{2}\\Bigl(1 + \\operatorname{erf}\\bigl(\\tfrac{x}{\\sqrt 2}\\bigr)\\Bigr)',
      df: "\\operatorname{GELU}'(x) = \\Phi(x) + x\\,\\varphi(x),\\quad \\varphi(x) = \\frac{e^{-x^2/2}}{\\sqrt{2\\pi}}",
    },
    plain: {
      f: 'gelu(x) = x * Phi(x) = x/2 * (1 + erf(x / sqrt(2)))',
      df: "gelu'(x) = Phi(x) + x * phi(x), phi(x) = exp(-x^2/2) / sqrt(2 pi)",
    },
    origin: 'frameworks',
    related: ['gelu_tanh', 'silu', 'mish', 'relu'],
    d2: { tex: "\\operatorname{GELU}''(x) = \\varphi(x)\\,(2 - x^2)", plain: "gelu''(x) = phi(x) * (2 - x^2)" },
  },
  f: geluValue,
  df: geluDerivative,
  kernel: (xs, out) => {
    for (let i = 0; i < xs.length; i++) out[i] = geluValue(xs[i]);
  },
  dkernel: (xs, out) => {
    for (let i = 0; i < xs.length; i++) out[i] = geluDerivative(xs[i]);
  },
  d2f: geluSecond,
  d2kernel: (xs, out) => {
    for (let i = 0; i < xs.length; i++) out[i] = geluSecond(xs[i]);
  },
};
