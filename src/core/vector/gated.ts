/**
 * Gated linear units on a split input, the machinery GLU, GEGLU and SwiGLU share.
 *
 * A vector z of even length n is split into a value half a = z[0 … m) and a gate half
 * b = z[m … n), m = n/2 (PyTorch's `F.glu` splits the same way: first half value, second half
 * gate), and
 *
 *   yᵢ = aᵢ · g(bᵢ),   i = 0 … m − 1,
 *
 * with g = σ (GLU), GELU (GEGLU) or Swish_β (SwiGLU). Each output depends on one value and one
 * gate only, so the m × n Jacobian has two non-zero entries per row:
 *
 *   ∂yᵢ/∂aᵢ = g(bᵢ),   ∂yᵢ/∂bᵢ = aᵢ · g′(bᵢ),
 *
 * and vᵀJ, J·u cost O(n) without forming it. A NaN reaches the outputs that depend on it and
 * no others.
 *
 * Limits and tiny gates. aᵢ·g(bᵢ) is a product of two numbers, so IEEE arithmetic already
 * gives most of its limits; three cases need care:
 * - a gate below the normal range of doubles (σ(−800) is 0 in double precision but e⁻⁸⁰⁰ in
 *   truth): with a large |a| the product is still a representable number, which is formed
 *   through logarithms, sign(a)·sign(g)·exp(log|a| + log|g(b)|), from each gate's own log;
 *   with a = ±∞ it is ±∞ with the sign of the true g(b);
 * - a = 0 with g(b) = ±∞ (GELU and Swish grow without bound): y(0, b) = 0 for every b, so its
 *   limit is 0;
 * - a = ±∞ while b → −∞ drives the gate to 0 has no limit (it depends on how fast each goes),
 *   and NaN says so.
 * ∂yᵢ/∂bᵢ = aᵢ·g′(bᵢ) is formed the same way.
 *
 * Second derivatives: output i is a product of one value and a function of one gate, so its
 * Hessian has three non-zero entries, ∂²yᵢ/∂aᵢ∂bᵢ = g′(bᵢ) (twice, symmetric) and
 * ∂²yᵢ/∂bᵢ² = aᵢ·g″(bᵢ); H·v and the second directional derivative of every output are O(n).
 * g″ is bounded for all three gates, so aᵢ·g″(bᵢ) is a plain product (0 when aᵢ = 0). Example: glu([1, 2, 3, 4]) = [σ(3), 2σ(4)] ≈
 * [0.9526, 1.9640]; glu([1e300, −800]) ≈ [1e300·e⁻⁸⁰⁰] ≈ [3.7e−48].
 */
import { ActivationError, type ActivationMeta, type ParamSpec, type Params, type VectorActivation } from '../types';
import { checkSameLength } from './check';

/** What a gate knows about its tiny values, for order 0 (g itself) or 1 (g′). */
export interface GateTail {
  /** The sign (−1, 0 or 1) of the exact value at a finite b where the computed one is 0. */
  readonly sign: (b: number) => number;
  /** log of the exact |value| at b, accurate where the value is below the normal range. */
  readonly logAbs: (b: number) => number;
}

/** A gate g applied to the second half: its value, its slope, and both of their tails. */
export interface Gate {
  readonly value: (b: number, p: Params) => number;
  readonly slope: (b: number, p: Params) => number;
  /** g″(b), bounded for every gate here. */
  readonly curvature: (b: number, p: Params) => number;
  readonly tail: (order: 0 | 1, p: Params) => GateTail;
}

/** The smallest normal double, 2⁻¹⁰²²; a gate below it has lost digits or underflowed. */
export const TINY = 2.2250738585072014e-308;

/** m = n/2 for an even, non-empty n; anything else is a usage error naming the function. */
export function halfLength(fn: string, z: Float64Array): number {
  const n = z.length;
  if (n === 0) throw new ActivationError(fn, 'z', 'empty vector');
  if (n % 2 !== 0) {
    throw new ActivationError(fn, 'z', `has ${n} entries, an odd number; ${fn} splits z into a value half and a gate half, so its length must be even`);
  }
  return n / 2;
}

/**
 * a · c, where c = g(b) or g′(b) was computed for the gate input b, with the limits and the
 * logarithmic path for tiny gates described above.
 */
