/**
 * A small multilayer perceptron in plain Float64Arrays: the forward and backward pass
 * written out, the way the kit teaches them.
 *
 * Layer l maps a batch A_{l−1} (n × d_{l−1}, row-major) to Z_l = A_{l−1}·W_lᵀ + b_l and
 * A_l = f(Z_l); the last layer is linear and produces one logit per example. The loss is
 * binary cross-entropy on the logit, computed stably as
 *   ℓ(z, y) = max(z, 0) − z·y + log(1 + e^(−|z|)),  ∂ℓ/∂z = σ(z) − y.
 * Backward: δ_L = ∂ℓ/∂Z_L; for hidden layers δ_l = (δ_{l+1}·W_{l+1}) ⊙ f′(Z_l);
 * ∂W_l = δ_lᵀ·A_{l−1} / n, ∂b_l = Σ δ_l / n.
 */
import type { BoundActivation } from './activation';
import type { Random } from './random';

export type Init = 'xavier' | 'he' | 'lecun';

export interface Mlp {
  /** Layer widths, input first: [2, 16, 16, 1]. */
  readonly sizes: readonly number[];
  /** W[l] is d_{l+1} × d_l row-major (l = 0 … L−1). */
  readonly W: Float64Array[];
  readonly b: Float64Array[];
}

/**
 * Random weights: Xavier/Glorot normal, Var = 2/(fan_in + fan_out), made for tanh and
 * sigmoid; He/Kaiming normal, Var = 2/fan_in, made for the ReLU family; LeCun normal,
 * Var = 1/fan_in, the one SELU's self-normalisation assumes. Biases start at 0.
 */
export function createMlp(sizes: readonly number[], rng: Random, init: Init): Mlp {
  const W: Float64Array[] = [];
  const b: Float64Array[] = [];
  for (let l = 0; l + 1 < sizes.length; l++) {
    const fanIn = sizes[l];
    const fanOut = sizes[l + 1];
    const sd = Math.sqrt(init === 'he' ? 2 / fanIn : init === 'lecun' ? 1 / fanIn : 2 / (fanIn + fanOut));
    const w = new Float64Array(fanIn * fanOut);
    for (let i = 0; i < w.length; i++) w[i] = sd * rng.normal();
    W.push(w);
    b.push(new Float64Array(fanOut));
  }
  return { sizes, W, b };
}

/** Pre-activations and activations of every layer for one batch; A[0] is the input. */
export interface Trace {
  readonly n: number;
  readonly Z: Float64Array[];
  readonly A: Float64Array[];
}

export function createTrace(net: Mlp, n: number): Trace {
  const Z: Float64Array[] = [];
  const A: Float64Array[] = [new Float64Array(n * net.sizes[0])];
  for (let l = 1; l < net.sizes.length; l++) {
    Z.push(new Float64Array(n * net.sizes[l]));
    A.push(new Float64Array(n * net.sizes[l]));
  }
  return { n, Z, A };
}

/** Forward pass; `trace.A[0]` must hold the inputs. Returns the logits (the last Z). */
export function forward(net: Mlp, act: BoundActivation, trace: Trace): Float64Array {
  const L = net.W.length;
  const n = trace.n;
  for (let l = 0; l < L; l++) {
    const din = net.sizes[l];
    const dout = net.sizes[l + 1];
    const W = net.W[l];
    const bias = net.b[l];
    const Ain = trace.A[l];
    const Z = trace.Z[l];
    const Aout = trace.A[l + 1];
    const hidden = l < L - 1;
    for (let r = 0; r < n; r++) {
      const ro = r * din;
      for (let j = 0; j < dout; j++) {
        let s = bias[j];
        const wo = j * din;
        for (let k = 0; k < din; k++) s += W[wo + k] * Ain[ro + k];
        Z[r * dout + j] = s;
      }
    }
    if (hidden) act.fArray(Z, Aout);
    else Aout.set(Z);
  }
  return trace.Z[L - 1];
}

/** Mean binary cross-entropy of the logits against labels in {0, 1}. */
export function bceLoss(logits: Float64Array, labels: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < logits.length; i++) {
    const z = logits[i];
    sum += Math.max(z, 0) - z * labels[i] + Math.log1p(Math.exp(-Math.abs(z)));
  }
  return sum / logits.length;
}

/** Gradient buffers shaped like the network. */
export interface Grads {
  readonly W: Float64Array[];
  readonly b: Float64Array[];
  /** δ per layer (n × d_{l+1}), reused between steps. */
  readonly delta: Float64Array[];
  /** f′(Z) per layer, reused between steps. */
  readonly slope: Float64Array[];
}

