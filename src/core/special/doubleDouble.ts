/**
 * Double-double arithmetic (about 32 significant digits) for the few formulas whose terms
 * cancel where the accuracy rule allows little: a value is a pair hi + lo with |lo| ≤ ulp(hi)/2.
 * Each operation returns hi and leaves lo in `LO[0]` (read it right after the call), so hot
 * loops allocate nothing and every store is a plain double. After Dekker and Knuth; no fused
 * multiply-add is assumed.
 * Example: ddMul(0.1, 0, 0.1, 0) = 0.010000000000000002, LO[0] ≈ −1.5e−19 (the exact product's rest).
 */

/** The low part of the last operation's result. */
export const LO = new Float64Array(1);

/** Veltkamp's constant 2²⁷ + 1: splits a double into two halves of 26 bits. */
const SPLIT = 134217729;

/** a·b exactly as hi + lo (Dekker's product), for |a·b| far from overflow and underflow. */
export function twoProduct(a: number, b: number): number {
  const p = a * b;
  let c = SPLIT * a;
  const ah = c - (c - a);
  const al = a - ah;
  c = SPLIT * b;
  const bh = c - (c - b);
  const bl = b - bh;
  LO[0] = ah * bh - p + ah * bl + al * bh + al * bl;
  return p;
}

/** (ah + al) + (bh + bl), renormalised (Knuth's TwoSum on the high parts). */
export function ddAdd(ah: number, al: number, bh: number, bl: number): number {
  const s = ah + bh;
  const bb = s - ah;
  const e = ah - (s - bb) + (bh - bb) + al + bl;
  const r = s + e;
  LO[0] = e - (r - s);
  return r;
}

/** (ah + al)·(bh + bl), renormalised (the al·bl term is below the precision). */
export function ddMul(ah: number, al: number, bh: number, bl: number): number {
  const p = twoProduct(ah, bh);
  const e = LO[0] + (ah * bl + al * bh);
  const r = p + e;
  LO[0] = e - (r - p);
  return r;
}

/** (ah + al)/(bh + bl): a first quotient, then one correction from the exact remainder. */
export function ddDiv(ah: number, al: number, bh: number, bl: number): number {
  const q1 = ah / bh;
  const ph = ddMul(q1, 0, bh, bl);
  const rh = ddAdd(ah, al, -ph, -LO[0]);
  const q2 = rh / bh;
  const q = q1 + q2;
  LO[0] = q2 - (q - q1);
  return q;
}
