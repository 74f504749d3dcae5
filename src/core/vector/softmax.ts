/**
 * The softmax family on Float64Array vectors, all with the max subtracted first so that no
 * exponential overflows:
 *
 *   softmax(z; T)ᵢ   = e^((zᵢ − m)/T) / Σⱼ e^((zⱼ − m)/T),   m = maxⱼ zⱼ
 *   logSoftmax(z; T)ᵢ = (zᵢ − m)/T − log1p(Σ_{j ≠ j*} e^((zⱼ − m)/T))   (j* the first arg-max)
 *   logsumexp(z; T)  = m + T·log1p(Σ_{j ≠ j*} e^((zⱼ − m)/T))
 *
 * The term e^0 = 1 of the arg-max is kept out of the sum and added through log1p, so a
 * dominant entry's log-probability keeps its tiny value instead of rounding to 0.
 * Infinite inputs take their limits where one exists: a single +∞ entry takes all the mass
 * (softmax([∞, 0]) = [1, 0]) and −∞ entries get probability 0. With two or more +∞ entries there
 * is no limit (softmax([t, t + c]) depends on c as t → ∞), and when every entry is −∞ neither, so
 * softmax and log-softmax give NaN there, as PyTorch and JAX do; logsumexp still has its limits
 * (+∞, and −∞ for all −∞). Any NaN input makes every output NaN.
 * Example: softmax([1000, 1001, 1002]) ≈ [0.0900, 0.2447, 0.6652].
 */

/** Index of the first maximum, or −1 if some entry is NaN. */
export function argmax(z: Float64Array): number {
  let best = 0;
  let bestValue = z[0];
  for (let i = 0; i < z.length; i++) {
    const v = z[i];
    if (v !== v) return -1;
    if (v > bestValue) {
      best = i;
      bestValue = v;
    }
  }
  return best;
}

/**
 * max(z) with the same answer as `z[argmax(z)]` (NaN if any entry is NaN; at a tie the
 * lowest index, which only matters for the sign of a zero), in about half the time:
 * four independent running maxima let the comparisons overlap, and NaN is detected once
 * after the loop (v − v is NaN for NaN and ±∞ only; ±∞ is then told apart from NaN).
 */
export function maxValue(z: Float64Array): number {
  const n = z.length;
  let a = -Infinity;
  let b = -Infinity;
  let c = -Infinity;
  let d = -Infinity;
  let probe = 0;
  let i = 0;
  for (; i + 3 < n; i += 4) {
    const v0 = z[i];
    const v1 = z[i + 1];
    const v2 = z[i + 2];
    const v3 = z[i + 3];
    if (v0 > a) a = v0;
    if (v1 > b) b = v1;
    if (v2 > c) c = v2;
    if (v3 > d) d = v3;
    probe += v0 - v0 + (v1 - v1) + (v2 - v2) + (v3 - v3);
  }
  for (; i < n; i++) {
    const v = z[i];
    if (v > a) a = v;
    probe += v - v;
  }
  const m = Math.max(a, b, c, d);
  // A NaN or an infinity passed through the probe, or the maximum is a zero whose sign
  // depends on which tied entry comes first: settle those rare cases exactly.
  if (probe !== probe || m === 0 || n === 0) {
    const k = argmax(z);
    return k < 0 ? NaN : z[k];
  }
  return m;
}

/** How many entries are +∞. */
function infinityCount(z: Float64Array): number {
  let c = 0;
  for (let i = 0; i < z.length; i++) if (z[i] === Infinity) c++;
  return c;
}

/** Writes softmax(z; T) into out and returns out. */
export function softmaxInto(z: Float64Array, T: number, out: Float64Array): Float64Array {
  const n = z.length;
  const k = argmax(z);
  if (k < 0) return out.fill(NaN);
  const m = z[k];
  if (m === Infinity) {
    if (infinityCount(z) > 1) return out.fill(NaN);
    for (let i = 0; i < n; i++) out[i] = i === k ? 1 : 0;
    return out;
  }
  if (m === -Infinity) return out.fill(NaN);
  // Multiplying by 1/T (exact for T = 1) instead of dividing keeps the loop cheap; the
  // rounding of 1/T acts like a relative change of z far below the function's own sensitivity.
  const invT = 1 / T;
  let s = 0;
  for (let i = 0; i < n; i++) {
    const e = Math.exp((z[i] - m) * invT);
    out[i] = e;
    s += e;
  }
  const inv = 1 / s;
  for (let i = 0; i < n; i++) out[i] *= inv;
  return out;
}

/**
 * log1p of the sum of e^((zⱼ − m)/T) over every j except the first arg-max k; the quantity
 * that turns into log Σ e^((zⱼ − m)/T) without losing the part below 1 ulp of 1.
 */
