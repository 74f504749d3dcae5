/**
 * `maxout(W, b, x)`: one Maxout unit from its weights, computed by the core. The result is
 * a plain object a learner can read field by field (`m.value`, `m.piece`): the value, which
 * piece won (1-based, the lowest on a tie), every piece's value, and the gradients — which
 * shows why only the winning row learns. `maxout(z)` alone is the registry's max over
 * already-computed piece values.
 */
import { maxout as coreMaxout } from '../core/activations/maxout';
import { toRows, toVector } from './values';

export interface MaxoutValue {
  readonly value: number;
  readonly piece: number;
  readonly pieces: number[];
  readonly tied: number[];
  /** ∂h/∂x = W_winner. */
  readonly dx: number[];
  /** ∂h/∂W: the winning row is x, the others 0. */
  readonly dW: number[][];
  /** ∂h/∂b: one-hot at the winner. */
  readonly db: number[];
}

export function maxoutFromWeights(W: unknown, b: unknown, x: unknown): MaxoutValue {
  const r = coreMaxout(toRows(W, 'maxout', 'W'), toVector(b, 'maxout', 'b'), toVector(x, 'maxout', 'x'));
  return {
    value: r.value,
    piece: r.winner < 0 ? NaN : r.winner + 1,
    pieces: Array.from(r.z),
    tied: r.tied.map((j) => j + 1),
    dx: Array.from(r.dx),
    dW: r.dW.map((row) => Array.from(row)),
    db: Array.from(r.db),
  };
}
