/**
 * Keras 3 (`keras`, and `tensorflow.keras`, which is Keras 3 from TensorFlow 2.16 on):
 * `keras.activations`, `keras.ops`, the activation layers, and the activation strings its
 * layers accept. Defaults are those of keras 3.15.1's signatures. Kink derivatives depend on
 * the backend, because Keras hands the op to it: each claim names the backend it was run on.
 */
import { arg, n, type FrameworkEntry, type FrameworkTable, type KinkClaim } from './types';

const x = arg('x');

/** The same derivative on every backend. */
const all = (...pairs: [number, number][]): KinkClaim[] =>
  pairs.flatMap(([at, df]) => (['tensorflow', 'jax', 'torch'] as const).map((backend) => ({ x: at, df, backend })));
/** Per backend: [x, tensorflow, jax, torch]. */
const per = (...rows: [number, number, number, number][]): KinkClaim[] =>
  rows.flatMap(([at, tf, jax, torch]) => [
    { x: at, df: tf, backend: 'tensorflow' as const },
    { x: at, df: jax, backend: 'jax' as const },
    { x: at, df: torch, backend: 'torch' as const },
  ]);

const HARD_SIGMOID = n(
  'Keras 3 (and tf.keras from TensorFlow 2.16): relu6(x + 3)/6, flat beyond ±3. Keras 2 and tf_keras used 0.2x + 0.5, flat beyond ±2.5.',
  'Keras 3（以及 TensorFlow 2.16 起的 tf.keras）：relu6(x + 3)/6，±3 之外为常数。Keras 2 和 tf_keras 用的是 0.2x + 0.5，±2.5 之外为常数。',
);
const GELU_ACT = n('keras.activations.gelu defaults to approximate=False, the exact erf form.', 'keras.activations.gelu 默认 approximate=False，即精确的 erf 形式。');
const GELU_OPS = n('keras.ops.gelu defaults to approximate=True, the tanh form — unlike keras.activations.gelu.', 'keras.ops.gelu 默认 approximate=True，即 tanh 近似——与 keras.activations.gelu 不同。');
const RELU_EXTRAS = n(
  'max_value caps the output and threshold moves the kink; the kit’s relu has neither, so with them set the curve shown is the plain ReLU.',
  'max_value 会截断输出，threshold 会移动拐点；本工具的 relu 没有这两个参数，设置了它们时图中画的仍是普通 ReLU。',
);
const LEAKY = n(
  'The function’s negative_slope defaults to 0.2, the LeakyReLU layer’s to 0.3. leaky_relu′(0) is α on the TensorFlow and PyTorch backends but 1 on JAX.',
  '函数的 negative_slope 默认 0.2，LeakyReLU 层默认 0.3。leaky_relu′(0) 在 TensorFlow 和 PyTorch 后端上为 α，在 JAX 后端上为 1。',
);
const PRELU = n('α is learned and starts at 0 (alpha_initializer="Zeros"), so a fresh PReLU layer is a ReLU.', 'α 可学习，初始为 0（alpha_initializer="Zeros"），所以新建的 PReLU 层就是 ReLU。');
const SELU = n(
  'selu′(0) depends on the backend: λ ≈ 1.0507 on TensorFlow (the positive side), λα ≈ 1.7581 on JAX and PyTorch.',
  'selu′(0) 取决于后端：TensorFlow 上为 λ ≈ 1.0507（取正半轴），JAX 和 PyTorch 上为 λα ≈ 1.7581。',
);
const CELU = n(
  'On the TensorFlow backend celu′(0) = 2 (both pieces pass their gradient at the tie); JAX and PyTorch give 1.',
  'TensorFlow 后端上 celu′(0) = 2（在相等处两段都传递梯度）；JAX 和 PyTorch 给出 1。',
);
const HARD_TANH = n('hard_tanh′(±1) is 1 on the TensorFlow and JAX backends, 0 on PyTorch.', 'hard_tanh′(±1) 在 TensorFlow 和 JAX 后端上为 1，在 PyTorch 后端上为 0。');
const SOFTMAX = n('axis defaults to −1, the last axis.', 'axis 默认 −1，即最后一个轴。');

