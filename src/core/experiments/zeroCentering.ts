/**
 * Zero-centring: what an activation's outputs look like for inputs x ~ N(0, 1), and why a
 * non-zero mean makes the next layer learn slowly.
 *
 * A unit of the next layer, y = w·a, reads n such outputs a = (f(x₁), …, f(xₙ)) and learns a
 * target w* by least squares, L(w) = ½·E[(w·a − w*·a)²]. The Hessian of L is E[a aᵀ]. For
 * independent inputs with mean m and variance v it is
 *
 *   E[a aᵀ] = v·I + m²·11ᵀ,
 *
 * with the eigenvalue λ_max = v + n·m² along the mean direction (1, …, 1) and λ_min = v in
 * every direction orthogonal to it, so the condition number is κ = 1 + n·m²/v. Gradient
 * descent diverges once its step exceeds about 2/λ_max, so the mean direction sets the step,
 * and the other directions then close their error at a rate of about λ_min/λ_max = 1/κ per
 * step: a non-zero mean makes the problem ill-conditioned and learning slow. That is the
 * argument of LeCun, Bottou, Orr and Müller, "Efficient BackProp" (1998), for zero-centred
 * inputs and activations.
 *
 * The picture often drawn instead — the gradient δ·a has δ's sign in every component when
 * all aᵢ > 0, so the weights can only all rise or all fall — holds for one example at a
 * time. Summed over a batch, the δ of different examples differ in sign and so do the
 * components. The study below measures both shares, so the learner can see that the signs
 * do not explain the steps and the conditioning does.
 *
 * The training is repeated over several seeds and a range of learning rates; each
 * activation is judged at its best rate, and the steps are averaged over the seeds.
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

export interface Conditioning {
  /** v + n·m²: the curvature along the mean direction (1, …, 1). */
  readonly lambdaMax: number;
  /** v: the curvature in every direction orthogonal to the mean direction. */
  readonly lambdaMin: number;
  /** λ_max / λ_min = 1 + n·m²/v. */
  readonly kappa: number;
  /** 2/λ_max: above this step size full-batch gradient descent diverges along the mean direction. */
  readonly stableRate: number;
}

/** The eigenvalues of E[a aᵀ] = v·I + m²·11ᵀ for n independent inputs with these statistics. */
export function conditioning(stats: OutputStats, fanIn: number): Conditioning {
  const v = stats.variance;
  const lambdaMax = v + fanIn * stats.mean * stats.mean;
  return { lambdaMax, lambdaMin: v, kappa: lambdaMax / v, stableRate: 2 / lambdaMax };
}

export interface TrainingOptions {
  /** Inputs of the unit (default 16). */
  readonly fanIn?: number;
  /** Examples per gradient step (default 32). */
  readonly batch?: number;
  /** Steps before giving up (default 200). */
  readonly steps?: number;
  /** Seeds averaged over (default 6: seeds 1 … 6). */
  readonly seeds?: number;
  /** Learning rates tried (default 0.02·√2ᵏ, k = 0 … 18, i.e. 0.02 to 10.24). */
  readonly rates?: readonly number[];
}

/** The step-size grid: 0.02 to 10.24 in factors of √2. */
export const DEFAULT_RATES: readonly number[] = Array.from({ length: 19 }, (_, k) => 0.02 * Math.pow(2, k / 2));

/** Target weights with mixed signs, (1, −1, 1, −1, …): orthogonal to the mean direction when n is even. */
export function targetWeights(fanIn: number): Float64Array {
  return Float64Array.from({ length: fanIn }, (_, i) => (i % 2 === 0 ? 1 : -1));
}

/** One training run: the unit's relative error ‖w − w*‖/‖w*‖ after each step, and sign counts. */
interface Run {
  /** Index 0: before training (1). Stops early (shorter array) when the run diverges. */
  readonly error: Float64Array;
  /** First step with error ≤ 0.1, or `steps` + 1 if never. */
  readonly stepsToTarget: number;
  /** Batch gradients whose non-zero components all share one sign, and batch gradients counted. */
  readonly oneSignBatches: number;
  readonly batches: number;
}

const REACHED = 0.1;

/** Standard normal draws for every step of one seed, shared by every activation and learning rate. */
function drawNormals(seed: number, count: number): Float64Array {
  const rng = new Random(seed);
  const xs = new Float64Array(count);
  for (let i = 0; i < xs.length; i++) xs[i] = rng.normal();
  return xs;
}

/** Does every non-zero entry of v share one sign? (A vector of zeros counts as no.) */
function oneSign(v: ArrayLike<number>, from = 0, to = v.length): boolean {
  let pos = false;
  let neg = false;
  for (let i = from; i < to; i++) {
    if (v[i] > 0) pos = true;
    else if (v[i] < 0) neg = true;
  }
  return pos !== neg;
}

/**
 * Gradient descent on the unit from w = 0 for at most `steps` steps. Unless `record` is set,
 * the run ends as soon as it reaches the target, and after `budget` steps (a rate that needs
 * more cannot beat the best one found so far).
 */
