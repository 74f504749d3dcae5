/**
 * Vanishing gradients: backpropagate through a deep stack of equal-width layers and watch
 * the gradient's size, layer by layer.
 *
 * For h_l = f(z_l), z_l = W_l·h_{l−1}, the chain rule gives
 *   ∂L/∂h_{l−1} = W_lᵀ·(f′(z_l) ⊙ ∂L/∂h_l),
 * so every layer multiplies the gradient by f′(z_l) (and by W_lᵀ). Sigmoid's derivative
 * never exceeds 1/4 (σ′ = σ(1−σ) ≤ 1/4, at 0), so with weights that keep ‖W_lᵀg‖ ≈ ‖g‖
 * (Xavier) the gradient shrinks by about that factor per layer. ReLU's f′ is 0 or 1, and
 * He initialisation (Var = 2/fan_in) compensates for the half it zeroes. A per-layer factor
 * above 1 makes the gradient explode instead (ELU under He initialisation passes gradient on
 * both sides, so doubling the variance over-compensates).
 *
 * The forward pass is recorded too: the mean and variance of each layer's outputs h_l over
 * units and batch. SELU with LeCun initialisation (Var = 1/fan_in) drives them to (0, 1), its
 * self-normalising fixed point; other activations, other initialisations or dropout do not.
 * Dropout (rate p) zeroes each hidden output with probability p and scales the survivors by
 * 1/(1 − p), the usual "inverted" form; the backward pass applies the same mask. Its masks
 * come from their own generator, so a run without dropout draws exactly the numbers it
 * always did.
 */
import type { BoundActivation } from './activation';
import { createMlp, type Init } from './mlp';
import { Random } from './random';

export interface VanishingOptions {
  readonly init?: Init;
  readonly width?: number;
  /** Independent inputs averaged over (default 32). */
  readonly batch?: number;
  readonly seed?: number;
  /** Dropout rate p in [0, 1) applied to every hidden layer's output (default 0: none). */
  readonly dropout?: number;
  /** Standard deviation of the N(0, scale²) inputs (default 1), to start away from (0, 1). */
  readonly scale?: number;
}

export interface VanishingEntry {
  readonly label: string;
  /** RMS of ∂L/∂h_l over the batch for l = 0 (input) … depth (output), normalised so layer `depth` is 1. */
  readonly gradNorm: Float64Array;
  /** Mean f′(z_l) over units and batch, per layer l = 1 … depth. */
  readonly meanSlope: Float64Array;
  /** Largest f′(z_l) seen, per layer. */
  readonly maxSlope: Float64Array;
  /** Geometric mean of the per-layer shrink factor: (‖g_0‖/‖g_depth‖)^(1/depth). */
  readonly factor: number;
  /** Mean of h_l over units and batch for l = 0 (the input) … depth. */
  readonly mean: Float64Array;
  /** Variance of h_l over units and batch (divided by the count) for l = 0 … depth. */
  readonly variance: Float64Array;
}

export interface VanishingResult {
  readonly depth: number;
  readonly width: number;
  readonly init: Init;
  readonly dropout: number;
  readonly entries: readonly VanishingEntry[];
}

/** Mean and variance (divided by the count) of every entry of h. */
function moments(h: Float64Array): [number, number] {
  let sum = 0;
  for (let i = 0; i < h.length; i++) sum += h[i];
  const mean = sum / h.length;
  let sq = 0;
  for (let i = 0; i < h.length; i++) sq += (h[i] - mean) * (h[i] - mean);
  return [mean, sq / h.length];
}

export function vanishing(acts: readonly BoundActivation[], depth: number, options: VanishingOptions = {}): VanishingResult {
  const width = options.width ?? 32;
  const batch = options.batch ?? 32;
  const init = options.init ?? 'xavier';
  const seed = options.seed ?? 1;
  const dropout = options.dropout ?? 0;
  if (!(dropout >= 0 && dropout < 1)) throw new RangeError(`dropout must be in [0, 1), got ${dropout}`);
  const scale = options.scale ?? 1;
  if (!(scale > 0 && Number.isFinite(scale))) throw new RangeError(`scale must be a positive number, got ${scale}`);
  const entries = acts.map((act) => {
    // The same weights and inputs for every activation, so only f differs.
    const rng = new Random(seed);
    const dropRng = new Random(seed + 7919);
    const net = createMlp(new Array(depth + 1).fill(width), rng, init);
    const Z: Float64Array[] = [];
    /** keep[l][i] = 1/(1 − p) for a kept output of layer l + 1, 0 for a dropped one. */
    const keep: Float64Array[] = [];
    const mean = new Float64Array(depth + 1);
    const variance = new Float64Array(depth + 1);
    let h = new Float64Array(batch * width);
    for (let i = 0; i < h.length; i++) h[i] = scale * rng.normal();
    [mean[0], variance[0]] = moments(h);
    for (let l = 0; l < depth; l++) {
      const W = net.W[l];
      const z = new Float64Array(batch * width);
      for (let r = 0; r < batch; r++) {
        for (let j = 0; j < width; j++) {
          let s = 0;
          for (let k = 0; k < width; k++) s += W[j * width + k] * h[r * width + k];
          z[r * width + j] = s;
        }
      }
      Z.push(z);
      const next = new Float64Array(z.length);
      act.fArray(z, next);
      if (dropout > 0) {
        const mask = new Float64Array(z.length);
        for (let i = 0; i < mask.length; i++) {
          mask[i] = dropRng.uniform() < dropout ? 0 : 1 / (1 - dropout);
          next[i] *= mask[i];
        }
        keep.push(mask);
      }
      h = next;
      [mean[l + 1], variance[l + 1]] = moments(h);
    }
    // Start from a random unit-variance gradient at the output and go down.
    let g = new Float64Array(batch * width);
    for (let i = 0; i < g.length; i++) g[i] = rng.normal();
    const rms = (v: Float64Array): number => Math.sqrt(v.reduce((s, x) => s + x * x, 0) / v.length);
    const norms = new Float64Array(depth + 1);
    const meanSlope = new Float64Array(depth);
    const maxSlope = new Float64Array(depth);
    norms[depth] = rms(g);
    const slope = new Float64Array(batch * width);
    for (let l = depth - 1; l >= 0; l--) {
      act.dfArray(Z[l], slope);
      let sum = 0;
      let max = -Infinity;
      for (let i = 0; i < slope.length; i++) {
        sum += slope[i];
        if (slope[i] > max) max = slope[i];
        g[i] *= slope[i];
      }
      if (dropout > 0) {
        const mask = keep[l];
        for (let i = 0; i < g.length; i++) g[i] *= mask[i];
      }
      meanSlope[l] = sum / slope.length;
      maxSlope[l] = max;
      const W = net.W[l];
      const down = new Float64Array(batch * width);
      for (let r = 0; r < batch; r++) {
        for (let j = 0; j < width; j++) {
          const d = g[r * width + j];
          for (let k = 0; k < width; k++) down[r * width + k] += d * W[j * width + k];
        }
      }
      g = down;
      norms[l] = rms(g);
    }
    const top = norms[depth];
    for (let l = 0; l <= depth; l++) norms[l] /= top;
    return { label: act.label, gradNorm: norms, meanSlope, maxSlope, factor: Math.pow(norms[0], 1 / depth), mean, variance };
  });
  return { depth, width, init, dropout, entries };
}
