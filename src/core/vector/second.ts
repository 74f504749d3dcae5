/**
 * Second derivatives of the softmax family, from y = softmax(z; T) (or softmin's y), all
 * symmetric and in O(n) per product. With s = ±1/T (the sign is softmin's), the Jacobian of
 * softmax is s(diag(y) − y yᵀ), and differentiating yᵢ twice gives, for output i,
 *
 *   Hᵢ = s²·yᵢ·(u uᵀ − diag(y) + y yᵀ),   u = eᵢ − y,
 *
 * so Hᵢ v = s²·yᵢ·(u ⟨u, v⟩ − y ⊙ v + y ⟨y, v⟩), and for every output at once
 *
 *   D²y[a, b] = s²·(y ⊙ ā ⊙ b̄ − y·⟨y ⊙ ā, b̄⟩),   ā = a − ⟨y, a⟩, b̄ = b − ⟨y, b⟩.
 *
 * logsumexp(z; T) has gradient y, so its Hessian is the softmax Jacobian (1/T)(diag(y) − y yᵀ);
 * log-softmax is zᵢ/T − logsumexp(z; T)/T, so every output has the Hessian −(1/T²)(diag(y) − y yᵀ).
 * Where a probability is close to 1, 1 − yᵢ is taken from the sum of the others (it would
 * cancel), as in the Jacobian.
 * Example: the Hessian of logsumexp at [0, 0] is [[0.25, −0.25], [−0.25, 0.25]].
 */
import { othersSums } from './softmax';

/** ⟨y, v⟩. */
function dot(y: Float64Array, v: Float64Array): number {
  let d = 0;
  for (let i = 0; i < y.length; i++) d += y[i] * v[i];
  return d;
}

/** Row-major Hᵢ = s²·yᵢ·(u uᵀ − diag(y) + y yᵀ) of softmax output i. */
export function softmaxHessianFrom(y: Float64Array, i: number, scale: number): Float64Array {
  const n = y.length;
  const H = new Float64Array(n * n);
  const rest = othersSums(y);
  const c = scale * scale * y[i];
  for (let j = 0; j < n; j++) {
    // uⱼ = δᵢⱼ − yⱼ, with 1 − yᵢ as the sum of the others.
    const uj = j === i ? rest[i] : -y[j];
    for (let k = j; k < n; k++) {
      const uk = k === i ? rest[i] : -y[k];
      let h = uj * uk + y[j] * y[k];
      // −yⱼ + yⱼ² = −yⱼ(1 − yⱼ) on the diagonal.
      if (j === k) h = uj * uk - y[j] * rest[j];
      H[j * n + k] = c * h;
      H[k * n + j] = c * h;
    }
  }
  return H;
}

/** Hᵢ v for softmax output i, O(n). */
export function softmaxHvpFrom(y: Float64Array, v: Float64Array, i: number, scale: number): Float64Array {
  const n = y.length;
  const rest = othersSums(y);
  const yv = dot(y, v);
  // ⟨u, v⟩ = vᵢ − ⟨y, v⟩.
  const uv = v[i] - yv;
  const c = scale * scale * y[i];
  const out = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    const uj = j === i ? rest[i] : -y[j];
    out[j] = c * (uj * uv - y[j] * (v[j] - yv));
  }
  return out;
}

/** D²y[a, b] for every softmax output, O(n). */
export function softmaxSecondDirectionalFrom(y: Float64Array, a: Float64Array, b: Float64Array, scale: number): Float64Array {
  const n = y.length;
  const ya = dot(y, a);
  const yb = dot(y, b);
  let cross = 0;
  for (let j = 0; j < n; j++) cross += y[j] * (a[j] - ya) * (b[j] - yb);
  const s2 = scale * scale;
  const out = new Float64Array(n);
  for (let j = 0; j < n; j++) out[j] = s2 * y[j] * ((a[j] - ya) * (b[j] - yb) - cross);
  return out;
}

/** ⟨y ⊙ ā, b̄⟩ = aᵀ(diag(y) − y yᵀ)b: the quadratic form of the softmax Jacobian's matrix. */
export function softmaxCovariance(y: Float64Array, a: Float64Array, b: Float64Array): number {
  const ya = dot(y, a);
  const yb = dot(y, b);
  let cross = 0;
  for (let j = 0; j < y.length; j++) cross += y[j] * (a[j] - ya) * (b[j] - yb);
  return cross;
}