function train(inputs: Float64Array, target: Float64Array, lr: number, steps: number, batch: number, record: boolean, budget = steps): Run {
  const n = target.length;
  const w = new Float64Array(n);
  const g = new Float64Array(n);
  const targetNorm = Math.sqrt(target.reduce((s, t) => s + t * t, 0));
  const error: number[] = [1];
  let reached = steps + 1;
  let oneSignBatches = 0;
  const limit = record ? steps : Math.min(steps, budget);
  for (let s = 0; s < limit; s++) {
    g.fill(0);
    const base = s * batch * n;
    for (let b = 0; b < batch; b++) {
      const o = base + b * n;
      let delta = 0;
      for (let i = 0; i < n; i++) delta += (w[i] - target[i]) * inputs[o + i];
      for (let i = 0; i < n; i++) g[i] += (delta * inputs[o + i]) / batch;
    }
    if (oneSign(g)) oneSignBatches++;
    let e2 = 0;
    for (let i = 0; i < n; i++) {
      w[i] -= lr * g[i];
      e2 += (w[i] - target[i]) ** 2;
    }
    const e = Math.sqrt(e2) / targetNorm;
    error.push(e);
    if (reached > steps && e <= REACHED) {
      reached = s + 1;
      if (!record) break;
    }
    // A run whose error has grown a thousandfold has diverged; nothing later can rescue it.
    if (!Number.isFinite(e) || e > 1e3) break;
  }
  return { error: Float64Array.from(error), stepsToTarget: reached, oneSignBatches, batches: error.length - 1 };
}

/** When no rate reaches the target in time: the rate whose error ends lowest, averaged over the seeds. */
function closestAfterAllSteps(inputs: readonly Float64Array[], target: Float64Array, rates: readonly number[], steps: number, batch: number): number {
  let best = rates[0];
  let lowest = Infinity;
  for (const lr of rates) {
    let sum = 0;
    for (const a of inputs) {
      const run = train(a, target, lr, steps, batch, true);
      sum += run.error.length === steps + 1 ? run.error[steps] : Infinity;
    }
    if (sum < lowest) {
      lowest = sum;
      best = lr;
    }
  }
  return best;
}

export interface ZeroCenteringStudy {
  readonly label: string;
  readonly stats: OutputStats;
  readonly conditioning: Conditioning;
  readonly fanIn: number;
  readonly batch: number;
  readonly steps: number;
  readonly seeds: number;
  /** The learning rate with the fewest steps to the target, averaged over the seeds (a run that never gets there counts `steps` + 1). */
  readonly bestRate: number;
  /** Steps to the target at the best rate, one per seed. */
  readonly stepsPerSeed: readonly number[];
  readonly meanSteps: number;
  /** Share of single examples whose update δ·a has one sign in all its non-zero components. */
  readonly oneSignPerExample: number;
  /** Share of batch gradients (at the best rate, over all seeds) with one sign in all non-zero components. */
  readonly oneSignPerBatch: number;
  /** Relative error ‖w − w*‖/‖w*‖ per step at the best rate, averaged over the seeds (index 0: the start). */
  readonly meanError: Float64Array;
}

/**
 * Trains the next layer's unit on the outputs of each activation, for every learning rate and
 * seed, and summarises each: output statistics, the conditioning they imply, the best rate and
 * its steps. Every activation sees the same normal draws, so only f differs between them.
 */
export function zeroCenteringStudies(acts: readonly BoundActivation[], options: TrainingOptions = {}): ZeroCenteringStudy[] {
  const fanIn = options.fanIn ?? 16;
  const batch = options.batch ?? 32;
  const steps = options.steps ?? 200;
  const seeds = options.seeds ?? 6;
  const rates = options.rates ?? DEFAULT_RATES;
  const target = targetWeights(fanIn);
  const count = steps * batch * fanIn;
  const normals = Array.from({ length: seeds }, (_, i) => drawNormals(i + 1, count));
  const inputs = normals.map(() => new Float64Array(count));
  return acts.map((act) => {
    let oneSignExamples = 0;
    normals.forEach((xs, i) => {
      act.fArray(xs, inputs[i]);
      for (let e = 0; e < steps * batch; e++) if (oneSign(inputs[i], e * fanIn, (e + 1) * fanIn)) oneSignExamples++;
    });
    // From the largest rate down: large rates diverge within a few steps, the first stable ones
    // are close to the best, and every smaller rate is abandoned as soon as its steps add up to
    // more than the best total so far. The result is the same as trying every rate in full.
    let bestLr = rates[0];
    let bestTotal = Infinity;
    for (let k = rates.length - 1; k >= 0; k--) {
      let total = 0;
      for (const a of inputs) {
        const budget = bestTotal - total;
        if (!(budget > 0)) break;
        total += train(a, target, rates[k], steps, batch, false, budget).stepsToTarget;
      }
      if (total < bestTotal) {
        bestTotal = total;
        bestLr = rates[k];
      }
    }
    if (bestTotal >= seeds * (steps + 1)) bestLr = closestAfterAllSteps(inputs, target, rates, steps, batch);
    // Rerun the best rate to the end for the error curve and the batch-sign count.
    const meanError = new Float64Array(steps + 1);
    const stepsPerSeed: number[] = [];
    let oneSignBatches = 0;
    let batches = 0;
    for (const a of inputs) {
      const run = train(a, target, bestLr, steps, batch, true);
      stepsPerSeed.push(run.stepsToTarget);
      oneSignBatches += run.oneSignBatches;
      batches += run.batches;
      for (let s = 0; s <= steps; s++) meanError[s] += s < run.error.length ? run.error[s] : Infinity;
    }
    for (let s = 0; s <= steps; s++) meanError[s] /= seeds;
    const stats = outputStats(act);
    return {
      label: act.label,
      stats,
      conditioning: conditioning(stats, fanIn),
      fanIn,
      batch,
      steps,
      seeds,
      bestRate: bestLr,
      stepsPerSeed,
      meanSteps: stepsPerSeed.reduce((t, n) => t + n, 0) / seeds,
      oneSignPerExample: oneSignExamples / (seeds * steps * batch),
      oneSignPerBatch: batches === 0 ? 0 : oneSignBatches / batches,
      meanError,
    };
  });
}
