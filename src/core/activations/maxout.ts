import { constant, line } from '../pieces';
import { ActivationError, type VectorActivation } from '../types';
import { checkSameLength, toVector, type Vector } from '../vector/check';
import { argmax, maxValue } from '../vector/softmax';

/**
 * Maxout (Goodfellow et al., 2013): one unit with k linear pieces,
 *   zⱼ = Wⱼ·x + bⱼ,  h = maxⱼ zⱼ.
 * With j* the winning piece: ∂h/∂x = W_{j*}, ∂h/∂W_{j*} = xᵀ (other rows 0), ∂h/∂b = e_{j*}.
 * At a tie the maximum is not differentiable; the lowest tied index wins, which gives one
 * valid subgradient (PyTorch's max does the same). Any NaN makes everything NaN.
 *
 * The registry entry is the max over the piece values z (its Jacobian is the 1×k one-hot
 * row e_{j*}); `maxout(W, b, x)` below works from the weights.
 * Example: W = [[1, 0], [0, 1]], b = [0, 0], x = [2, 3] → h = 3, piece 1, ∂h/∂x = [0, 1].
 */
export const maxoutActivation: VectorActivation = {
  kind: 'vector',
  id: 'maxout',
  params: [],
  meta: {
    name: 'Maxout',
    rangeTex: '(-\\infty, \\infty)',
    range: [-Infinity, Infinity],
    zeroCentred: false,
    monotonic: true,
    saturates: 'none',
    deadUnitRisk: 'none',
    cost: 'trivial',
    tex: {
      f: 'h(x) = \\max_{j \\in \\{1..k\\}} \\bigl(W_j x + b_j\\bigr)',
      df: '\\frac{\\partial h}{\\partial x} = W_{j^*},\\ \\frac{\\partial h}{\\partial W_{j^*}} = x^{\\top},\\ \\frac{\\partial h}{\\partial b_{j^*}} = 1,\\quad j^* = \\arg\\max_j (W_j x + b_j)',
    },
    plain: {
      f: 'maxout(x) = max_j (W_j . x + b_j)',
      df: 'dh/dx = W_j*, dh/dW_j* = x, dh/db_j* = 1, where j* is the winning piece',
    },
    kinkConvention: 'At a tie the lowest index among the tied pieces wins; the gradient is then a subgradient.',
    origin: 'note',
    related: ['relu', 'leaky_relu', 'logsumexp'],
    d2: {
      tex: '\\nabla^2 h = 0 \\quad \\text{(away from ties)}',
      plain: 'Hessian of h = 0 away from ties',
      convention: 'At a tie, where the Hessian does not exist, it is taken as 0 (what autograd frameworks give for max).',
    },
  },
  f: (z) => Float64Array.of(maxValue(z)),
  jacobian: (z) => oneHot(z.length, argmax(z)),
  vjp: (z, v) => {
    checkSameLength('maxout', 'v', v, 1);
    const g = oneHot(z.length, argmax(z));
    for (let i = 0; i < g.length; i++) g[i] *= v[0];
    return g;
  },
  jvp: (z, v) => {
    checkSameLength('maxout', 'v', v, z.length);
    const k = argmax(z);
    return Float64Array.of(k < 0 ? NaN : v[k]);
  },
  // Piecewise linear: the Hessian is 0 (and NaN for a NaN input).
  hessian: (z) => new Float64Array(z.length * z.length).fill(argmax(z) < 0 ? NaN : 0),
  hvp: (z, v) => {
    checkSameLength('maxout', 'v', v, z.length);
    return new Float64Array(z.length).fill(argmax(z) < 0 ? NaN : 0);
  },
  d2dir: (z) => Float64Array.of(argmax(z) < 0 ? NaN : 0),
  // Along the line z = (t, 0) maxout is max(t, 0): one kink, where the gradient jumps.
  pieces: () => [constant(0, 0), line(Infinity, 1)],
};

/** e_k of length n, or all NaN when k < 0 (a NaN input). */
function oneHot(n: number, k: number): Float64Array {
  const e = new Float64Array(n);
  if (k < 0) return e.fill(NaN);
  e[k] = 1;
  return e;
}

export interface MaxoutResult {
  /** h = max_j (W_j·x + b_j). */
  readonly value: number;
  /** j*, the winning piece (lowest index at a tie); −1 if an input is NaN. */
  readonly winner: number;
  /** Every piece's value zⱼ = W_j·x + b_j. */
  readonly z: Float64Array;
  /** Indices of all pieces equal to the maximum (more than one means a tie). */
  readonly tied: readonly number[];
  /** ∂h/∂x = W_{j*}. */
  readonly dx: Float64Array;
  /** ∂h/∂W: row j* is x, the other rows 0. */
  readonly dW: readonly Float64Array[];
  /** ∂h/∂b = e_{j*}. */
  readonly db: Float64Array;
}

/** One Maxout unit with weights W (k rows of length d), bias b (length k) at input x (length d). */
export function maxout(W: readonly Vector[], b: Vector, x: Vector): MaxoutResult {
  if (!Array.isArray(W) || W.length === 0) throw new ActivationError('maxout', 'W', 'expected a non-empty list of weight rows (one per piece)');
  const xs = toVector('maxout', 'x', x);
  const bs = toVector('maxout', 'b', b);
  const k = W.length;
  const d = xs.length;
  if (bs.length !== k) throw new ActivationError('maxout', 'b', `length ${bs.length} does not match the ${k} rows of W`);
  const rows = W.map((row, j) => {
    const r = toVector('maxout', `W[${j}]`, row);
    if (r.length !== d) throw new ActivationError('maxout', `W[${j}]`, `length ${r.length} does not match x's length ${d}`);
    return r;
  });
  const z = new Float64Array(k);
  for (let j = 0; j < k; j++) {
    let s = bs[j];
    for (let i = 0; i < d; i++) s += rows[j][i] * xs[i];
    z[j] = s;
  }
  const win = argmax(z);
  const dW = rows.map(() => new Float64Array(d));
  if (win < 0) {
    for (const r of dW) r.fill(NaN);
    return { value: NaN, winner: -1, z, tied: [], dx: new Float64Array(d).fill(NaN), dW, db: new Float64Array(k).fill(NaN) };
  }
  dW[win].set(xs);
  const tied: number[] = [];
  for (let j = 0; j < k; j++) if (z[j] === z[win]) tied.push(j);
  return { value: z[win], winner: win, z, tied, dx: Float64Array.from(rows[win]), dW, db: oneHot(k, win) };
}
