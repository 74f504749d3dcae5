/**
 * The error function and its complement, after W. J. Cody, "Rational Chebyshev
 * approximations for the error function", Math. Comp. 23 (1969), and his SPECFUN routine
 * CALERF. JavaScript's Math has no erf; GELU needs erfc accurately far into the tail
 * (gelu(−37) = −37·erfc(37/√2)/2 ≈ −2.1e−298), where 1 − erf(x) would be exactly 0.
 *
 *   erf(x)  = 2/√π ∫₀ˣ e^(−t²) dt
 *   erfc(x) = 1 − erf(x) = 2/√π ∫ₓ^∞ e^(−t²) dt
 *
 * Three intervals of |x|: [0, 0.46875] a rational function of x² for erf; (0.46875, 4] and
 * (4, ∞) a rational function times e^(−x²) for erfc. e^(−x²) is computed as
 * e^(−s²)·e^(−(x−s)(x+s)) with s = x rounded down to a multiple of 1/16, so s² is exact and
 * the rounding of x² is not amplified by the exponential.
 * Examples: erf(0.5) = 0.5204998778130465, erfc(5) = 1.5374597944280349e−12.
 */

// Cody's coefficients are kept digit for digit as published; each rounds to the nearest double.
/* eslint-disable no-loss-of-precision */
const THRESH = 0.46875;
/** 1/√π. */
const SQRPI = 5.6418958354775628695e-1;

const A = [3.1611237438705656, 113.864154151050156, 377.485237685302021, 3209.37758913846947, 0.185777706184603153];
const B = [23.6012909523441209, 244.024637934444173, 1282.61652607737228, 2844.23683343917062];
const C = [
  0.564188496988670089, 8.88314979438837594, 66.1191906371416295, 298.635138197400131, 881.95222124176909,
  1712.04761263407058, 2051.07837782607147, 1230.33935479799725, 2.15311535474403846e-8,
];
const D = [
  15.7449261107098347, 117.693950891312499, 537.181101862009858, 1621.38957456669019, 3290.79923573345963,
  4362.61909014324716, 3439.36767414372164, 1230.33935480374942,
];
const P = [0.305326634961232344, 0.360344899949804439, 0.125781726111229246, 0.0160837851487422766, 6.58749161529837803e-4, 0.0163153871373020978];
const Q = [2.56852019228982242, 1.87295284992346047, 0.527905102951428412, 0.0605183413124413191, 0.00233520497626869185];

/** erf(y) for 0 ≤ y ≤ 0.46875. */
function erfSmall(y: number): number {
  const ysq = y * y;
  let num = A[4] * ysq;
  let den = ysq;
  for (let i = 0; i < 3; i++) {
    num = (num + A[i]) * ysq;
    den = (den + B[i]) * ysq;
  }
  return (y * (num + A[3])) / (den + B[3]);
}

/** e^(−y²) without amplifying the rounding of y² (see the module comment). */
function expNegSquare(y: number): number {
  const s = Math.trunc(y * 16) / 16;
  const del = (y - s) * (y + s);
  return Math.exp(-s * s) * Math.exp(-del);
}

/** erfc(y) for y > 0.46875. */
function erfcLarge(y: number): number {
  // Beyond 27.3 erfc(y) < 2⁻¹⁰⁷⁵ and rounds to zero; also keeps y·16 finite.
  if (y > 27.3) return 0;
  let r: number;
  if (y <= 4) {
    let num = C[8] * y;
    let den = y;
    for (let i = 0; i < 7; i++) {
      num = (num + C[i]) * y;
      den = (den + D[i]) * y;
    }
    r = (num + C[7]) / (den + D[7]);
  } else {
    const ysq = 1 / (y * y);
    let num = P[5] * ysq;
    let den = ysq;
    for (let i = 0; i < 4; i++) {
      num = (num + P[i]) * ysq;
      den = (den + Q[i]) * ysq;
    }
    r = (SQRPI - (ysq * (num + P[4])) / (den + Q[4])) / y;
  }
  return expNegSquare(y) * r;
}

/** The error function; odd, erf(±∞) = ±1, erf(−0) = −0. */
export function erf(x: number): number {
  const y = Math.abs(x);
  if (y <= THRESH) return erfSmall(x);
  if (!(y === y)) return NaN;
  const r = 1 - erfcLarge(y);
  return x < 0 ? -r : r;
}

/** The complementary error function; erfc(+∞) = 0, erfc(−∞) = 2. */
export function erfc(x: number): number {
  const y = Math.abs(x);
  if (y <= THRESH) return 1 - erfSmall(x);
  if (!(y === y)) return NaN;
  const r = erfcLarge(y);
  return x < 0 ? 2 - r : r;
}
