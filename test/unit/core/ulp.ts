/** Helpers for judging a double against a correctly rounded reference (DESIGN.md's rule). */

const view = new DataView(new ArrayBuffer(8));

/** The gap between |r| and the next double away from zero (2⁻¹⁰⁷⁴ at zero and below 2⁻¹⁰²²). */
export function ulp(r: number): number {
  const a = Math.abs(r);
  if (a === Number.MAX_VALUE) return 2 ** 971;
  view.setFloat64(0, a);
  view.setBigUint64(0, view.getBigUint64(0) + 1n);
  return view.getFloat64(0) - a;
}

/** Decodes the fixture encoding: finite numbers as numbers, "NaN", "±Infinity", "-0" as strings. */
export function decode(v: number | string): number {
  if (typeof v === 'number') return v;
  if (v === '-0') return -0;
  return Number(v);
}

export const TINY = 2 ** -1022;

export interface Verdict {
  readonly ok: boolean;
  /** Error in units of the reference's last place (0 for exact or special matches). */
  readonly ulps: number;
  /** The allowance 4(1 + k). */
  readonly allowed: number;
  readonly why?: string;
}

/**
 * Judges `got` against the correctly rounded `ref` with condition number `k`:
 * NaN in ↔ NaN out, exact limits when `exactOnly`, |error| < 2⁻¹⁰²² always passes,
 * no ±∞ or NaN where the reference is finite, otherwise ulp error ≤ 4(1 + k).
 */
export function judge(got: number, ref: number, k: number, exactOnly = false): Verdict {
  const allowed = 4 * (1 + (Number.isFinite(k) ? Math.abs(k) : Infinity));
  if (Number.isNaN(ref)) return Number.isNaN(got) ? { ok: true, ulps: 0, allowed } : { ok: false, ulps: Infinity, allowed, why: 'expected NaN' };
  if (Number.isNaN(got)) return { ok: false, ulps: Infinity, allowed, why: 'NaN where the value is defined' };
  if (got === ref) return { ok: true, ulps: 0, allowed };
  if (!Number.isFinite(ref)) return { ok: false, ulps: Infinity, allowed, why: 'expected an infinite limit exactly' };
  if (!Number.isFinite(got)) return { ok: false, ulps: Infinity, allowed, why: 'infinite where the value is finite' };
  const err = Math.abs(got - ref);
  if (err < TINY) return { ok: true, ulps: 0, allowed };
  const ulps = err / ulp(ref);
  if (exactOnly) return { ok: false, ulps, allowed: 0, why: 'limit at ±∞ must be exact' };
  return { ok: ulps <= allowed, ulps, allowed, why: ulps <= allowed ? undefined : 'too far' };
}

/** k = |x·g′(x)/g(x)|, computed so that x·g′ does not overflow first; 0 where g = 0 (judged absolutely). */
export function condition(x: number, g: number, dg: number): number {
  if (g === 0 || x === 0) return 0;
  const k = Math.abs(x / g) * Math.abs(dg);
  return Number.isNaN(k) ? 0 : k;
}
