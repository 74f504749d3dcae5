/**
 * The activation race: the same small MLP (default 2-16-16-1), the same seed, the same
 * data, trained once per activation, in the manner of TensorFlow Playground.
 *
 * Training: full-batch Adam (lr 0.03, β₁ 0.9, β₂ 0.999) on the mean binary cross-entropy;
 * weights start with He init for the ReLU family's kinks and Xavier otherwise — chosen per
 * activation by `initFor`, the usual practice. Full batch keeps the race deterministic and
 * its loss curves smooth, so differences come from the activations, not the sampling.
 */
import type { BoundActivation } from './activation';
import { makeDataset, type Dataset } from './datasets';
import { Adam, backward, bceLoss, createGrads, createMlp, createTrace, forward, type Init, type Mlp } from './mlp';
import { Random } from './random';

export interface RaceOptions {
  readonly epochs?: number;
  readonly points?: number;
  readonly hidden?: readonly number[];
  readonly lr?: number;
  readonly seed?: number;
  /** Side of the decision-boundary grid (default 40). */
  readonly resolution?: number;
  readonly onProgress?: (fraction: number, message: string) => void;
}

export interface RaceEntry {
  readonly label: string;
  readonly init: Init;
  /** Loss after each epoch. */
  readonly loss: Float64Array;
  readonly accuracy: number;
  /** resolution² probabilities of class 1 over [−1, 1]², rows from y = +1 down to −1. */
  readonly grid: Float64Array;
}

export interface RaceResult {
  readonly dataset: Dataset;
  readonly sizes: readonly number[];
  readonly epochs: number;
  readonly lr: number;
  readonly resolution: number;
  readonly entries: readonly RaceEntry[];
}

/** He for activations that are (piecewise) linear for positive inputs, Xavier for the squashing ones. */
export function initFor(act: BoundActivation): Init {
  // The ReLU family (and Swish, GELU, ELU…) keeps a slope of ≈ 1 far to the right;
  // squashing functions (sigmoid, tanh) are flat there.
  return Math.abs(act.df(10) - 1) < 0.05 ? 'he' : 'xavier';
}

function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

function accuracy(logits: Float64Array, y: Float64Array): number {
  let ok = 0;
  for (let i = 0; i < y.length; i++) if ((logits[i] > 0 ? 1 : 0) === y[i]) ok++;
  return ok / y.length;
}

function boundaryGrid(net: Mlp, act: BoundActivation, resolution: number): Float64Array {
  const trace = createTrace(net, resolution * resolution);
  const A0 = trace.A[0];
  for (let r = 0; r < resolution; r++) {
    for (let c = 0; c < resolution; c++) {
      const i = r * resolution + c;
      A0[2 * i] = -1 + (2 * (c + 0.5)) / resolution;
      A0[2 * i + 1] = 1 - (2 * (r + 0.5)) / resolution;
    }
  }
  const logits = forward(net, act, trace);
  return logits.map(sigmoid);
}

export function race(acts: readonly BoundActivation[], datasetName: string, options: RaceOptions = {}): RaceResult {
  const epochs = options.epochs ?? 300;
  const points = options.points ?? 200;
  const hidden = options.hidden ?? [16, 16];
  const lr = options.lr ?? 0.03;
  const seed = options.seed ?? 1;
  const resolution = options.resolution ?? 40;
  const dataset = makeDataset(datasetName, points, new Random(seed));
  const sizes = [2, ...hidden, 1];
  const entries: RaceEntry[] = acts.map((act, a) => {
    const init = initFor(act);
    const net = createMlp(sizes, new Random(seed + 1000), init);
    const trace = createTrace(net, points);
    trace.A[0].set(dataset.X);
    const grads = createGrads(net, points);
    const adam = new Adam(net, lr);
    const loss = new Float64Array(epochs);
    for (let e = 0; e < epochs; e++) {
      const logits = forward(net, act, trace);
      loss[e] = bceLoss(logits, dataset.y);
      backward(net, act, trace, dataset.y, grads);
      adam.step(net, grads);
      if (options.onProgress && e % 50 === 0) options.onProgress((a + e / epochs) / acts.length, `race: ${act.label}, epoch ${e}/${epochs}`);
    }
    const logits = forward(net, act, trace);
    return { label: act.label, init, loss, accuracy: accuracy(logits, dataset.y), grid: boundaryGrid(net, act, resolution) };
  });
  return { dataset, sizes, epochs, lr, resolution, entries };
}
