/**
 * Logarithms of the standard normal distribution function and of GELU′'s size far in the
 * left tail, where Φ(x) and φ(x) themselves are below the normal range of doubles (x ≲ −37.5)
 * and a product such as 10³⁰⁰ · GELU(−40) can only be formed through its logarithm.
 *
 * For x → −∞, Φ(x) = φ(x)/|x| · S(x) with the asymptotic series (Mills' ratio)
 *   S(x) = 1 − 1/x² + 3/x⁴ − 15/x⁶ + 105/x⁸ − 945/x¹⁰ + 10395/x¹² − 135135/x¹⁴ + …,
 * whose terms at |x| ≥ 37 fall below 10⁻¹⁷ by the eighth, so eight terms give full precision.
 *   log Φ(x) = −x²/2 − log √(2π) − log|x| + log S(x),
 *   GELU′(x) = Φ(x) + xφ(x) = −|x| φ(x) (1 − S(x)/x²),
 *   log|GELU′(x)| = −x²/2 − log √(2π) + log|x| + log1p(−S(x)/x²).
 * Example: logNormalCdf(−40) ≈ −804.6084.
 */
import { normalCdf, normalPdf } from './gaussian';

/** log √(2π). */
const LOG_SQRT_2PI = 0.9189385332046728;
/** Below this x, Φ(x) is near or below the smallest normal double and the series takes over. */
const TAIL = -37;

/** S(x) − 1 for x ≤ −37, summed from the smallest term up. */
function millsSeriesMinusOne(x: number): number {
  const t = 1 / (x * x);
  // Coefficients (−1)ᵏ (2k − 1)!! of t^k, k = 1 … 7.
  return t * (-1 + t * (3 + t * (-15 + t * (105 + t * (-945 + t * (10395 + t * -135135))))));
}

/** log Φ(x), accurate for every x (NaN stays NaN). */
export function logNormalCdf(x: number): number {
  if (x >= TAIL) {
    // Above 0 the complement is small, and log1p keeps it.
    return x > 0 ? Math.log1p(-normalCdf(-x)) : Math.log(normalCdf(x));
  }
  if (x === -Infinity) return -Infinity;
  return -0.5 * x * x - LOG_SQRT_2PI - Math.log(-x) + Math.log1p(millsSeriesMinusOne(x));
}

/** log |GELU′(x)|, accurate where GELU′ itself underflows (x ≤ −37) and wherever it is normal. */
export function logAbsGeluDerivative(x: number): number {
  if (x >= TAIL) return Math.log(Math.abs(normalCdf(x) + x * normalPdf(x)));
  if (x === -Infinity) return -Infinity;
  const s = 1 + millsSeriesMinusOne(x);
  return -0.5 * x * x - LOG_SQRT_2PI + Math.log(-x) + Math.log1p(-s / (x * x));
}
