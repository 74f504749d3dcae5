/**
 * JAX's `jax.nn`, checked against jax 0.10.2: signatures, and `jax.grad` in float64 at the
 * kinks. JAX writes several functions with `jnp.where`, so at a kink the gradient is the
 * branch the comparison picks: leaky_relu′(0) = 1 and hard_tanh′(±1) = 1.
 */
import { arg, n, type FrameworkEntry, type FrameworkTable, type KinkClaim } from './types';

const x = arg('x');
const k = (...pairs: [number, number][]): KinkClaim[] => pairs.map(([at, df]) => ({ x: at, df }));

const GELU = n(
  'jax.nn.gelu defaults to approximate=True, the tanh form; approximate=False gives the exact erf form.',
  'jax.nn.gelu 默认 approximate=True，即 tanh 近似；approximate=False 才是精确的 erf 形式。',
);
const LEAKY = n('leaky_relu′(0) = 1 in JAX (x ≥ 0 picks the identity branch); PyTorch gives α.', 'JAX 中 leaky_relu′(0) = 1（x ≥ 0 选中恒等分支）；PyTorch 给出 α。');
const HARD_TANH = n('hard_tanh′(±1) = 1 in JAX; PyTorch gives 0 at both ends.', 'JAX 中 hard_tanh′(±1) = 1；PyTorch 在两端都给出 0。');

export const JAX_NN: Record<string, FrameworkEntry> = {
  relu: { id: 'relu', args: [x], kinks: k([0, 0]) },
  relu6: { id: 'relu6', args: [x], kinks: k([0, 0], [6, 0]) },
  sigmoid: { id: 'sigmoid', args: [x] },
  tanh: { id: 'tanh', args: [x] },
  softplus: { id: 'softplus', args: [x] },
  soft_sign: { id: 'softsign', args: [x] },
  silu: { id: 'silu', args: [x] },
  swish: { id: 'silu', args: [x] },
  log_sigmoid: { id: 'log_sigmoid', args: [x] },
  leaky_relu: { id: 'leaky_relu', args: [x, arg('negative_slope', 0.01, 'alpha')], kinks: k([0, 1]), note: LEAKY },
  hard_sigmoid: { id: 'hard_sigmoid', args: [x], kinks: k([-3, 0], [3, 0]) },
  hard_silu: { id: 'hard_swish', args: [x], kinks: k([-3, 0], [3, 1]) },
  hard_swish: { id: 'hard_swish', args: [x], kinks: k([-3, 0], [3, 1]) },
  hard_tanh: { id: 'hard_tanh', args: [x], kinks: k([-1, 1], [1, 1]), note: HARD_TANH },
  elu: { id: 'elu', args: [x, arg('alpha', 1, 'alpha')], kinks: k([0, 1]) },
  celu: { id: 'celu', args: [x, arg('alpha', 1, 'alpha')], kinks: k([0, 1]) },
  selu: { id: 'selu', args: [x], kinks: k([0, 1.7580993408473766]) },
  gelu: { id: { arg: 'approximate', ids: [[true, 'gelu_tanh'], [false, 'gelu']] }, args: [x, arg('approximate', true)], note: GELU },
  mish: { id: 'mish', args: [x] },
  squareplus: { id: 'squareplus', args: [x, arg('b', 4, 'b')] },
  identity: { id: 'identity', args: [x] },
  softmax: { id: 'softmax', args: [x, arg('axis', -1), arg('where', null)] },
  log_softmax: { id: 'log_softmax', args: [x, arg('axis', -1), arg('where', null)] },
  logsumexp: { id: 'logsumexp', args: [arg('a'), arg('axis', null), arg('b', null), arg('keepdims', false), arg('return_sign', false), arg('where', null)] },
};

export const JAX: FrameworkTable = {
  framework: 'JAX',
  version: 'jax 0.10.2',
  checked: 'signatures of jax 0.10.2 (jax/_src/nn/functions.py) and jax.grad in float64 at the kinks',
  language: 'python',
  modules: [{ paths: ['jax.nn'], names: JAX_NN }],
};