function log1pRest(z: Float64Array, k: number, m: number, T: number): number {
  const invT = 1 / T;
  let s = 0;
  for (let i = 0; i < z.length; i++) if (i !== k) s += Math.exp((z[i] - m) * invT);
  return Math.log1p(s);
}

/** Writes logSoftmax(z; T) into out and returns out. */
export function logSoftmaxInto(z: Float64Array, T: number, out: Float64Array): Float64Array {
  const n = z.length;
  const k = argmax(z);
  if (k < 0) return out.fill(NaN);
  const m = z[k];
  if (m === Infinity) {
    if (infinityCount(z) > 1) return out.fill(NaN);
    for (let i = 0; i < n; i++) out[i] = i === k ? 0 : -Infinity;
    return out;
  }
  if (m === -Infinity) return out.fill(NaN);
  const l = log1pRest(z, k, m, T);
  const invT = 1 / T;
  for (let i = 0; i < n; i++) out[i] = (z[i] - m) * invT - l;
  return out;
}

/** logsumexp(z; T) = T·log Σ e^(zᵢ/T); ±∞ and NaN inputs give their limits. */
export function logsumexpOf(z: Float64Array, T: number): number {
  const k = argmax(z);
  if (k < 0) return NaN;
  const m = z[k];
  if (m === Infinity || m === -Infinity) return m;
  return m + T * log1pRest(z, k, m, T);
}

/**
 * Σ_{j≠i} yⱼ for every i, from prefix and suffix sums of the (non-negative) yⱼ: unlike 1 − yᵢ
 * it does not cancel when yᵢ is close to 1, and it makes the Jacobian's rows sum to 0.
 */
export function othersSums(y: Float64Array): Float64Array {
  const n = y.length;
  const rest = new Float64Array(n);
  let prefix = 0;
  for (let i = 0; i < n; i++) {
    rest[i] = prefix;
    prefix += y[i];
  }
  let suffix = 0;
  for (let i = n - 1; i >= 0; i--) {
    rest[i] += suffix;
    suffix += y[i];
  }
  return rest;
}

/** Row-major n×n Jacobian s·(diag(y) − y yᵀ) of softmax, where y = softmax(z; T), s = ±1/T. */
export function softmaxJacobianFrom(y: Float64Array, scale: number): Float64Array {
  const n = y.length;
  const J = new Float64Array(n * n);
  const rest = othersSums(y);
  for (let i = 0; i < n; i++) {
    const yi = y[i];
    const row = i * n;
    // −s·(yᵢyⱼ) rather than (−s·yᵢ)·yⱼ: the product commutes, so J is symmetric bit for bit.
    for (let j = 0; j < n; j++) J[row + j] = -scale * (yi * y[j]);
    J[row + i] = scale * yi * rest[i];
  }
  return J;
}

/**
 * vᵀJ = J v for softmax (J is symmetric): s·yⱼ(vⱼ − ⟨v, y⟩), O(n) without forming J.
 */
export function softmaxVjpFrom(y: Float64Array, v: Float64Array, scale: number, out: Float64Array): Float64Array {
  let dot = 0;
  for (let i = 0; i < y.length; i++) dot += v[i] * y[i];
  for (let j = 0; j < y.length; j++) out[j] = scale * y[j] * (v[j] - dot);
  return out;
}

/** Row-major Jacobian (1/T)(I − 1 yᵀ) of log-softmax: ∂ log yᵢ/∂zⱼ = (δᵢⱼ − yⱼ)/T. */
export function logSoftmaxJacobianFrom(y: Float64Array, T: number): Float64Array {
  const n = y.length;
  const J = new Float64Array(n * n);
  const s = 1 / T;
  const rest = othersSums(y);
  for (let i = 0; i < n; i++) {
    const row = i * n;
    for (let j = 0; j < n; j++) J[row + j] = -s * y[j];
    J[row + i] = s * rest[i];
  }
  return J;
}

/** vᵀJ for log-softmax: (vⱼ − yⱼ Σᵢ vᵢ)/T. */
export function logSoftmaxVjpFrom(y: Float64Array, v: Float64Array, T: number, out: Float64Array): Float64Array {
  let sum = 0;
  for (let i = 0; i < v.length; i++) sum += v[i];
  for (let j = 0; j < y.length; j++) out[j] = (v[j] - y[j] * sum) / T;
  return out;
}

/** J v for log-softmax: (vᵢ − ⟨y, v⟩)/T. */
export function logSoftmaxJvpFrom(y: Float64Array, v: Float64Array, T: number, out: Float64Array): Float64Array {
  let dot = 0;
  for (let i = 0; i < y.length; i++) dot += v[i] * y[i];
  for (let i = 0; i < y.length; i++) out[i] = (v[i] - dot) / T;
  return out;
}
