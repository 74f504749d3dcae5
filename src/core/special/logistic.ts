/**
 * The logistic function and its relatives, written so that no intermediate overflows.
 *
 *   σ(x) = 1 / (1 + e^(−x))
 *
 * For x ≥ 0 we use 1/(1 + e^(−x)) (e^(−x) ≤ 1, nothing overflows); for x < 0 the
 * algebraically equal e^x/(1 + e^x), which keeps full relative precision where σ(x) is tiny
 * (1 − σ would cancel). Example: σ(0) = 0.5, σ(−800) ≈ 3.7e−348 → 0, σ(40) = 1 − 4.2e−18 → 1.
 */
export function logistic(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}

/**
 * σ′(x) = σ(x)·σ(−x) = e^(−|x|) / (1 + e^(−|x|))², symmetric in x.
 * With e = e^(−|x|) ≤ 1 the square never overflows and tiny values keep their precision.
 * Example: σ′(0) = 0.25.
 */
export function logisticDerivative(x: number): number {
  const e = Math.exp(-Math.abs(x));
  const d = 1 + e;
  return e / (d * d);
}

/**
 * softplus(x) = log(1 + e^x), computed as x + log1p(e^(−x)) for x > 0 and log1p(e^x) otherwise,
 * so it neither overflows (x ≥ 710) nor loses the tiny value (x ≪ 0).
 * Example: log1pexp(0) = ln 2, log1pexp(1000) = 1000, log1pexp(−800) ≈ e^(−800) → 0.
 */
export function log1pexp(x: number): number {
  if (x > 0) return x + Math.log1p(Math.exp(-x));
  return Math.log1p(Math.exp(x));
}

/**
 * log σ(x) = −log(1 + e^(−x)) = −log1pexp(−x). Example: logSigmoid(0) = −ln 2,
 * logSigmoid(−1000) = −1000, logSigmoid(40) ≈ −4.2e−18.
 */
export function logSigmoid(x: number): number {
  return -log1pexp(-x);
}

/**
 * σ″(x) = σ′(x)(1 − 2σ(x)) = −σ′(x)·tanh(x/2), odd in x. With e = e^(−|x|) ≤ 1,
 * σ′ = e/(1 + e)² and tanh(|x|/2) = −expm1(−|x|)/(1 + e), so
 *   σ″(x) = −sign(x)·e·(−expm1(−|x|))/(1 + e)³.
 * expm1 keeps the small factor exact near 0 (1 − 2σ would cancel there), and nothing
 * overflows for large |x|. Example: σ″(0) = 0, σ″(1) ≈ −0.0908577.
 */
export function logisticSecond(x: number): number {
  const a = Math.abs(x);
  const e = Math.exp(-a);
  const d = 1 + e;
  const r = (e * -Math.expm1(-a)) / (d * d * d);
  return x > 0 ? -r : r;
}
