import { constant, line } from '../pieces';
import type { ScalarActivation } from '../types';

/**
 * Squareplus (So, 2021; in JAX): f(x) = (x + √(x² + b))/2, b ≥ 0 (4 by default, as in JAX);
 * f′(x) = (1 + x/√(x² + b))/2.
 * For x < 0 both would cancel, so we use the equal forms b/(2(√(x² + b) − x)) and
 * b/(2s(s − x)) with s = √(x² + b), computed so that x² cannot overflow.
 * f″(x) = b/(2(x² + b)^(3/2)) > 0 (convex everywhere for b > 0).
 * Example: f(0) = 1 (b = 4), f(−1e10) ≈ 1e−10, f″(0) = 1/4 (b = 4).
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

/**
 * b/(2s³) with s = √(x² + b). Rounding x² + b to a double would already cost up to 4 ulp near
 * x = 0 (the ^(−3/2) triples it), so below |x| = 1e100 the sum is carried exactly as S + δ
 * (Dekker's product for x², Knuth's TwoSum for the addition) and the result corrected to
 * first order, (b/2)·S^(−3/2)·(1 − 3δ/(2S)). Beyond, where x² dominates, the rounding no longer
 * matters and (b/2)·r·r·r with r = 1/s (left to right) keeps every intermediate in range.
 * With b = 0 squareplus is ReLU: f″ = 0 (and 0 at its kink, by the convention of every join).
 */
export function squareplusSecond(x: number, b: number): number {
  if (b === 0) return x === x ? 0 : NaN;
  const a = Math.abs(x);
  if (a < 1e100 && b < 1e200) {
    const c = 134217729 * a;
    const h = c - (c - a);
    const l = a - h;
    const p = a * a;
    const pe = h * h - p + 2 * h * l + l * l;
    const S = p + b;
    const bv = S - p;
    const se = p - (S - bv) + (b - bv);
    const base = (0.5 * b) / (S * Math.sqrt(S));
    return base - 1.5 * base * ((se + pe) / S);
  }
  const r = 1 / root(x, b);
  return 0.5 * b * r * r * r;
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
    saturates: 'negative',
    deadUnitRisk: 'none',
    cost: 'trivial',
    tex: { f: '\\operatorname{squareplus}(x) = \\frac{x + \\sqrt{x^2 + b}}{2}', df: "\\operatorname{squareplus}'(x) = \\frac12\\Bigl(1 + \\frac{x}{\\sqrt{x^2 + b}}\\Bigr)" },
    plain: { f: 'squareplus(x) = (x + sqrt(x^2 + b)) / 2', df: "squareplus'(x) = (1 + x / sqrt(x^2 + b)) / 2" },
    kinkConvention: 'Smooth for b > 0; with b = 0 it is ReLU and squareplus′(0) is taken as 1/2.',
    origin: 'frameworks',
    related: ['softplus', 'relu'],
    d2: {
      tex: "\\operatorname{squareplus}''(x) = \\frac{b}{2\\,(x^2 + b)^{3/2}}",
      plain: "squareplus''(x) = b / (2 (x^2 + b)^(3/2))",
      convention: 'For b = 0 squareplus is ReLU: f″ = 0, and 0 at its kink (as for ReLU).',
    },
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
  d2f: (x, p) => squareplusSecond(x, p.b),
  d2kernel: (xs, out, p) => {
    const b = p.b;
    for (let i = 0; i < xs.length; i++) out[i] = squareplusSecond(xs[i], b);
  },
  // One smooth formula for b > 0; for b = 0 it is ReLU, with a kink at 0.
  pieces: (p) => (p.b === 0 ? [constant(0, 0), line(Infinity, 1)] : []),
};
