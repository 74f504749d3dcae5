/**
 * Dead units: train a small network with plain gradient descent and count the hidden units
 * whose f′ is 0 for every training input. Such a unit passes no gradient back, so its
 * incoming weights never change again: it is dead for good. A learning rate that is too
 * high throws pre-activations (usually via a large negative bias step) into the flat part.
 *
 * Network 2-32-32-1 on the `circle` data (200 points), full-batch gradient descent on the
 * mean binary cross-entropy, one step per epoch. On this network a learning rate of 1 trains
 * (the loss falls from about 0.7 to below 0.01 in 200 steps) while losing few units, and 3
 * kills most of the first layer with Xavier weights.
 *
 * The two initialisations differ only in scale, and with zero biases scaling a ReLU network's
 * weights changes no sign, so they start with the same dead units. What differs is the first
 * layer: 2 inputs and 32 outputs give Xavier a standard deviation of √(2/34) ≈ 0.24 and He one
 * of √(2/2) = 1. A unit dies once its bias falls below −max(w·x) over the data, and with
 * weights four times larger that takes a bias step four times larger. The run records that
 * scale so the report can show it.
 */
import type { BoundActivation } from './activation';
import { makeDataset } from './datasets';
import { backward, bceLoss, createGrads, createMlp, createTrace, forward, sgdStep, type Init } from './mlp';
import { Random } from './random';

export interface DeadUnitsOptions {
  readonly init?: Init;
  readonly hidden?: readonly number[];
  readonly points?: number;
  readonly seed?: number;
  readonly dataset?: string;
}

export interface DeadUnitsRun {
  readonly label: string;
  readonly init: Init;
  readonly lr: number;
  /** Fraction of hidden units dead after step s (index 0: before training). */
  readonly dead: Float64Array;
  /** Loss after step s (index 0: before training). */
  readonly loss: Float64Array;
  /** Root mean square of the first layer's initial weights. */
  readonly firstLayerScale: number;
}

/** Fraction of hidden units with f′(z) = 0 on every example of the batch. */
export function deadFraction(trace: { n: number; Z: Float64Array[] }, act: BoundActivation, hiddenLayers: number): number {
  let dead = 0;
  let total = 0;
  for (let l = 0; l < hiddenLayers; l++) {
    const Z = trace.Z[l];
    const slope = new Float64Array(Z.length);
    act.dfArray(Z, slope);
    const width = Z.length / trace.n;
    for (let j = 0; j < width; j++) {
      let alive = false;
      for (let r = 0; r < trace.n && !alive; r++) alive = slope[r * width + j] !== 0;
      if (!alive) dead++;
      total++;
    }
  }
  return total === 0 ? 0 : dead / total;
}

export function trainCountingDead(act: BoundActivation, lr: number, steps: number, options: DeadUnitsOptions = {}): DeadUnitsRun {
  const init = options.init ?? 'xavier';
  const hidden = options.hidden ?? [32, 32];
  const points = options.points ?? 200;
  const seed = options.seed ?? 1;
  const data = makeDataset(options.dataset ?? 'circle', points, new Random(seed));
  const net = createMlp([2, ...hidden, 1], new Random(seed + 1000), init);
  const firstLayerScale = Math.sqrt(net.W[0].reduce((t, w) => t + w * w, 0) / net.W[0].length);
  const trace = createTrace(net, points);
  trace.A[0].set(data.X);
  const grads = createGrads(net, points);
  const dead = new Float64Array(steps + 1);
  const loss = new Float64Array(steps + 1);
  for (let s = 0; s <= steps; s++) {
    const logits = forward(net, act, trace);
    loss[s] = bceLoss(logits, data.y);
    dead[s] = deadFraction(trace, act, hidden.length);
    if (s === steps) break;
    backward(net, act, trace, data.y, grads);
    sgdStep(net, grads, lr);
  }
  return { label: act.label, init, lr, dead, loss, firstLayerScale };
}