export function createGrads(net: Mlp, n: number): Grads {
  return {
    W: net.W.map((w) => new Float64Array(w.length)),
    b: net.b.map((v) => new Float64Array(v.length)),
    delta: net.sizes.slice(1).map((d) => new Float64Array(n * d)),
    slope: net.sizes.slice(1).map((d) => new Float64Array(n * d)),
  };
}

/**
 * Backward pass for the mean BCE loss after `forward`. Fills `grads`; returns nothing.
 * `dLogits` may be given to backpropagate another signal (e.g. the vanishing experiment).
 */
export function backward(net: Mlp, act: BoundActivation, trace: Trace, labels: Float64Array | undefined, grads: Grads, dLogits?: Float64Array): void {
  const L = net.W.length;
  const n = trace.n;
  const top = grads.delta[L - 1];
  const logits = trace.Z[L - 1];
  for (let i = 0; i < top.length; i++) {
    if (dLogits) top[i] = dLogits[i];
    else {
      const z = logits[i];
      const p = z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
      top[i] = (p - (labels as Float64Array)[i]) / n;
    }
  }
  for (let l = L - 1; l >= 0; l--) {
    const din = net.sizes[l];
    const dout = net.sizes[l + 1];
    const delta = grads.delta[l];
    const gW = grads.W[l];
    const gb = grads.b[l];
    const Ain = trace.A[l];
    gW.fill(0);
    gb.fill(0);
    // One pass over δ_l accumulates ∂W_l, ∂b_l and, below the first layer, δ_l·W_l.
    const prev = l > 0 ? grads.delta[l - 1] : undefined;
    const W = net.W[l];
    if (prev) prev.fill(0);
    for (let r = 0; r < n; r++) {
      const ro = r * din;
      for (let j = 0; j < dout; j++) {
        const d = delta[r * dout + j];
        if (d === 0) continue;
        gb[j] += d;
        const wo = j * din;
        if (prev) {
          for (let k = 0; k < din; k++) {
            gW[wo + k] += d * Ain[ro + k];
            prev[ro + k] += d * W[wo + k];
          }
        } else {
          for (let k = 0; k < din; k++) gW[wo + k] += d * Ain[ro + k];
        }
      }
    }
    if (!prev) break;
    // δ_{l−1} = (δ_l · W_l) ⊙ f′(Z_{l−1})
    const slope = grads.slope[l - 1];
    act.dfArray(trace.Z[l - 1], slope);
    for (let i = 0; i < prev.length; i++) prev[i] *= slope[i];
  }
}

/** Plain gradient descent: θ ← θ − lr·∂θ. */
export function sgdStep(net: Mlp, grads: Grads, lr: number): void {
  for (let l = 0; l < net.W.length; l++) {
    const W = net.W[l];
    const gW = grads.W[l];
    for (let i = 0; i < W.length; i++) W[i] -= lr * gW[i];
    const b = net.b[l];
    const gb = grads.b[l];
    for (let i = 0; i < b.length; i++) b[i] -= lr * gb[i];
  }
}

/**
 * Adam (Kingma & Ba): m ← β₁m + (1−β₁)g, v ← β₂v + (1−β₂)g²,
 * θ ← θ − lr·m̂/(√v̂ + ε) with bias-corrected m̂ = m/(1−β₁ᵗ), v̂ = v/(1−β₂ᵗ).
 */
export class Adam {
  private t = 0;
  private readonly m: Float64Array[];
  private readonly v: Float64Array[];

  constructor(net: Mlp, readonly lr = 0.01, readonly beta1 = 0.9, readonly beta2 = 0.999, readonly eps = 1e-8) {
    const params = [...net.W, ...net.b];
    this.m = params.map((p) => new Float64Array(p.length));
    this.v = params.map((p) => new Float64Array(p.length));
  }

  step(net: Mlp, grads: Grads): void {
    this.t++;
    const c1 = 1 - Math.pow(this.beta1, this.t);
    const c2 = 1 - Math.pow(this.beta2, this.t);
    const params = [...net.W, ...net.b];
    const gs = [...grads.W, ...grads.b];
    for (let q = 0; q < params.length; q++) {
      const p = params[q];
      const g = gs[q];
      const m = this.m[q];
      const v = this.v[q];
      for (let i = 0; i < p.length; i++) {
        m[i] = this.beta1 * m[i] + (1 - this.beta1) * g[i];
        v[i] = this.beta2 * v[i] + (1 - this.beta2) * g[i] * g[i];
        p[i] -= (this.lr * (m[i] / c1)) / (Math.sqrt(v[i] / c2) + this.eps);
      }
    }
  }
}