export function gatedProduct(a: number, c: number, b: number, tail: GateTail): number {
  // The common case: a finite, non-zero value times a gate in the normal range (or NaN). A
  // tiny gate times |a| ≤ 1 is also left to the product: its error is below 2⁻¹⁰²² anyway.
  if (a !== 0 && Math.abs(a) < Infinity && !(Math.abs(c) < TINY && Math.abs(a) > 1)) return a * c;
  // y(0, b) = 0 for every b, so a = 0 stays 0 even when the gate is infinite; the sign of
  // the zero follows the product's (0 · NaN stays NaN).
  if (a === 0) return a * Math.sign(c);
  if (a !== a || !(Math.abs(b) < Infinity)) return a * c;
  const s = c !== 0 ? Math.sign(c) : tail.sign(b);
  if (s === 0) return Math.sign(a) * 0;
  if (Math.abs(a) === Infinity) return a * s;
  return Math.sign(a) * s * Math.exp(Math.log(Math.abs(a)) + tail.logAbs(b));
}

export interface GatedSpec {
  readonly id: string;
  readonly params: readonly ParamSpec[];
  readonly meta: ActivationMeta;
  readonly gate: Gate;
  /**
   * The value y = a ⊙ g(b), written out in each module with `gatedProduct` for the limits. A
   * loop shared by the three gates calls three different g from one call site, which the
   * JavaScript engine cannot inline: measured 1.4–1.8× slower than a loop per gate.
   */
  readonly f: (z: Float64Array, p: Params) => Float64Array;
}

/** The registry entry of a gated unit: value, exact Jacobian, O(n) VJP and JVP. */
export function gatedActivation(spec: GatedSpec): VectorActivation {
  const { id, gate } = spec;
  return {
    kind: 'vector',
    id,
    params: spec.params,
    meta: spec.meta,
    f: spec.f,
    jacobian: (z, p) => {
      const m = halfLength(id, z);
      const n = z.length;
      const J = new Float64Array(m * n);
      const tail = gate.tail(1, p);
      for (let i = 0; i < m; i++) {
        const b = z[m + i];
        J[i * n + i] = gate.value(b, p);
        J[i * n + m + i] = gatedProduct(z[i], gate.slope(b, p), b, tail);
      }
      return J;
    },
    vjp: (z, v, p) => {
      const m = halfLength(id, z);
      checkSameLength(id, 'v', v, m);
      const out = new Float64Array(z.length);
      const tail = gate.tail(1, p);
      for (let i = 0; i < m; i++) {
        const b = z[m + i];
        out[i] = v[i] * gate.value(b, p);
        out[m + i] = v[i] * gatedProduct(z[i], gate.slope(b, p), b, tail);
      }
      return out;
    },
    jvp: (z, u, p) => {
      const m = halfLength(id, z);
      checkSameLength(id, 'v', u, z.length);
      const out = new Float64Array(m);
      const tail = gate.tail(1, p);
      for (let i = 0; i < m; i++) {
        const b = z[m + i];
        out[i] = gate.value(b, p) * u[i] + gatedProduct(z[i], gate.slope(b, p), b, tail) * u[m + i];
      }
      return out;
    },
    hessian: (z, p, i) => {
      const m = halfLength(id, z);
      const n = z.length;
      const H = new Float64Array(n * n);
      const b = z[m + i];
      const s = gate.slope(b, p);
      H[i * n + m + i] = s;
      H[(m + i) * n + i] = s;
      H[(m + i) * n + m + i] = curvatureTerm(z[i], gate.curvature(b, p));
      return H;
    },
    hvp: (z, v, p, i) => {
      const m = halfLength(id, z);
      checkSameLength(id, 'v', v, z.length);
      const out = new Float64Array(z.length);
      const b = z[m + i];
      const s = gate.slope(b, p);
      out[i] = s * v[m + i];
      out[m + i] = s * v[i] + curvatureTerm(z[i], gate.curvature(b, p)) * v[m + i];
      return out;
    },
    d2dir: (z, u, w, p) => {
      const m = halfLength(id, z);
      const out = new Float64Array(m);
      for (let i = 0; i < m; i++) {
        const b = z[m + i];
        out[i] = gate.slope(b, p) * (u[i] * w[m + i] + u[m + i] * w[i]) + curvatureTerm(z[i], gate.curvature(b, p)) * u[m + i] * w[m + i];
      }
      return out;
    },
  };
}

/** aᵢ·g″(bᵢ): 0 for aᵢ = 0 whatever the gate (y(0, b) = 0 for every b). */
function curvatureTerm(a: number, c: number): number {
  return a === 0 && c === c ? 0 : a * c;
}
