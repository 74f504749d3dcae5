/**
 * Zero-centring: what an activation's output looks like for inputs x ~ N(0, 1), and what
 * that does to the next layer's weight updates.
 *
 * For a neuron y = w·a the gradient is ∂L/∂w = δ·a with one scalar δ = ∂L/∂y. If every
 * input aᵢ = f(xᵢ) is positive (sigmoid's outputs are), all components of the update share
 * δ's sign: the weights can only all grow or all shrink together, so reaching a target
 * such as w* = (1, −1) takes a zig-zag path. Zero-centred inputs (tanh) have mixed signs
 * and the path goes more directly.
 */
import type { BoundActivation } from './activation';
import { Random } from './random';

export interface OutputStats {
  readonly label: string;
  readonly mean: number;
  readonly variance: number;
  /** Fraction of outputs > 0. */
  readonly positive: number;
}

export interface WeightPath {
  readonly label: string;
  /** Weight after each step, w1 and w2 (index 0: the start). */
  readonly w1: Float64Array;
  readonly w2: Float64Array;
  /** Fraction of steps whose two update components had the same sign. */
  readonly sameSign: number;
  /** Steps until ‖w − w*‖ < 0.1 (or `steps` + 1 if never). */
  readonly stepsToTarget: number;
  /** Signs of the first updates, e.g. "++ -- ++ --". */
  readonly signs: string;
}

/** Mean, variance and share of positive outputs of f(x) for n samples x ~ N(0, 1). */
export function outputStats(act: BoundActivation, n = 20000, seed = 1): OutputStats {
  const rng = new Random(seed);
  let mean = 0;
  let m2 = 0;
  let positive = 0;
  // Welford's running mean and variance: stable in one pass.
  for (let i = 1; i <= n; i++) {
    const y = act.f(rng.normal());
    const d = y - mean;
    mean += d / i;
    m2 += d * (y - mean);
    if (y > 0) positive++;
  }
  return { label: act.label, mean, variance: m2 / (n - 1), positive: positive / n };
}

function signChar(u: number): string {
  return u > 0 ? '+' : u < 0 ? '−' : '0';
}

export const TARGET: readonly [number, number] = [1, -1];

/**
 * One neuron y = w·a with two inputs a = f(x), x ~ N(0, I), learning the target w* by
 * per-example gradient descent on ½(w·a − w*·a)².
 */
export function weightPath(act: BoundActivation, steps = 100, lr = 0.5, seed = 1): WeightPath {
  const rng = new Random(seed);
  const w1 = new Float64Array(steps + 1);
  const w2 = new Float64Array(steps + 1);
  let same = 0;
  let counted = 0;
  let reached = steps + 1;
  const signs: string[] = [];
  for (let s = 0; s < steps; s++) {
    const a1 = act.f(rng.normal());
    const a2 = act.f(rng.normal());
    const delta = (w1[s] - TARGET[0]) * a1 + (w2[s] - TARGET[1]) * a2;
    const u1 = -lr * delta * a1;
    const u2 = -lr * delta * a2;
    w1[s + 1] = w1[s] + u1;
    w2[s + 1] = w2[s] + u2;
    if (u1 !== 0 && u2 !== 0) {
      counted++;
      if (Math.sign(u1) === Math.sign(u2)) same++;
    }
    if (signs.length < 12) signs.push(`${signChar(u1)}${signChar(u2)}`);
    if (reached > steps && Math.hypot(w1[s + 1] - TARGET[0], w2[s + 1] - TARGET[1]) < 0.1) reached = s + 1;
  }
  return { label: act.label, w1, w2, sameSign: counted === 0 ? 0 : same / counted, stepsToTarget: reached, signs: signs.join(' ') };
}
