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
 * Limits. aᵢ·g(bᵢ) is a product of two numbers, so IEEE arithmetic already gives its limits,
 * except where it reads ±∞ · 0. Two such cases have a limit and get it here:
 * - a = ±∞ with a finite gate whose value underflowed to 0 (σ(−800) is 0 in double precision
 *   but positive in truth): the limit is ±∞ with the sign of the true g(b), which each gate
 *   states for the underflow region (`Gate.underflowSign`);
 * - a = 0 with g(b) = ±∞ (GELU and Swish grow without bound): y(0, b) = 0 for every b, so its
 *   limit is 0.
 * The remaining ±∞ · 0 cases (a = ±∞ while b → −∞ drives the gate to 0) have no limit: the
 * answer depends on how fast each goes, and NaN says so. ∂yᵢ/∂bᵢ = aᵢ · g′(bᵢ) is treated the
 * same way. Example: glu([1, 2, 3, 4]) = [σ(3), 2σ(4)] ≈ [0.9526, 1.9640].
 */
import { ActivationError, type ActivationMeta, type ParamSpec, type Params, type VectorActivation } from '../types';
import { checkSameLength } from './check';

/** A gate g applied to the second half: its value, its slope, and their true signs where they underflow. */
export interface Gate {
  readonly value: (b: number, p: Params) => number;
  readonly slope: (b: number, p: Params) => number;
  /**
   * The sign (−1, 0 or 1) of the exact g(b) (order 0) or g′(b) (order 1) at a finite b whose
   * computed value is 0: either a true zero (GELU(0)) or an underflow, whose sign the math fixes.
   */
  readonly underflowSign: (b: number, order: 0 | 1, p: Params) => number;
}

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
 * a · c, where c = g(b) or g′(b) was computed for the gate input b, with the limits above.
 * `sign` gives the true sign of c where it computed as 0.
 */
export function gatedProduct(a: number, c: number, b: number, sign: (b: number) => number): number {
  // y(0, b) = 0 for every b, so a = 0 stays 0 even when the gate is infinite; the sign of
  // the zero follows the product's (0 · NaN stays NaN).
  if (a === 0) return a * Math.sign(c);
  if ((a === Infinity || a === -Infinity) && Math.abs(b) < Infinity) {
    const s = c !== 0 ? Math.sign(c) : sign(b);
    return s === 0 ? Math.sign(a) * 0 : a * s;
  }
  return a * c;
}

export interface GatedSpec {
  readonly id: string;
  readonly params: readonly ParamSpec[];
  readonly meta: ActivationMeta;
  readonly gate: Gate;
}

/** The registry entry of a gated unit: value, exact Jacobian, O(n) VJP and JVP. */
export function gatedActivation(spec: GatedSpec): VectorActivation {
  const { id, gate } = spec;
  /** ∂yᵢ/∂bᵢ = aᵢ·g′(bᵢ) with the limits of `gatedProduct`. */
  const gateSlope = (a: number, b: number, p: Params): number => gatedProduct(a, gate.slope(b, p), b, (t) => gate.underflowSign(t, 1, p));
  return {
    kind: 'vector',
    id,
    params: spec.params,
    meta: spec.meta,
    f: (z, p) => {
      const m = halfLength(id, z);
      const y = new Float64Array(m);
      for (let i = 0; i < m; i++) {
        const b = z[m + i];
        y[i] = gatedProduct(z[i], gate.value(b, p), b, (t) => gate.underflowSign(t, 0, p));
      }
      return y;
    },
    jacobian: (z, p) => {
      const m = halfLength(id, z);
      const n = z.length;
      const J = new Float64Array(m * n);
      for (let i = 0; i < m; i++) {
        const b = z[m + i];
        J[i * n + i] = gate.value(b, p);
        J[i * n + m + i] = gateSlope(z[i], b, p);
      }
      return J;
    },
    vjp: (z, v, p) => {
      const m = halfLength(id, z);
      checkSameLength(id, 'v', v, m);
      const out = new Float64Array(z.length);
      for (let i = 0; i < m; i++) {
        const b = z[m + i];
        out[i] = v[i] * gate.value(b, p);
        out[m + i] = v[i] * gateSlope(z[i], b, p);
      }
      return out;
    },
    jvp: (z, u, p) => {
      const m = halfLength(id, z);
      checkSameLength(id, 'v', u, z.length);
      const out = new Float64Array(m);
      for (let i = 0; i < m; i++) {
        const b = z[m + i];
        out[i] = gate.value(b, p) * u[i] + gateSlope(z[i], b, p) * u[m + i];
      }
      return out;
    },
  };
}