const gelu = (approx: boolean, note = approx ? GELU_OPS : GELU_ACT): FrameworkEntry => ({
  id: { arg: 'approximate', ids: [[false, 'gelu'], [true, 'gelu_tanh']] },
  args: [x, arg('approximate', approx)],
  note,
});

/** Names shared by keras.activations and keras.ops (same defaults in 3.15.1). */
const COMMON: Record<string, FrameworkEntry> = {
  sigmoid: { id: 'sigmoid', args: [x] },
  tanh: { id: 'tanh', args: [x] },
  relu6: { id: 'relu6', args: [x], kinks: all([0, 0], [6, 0]) },
  elu: { id: 'elu', args: [x, arg('alpha', 1, 'alpha')], kinks: all([0, 1]) },
  selu: { id: 'selu', args: [x], kinks: per([0, 1.0507009873554805, 1.7580993408473766, 1.7580993408473766]), note: SELU },
  celu: { id: 'celu', args: [x, arg('alpha', 1, 'alpha')], kinks: per([0, 2, 1, 1]), note: CELU },
  silu: { id: 'silu', args: [x] },
  swish: { id: 'silu', args: [x], note: n('swish is silu, x·sigmoid(x), with no β.', 'swish 就是 silu，即 x·sigmoid(x)，没有 β 参数。') },
  softplus: { id: 'softplus', args: [x] },
  softsign: { id: 'softsign', args: [x] },
  leaky_relu: { id: 'leaky_relu', args: [x, arg('negative_slope', 0.2, 'alpha')], kinks: per([0, Math.fround(0.2), 1, 0.2]), note: LEAKY },
  hard_sigmoid: { id: 'hard_sigmoid', args: [x], kinks: all([-3, 0], [3, 0]), note: HARD_SIGMOID },
  hard_silu: { id: 'hard_swish', args: [x], kinks: all([-3, 0], [3, 1]) },
  hard_swish: { id: 'hard_swish', args: [x], kinks: all([-3, 0], [3, 1]) },
  hard_tanh: { id: 'hard_tanh', args: [x], kinks: per([-1, 1, 1, 0], [1, 1, 1, 0]), note: HARD_TANH },
  log_sigmoid: { id: 'log_sigmoid', args: [x] },
  soft_shrink: { id: 'softshrink', args: [x, arg('threshold', 0.5, 'lambda')], kinks: all([-0.5, 0], [0.5, 0]) },
  hard_shrink: { id: 'hardshrink', args: [x, arg('threshold', 0.5, 'lambda')], kinks: all([-0.5, 0], [0.5, 0]) },
  tanh_shrink: { id: 'tanhshrink', args: [x] },
  squareplus: { id: 'squareplus', args: [x, arg('b', 4, 'b')] },
  softmax: { id: 'softmax', args: [x, arg('axis', -1)], note: SOFTMAX },
  log_softmax: { id: 'log_softmax', args: [x, arg('axis', -1)], note: SOFTMAX },
};

const ACTIVATIONS: Record<string, FrameworkEntry> = {
  ...COMMON,
  relu: { id: 'relu', args: [x, arg('negative_slope', 0, 'alpha'), arg('max_value', null), arg('threshold', 0)], kinks: all([0, 0]), note: RELU_EXTRAS },
  gelu: gelu(false),
  mish: { id: 'mish', args: [x] },
  linear: { id: 'identity', args: [x] },
};

const OPS: Record<string, FrameworkEntry> = {
  ...COMMON,
  relu: { id: 'relu', args: [x], kinks: all([0, 0]) },
  gelu: gelu(true),
  logsumexp: { id: 'logsumexp', args: [x, arg('axis', null), arg('keepdims', false)] },
};

