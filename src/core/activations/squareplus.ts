import type { ScalarActivation } from '../types';

/**
 * Squareplus (So, 2021; in JAX): f(x) = (x + √(x² + b))/2, b ≥ 0 (4 by default, as in JAX);
 * f′(x) = (1 + x/√(x² + b))/2.
 * For x < 0 both would cancel, so we use the equal forms b/(2(√(x² + b) − x)) and
 * b/(2s(s − x)) with s = √(x² + b), computed so that x² cannot overflow.
 * Example: f(0) = 1 (b = 4), f(−1e10) ≈ 1e−10.
 */
/**
 * √(x² + b). Directly while x² + b cannot overflow (the common case, and much faster than
 * Math.hypot in V8); otherwise hypot(x, √b), which scales.
 */
function root(x: number, b: number): number {
  return Math.abs(x) < 1e150 && b < 1e300 ? Math.sqrt(x * x + b) : Math.hypot(x, Math.sqrt(b));
}

export function squareplusValue(x: number, b: number): number {
  const s = root(x, b);
  // Halving each term first keeps x + s from overflowing near the largest double. The sum
  // cannot cancel badly while x ≥ −s/2; further left the quotient form takes over.
  return x >= 0 || x > -0.5 * s ? 0.5 * x + 0.5 * s : b / (2 * (s - x));
}

export function squareplusDerivative(x: number, b: number): number {
  const s = root(x, b);
  // x/s ≥ −1/2 here, so 1 + x/s loses at most one bit; further left use the cancellation-free form.
  if (x >= 0 || x > -0.5 * s) return x === Infinity ? 1 : s === 0 ? 0.5 : (1 + x / s) / 2;
  return b / (2 * s * (s - x));
}

export const squareplus: ScalarActivation = {
  kind: 'scalar',
  id: 'squareplus',
  params: [{ name: 'b', tex: 'b', default: 4, check: (b) => (b >= 0 ? undefined : 'b must be ≥ 0') }],
  meta: {
    name: 'Squareplus',
    rangeTex: '(0, \\infty)',
    range: [0, Infinity],
    zeroCentred: false,
    monotonic: true,
    smoothness: 'smooth',
    saturates: 'negative',
    deadUnitRisk: 'none',
    cost: 'trivial',
    tex: { f: '\\operatorname{squareplus}(x) = \\frac{x + \\sqrt{x^2 + b}}{2}', df: "\\operatorname{squareplus}'(x) = \\frac12\\Bigl(1 + \\frac{x}{\\sqrt{x^2 + b}}\\Bigr)" },
    plain: { f: 'squareplus(x) = (x + sqrt(x^2 + b)) / 2', df: "squareplus'(x) = (1 + x / sqrt(x^2 + b)) / 2" },
    kinkConvention: 'Smooth for b > 0; with b = 0 it is ReLU and squareplus′(0) is taken as 1/2.',
    origin: 'frameworks',
    related: ['softplus', 'relu'],
  },
  f: (x, p) => squareplusValue(x, p.b),
  df: (x, p) => squareplusDerivative(x, p.b),
  kernel: (xs, out, p) => {
    const b = p.b;
    for (let i = 0; i < xs.length; i++) out[i] = squareplusValue(xs[i], b);
  },
  dkernel: (xs, out, p) => {
    const b = p.b;
    for (let i = 0; i < xs.length; i++) out[i] = squareplusDerivative(xs[i], b);
  },
};
