import { erfc } from './erf';

/** 1/√(2π). */
const INV_SQRT_2PI = 0.3989422804014327;

/**
 * e^(−x²/2) without amplifying the rounding of x²: x is split (Dekker) into a 26-bit head h
 * and a tail l, so h² is exact and e^(−x²/2) = e^(−h²/2)·e^(−(h·l + l²/2)).
 * Beyond |x| = 40 the value is below 2⁻¹⁰⁷⁴ and is 0.
 */
export function expNegHalfSquare(x: number): number {
  const a = Math.abs(x);
  if (!(a < 40)) return a === a ? 0 : NaN;
  const c = 134217729 * a;
  const h = c - (c - a);
  const l = a - h;
  return Math.exp(-0.5 * h * h) * Math.exp(-(h * l + 0.5 * l * l));
}

/** Standard normal density φ(x) = e^(−x²/2)/√(2π). Example: φ(0) ≈ 0.39894. */
export function normalPdf(x: number): number {
  return INV_SQRT_2PI * expNegHalfSquare(x);
}

/**
 * Standard normal distribution function Φ(x) = erfc(−x/√2)/2, accurate in the lower tail
 * (Φ(−37) ≈ 5.7e−300) where (1 + erf(x/√2))/2 would be 0. Example: Φ(0) = 0.5.
 */
export function normalCdf(x: number): number {
  return 0.5 * erfc(-x * Math.SQRT1_2);
}