const LAYERS: Record<string, FrameworkEntry> = {
  ReLU: { id: 'relu', args: [arg('max_value', null), arg('negative_slope', 0, 'alpha'), arg('threshold', 0)], layer: true, kinks: all([0, 0]), note: RELU_EXTRAS },
  LeakyReLU: { id: 'leaky_relu', args: [arg('negative_slope', 0.3, 'alpha')], layer: true, kinks: per([0, Math.fround(0.3), 1, 0.3]), note: LEAKY },
  ELU: { id: 'elu', args: [arg('alpha', 1, 'alpha')], layer: true, kinks: all([0, 1]) },
  PReLU: { id: 'prelu', args: [arg('alpha_initializer', 'Zeros', 'alpha', false, 0)], layer: true, kinks: all([0, 0]), note: PRELU },
  Softmax: { id: 'softmax', args: [arg('axis', -1)], layer: true, note: SOFTMAX },
  Identity: { id: 'identity', args: [], layer: true },
};

/** `activation="…"` strings (keras.activations.get in 3.15.1). */
/** A string means the keras.activations function of that name, with its defaults. */
const asString = (e: FrameworkEntry): FrameworkEntry => ({ ...e, args: e.args.filter((a) => a.name !== 'x') });

const STRINGS: Record<string, FrameworkEntry> = {
  relu: { id: 'relu', args: [], kinks: all([0, 0]) },
  relu6: asString(COMMON.relu6),
  sigmoid: { id: 'sigmoid', args: [] },
  tanh: { id: 'tanh', args: [] },
  elu: asString(COMMON.elu),
  selu: asString(COMMON.selu),
  celu: asString(COMMON.celu),
  gelu: { id: 'gelu', args: [], note: GELU_ACT },
  silu: { id: 'silu', args: [] },
  swish: { id: 'silu', args: [] },
  mish: { id: 'mish', args: [] },
  softplus: { id: 'softplus', args: [] },
  softsign: { id: 'softsign', args: [] },
  leaky_relu: asString(COMMON.leaky_relu),
  hard_sigmoid: asString(COMMON.hard_sigmoid),
  hard_silu: asString(COMMON.hard_silu),
  hard_swish: asString(COMMON.hard_swish),
  hard_tanh: asString(COMMON.hard_tanh),
  log_sigmoid: { id: 'log_sigmoid', args: [] },
  soft_shrink: asString(COMMON.soft_shrink),
  hard_shrink: asString(COMMON.hard_shrink),
  tanh_shrink: { id: 'tanhshrink', args: [] },
  squareplus: { id: 'squareplus', args: [] },
  softmax: { id: 'softmax', args: [], note: SOFTMAX },
  log_softmax: { id: 'log_softmax', args: [], note: SOFTMAX },
  linear: { id: 'identity', args: [] },
};

export const KERAS: FrameworkTable = {
  framework: 'Keras',
  version: 'keras 3.15.1',
  checked: 'signatures of keras 3.15.1 (keras/src/activations/activations.py, keras/src/ops/nn.py, keras/src/layers/activations/), keras.activations.get, and autograd at the kinks on the TensorFlow 2.21.0, JAX 0.10.2 and PyTorch 2.13.0 backends',
  language: 'python',
  modules: [
    { paths: ['keras.activations', 'tensorflow.keras.activations'], names: ACTIVATIONS },
    { paths: ['keras.ops', 'tensorflow.keras.ops'], names: OPS },
    { paths: ['keras.layers', 'tensorflow.keras.layers'], names: LAYERS },
  ],
  strings: {
    callPrefixes: ['keras.layers.', 'tensorflow.keras.layers.'],
    positionalCalls: ['keras.layers.Activation', 'tensorflow.keras.layers.Activation', 'keras.activations.get', 'tensorflow.keras.activations.get'],
    names: STRINGS,
  },
};

