/**
 * TensorFlow.js: the ops of `@tensorflow/tfjs-core` (checked by running 4.22.0, the version
 * this project installs) and the activation layers and strings of `@tensorflow/tfjs-layers`
 * 4.22.0 (read from its sources). Internal names such as `elu_` are not exported and are not
 * listed.
 */
import { arg, n, type FrameworkEntry, type FrameworkTable, type KinkClaim } from './types';

const x = arg('x');
const k = (...pairs: [number, number][]): KinkClaim[] => pairs.map(([at, df]) => ({ x: at, df }));
const cfg = (name: string, def?: number | string | null, kit?: string) => arg(name, def, kit, true);

const HARD_SIGMOID = n(
  "'hardSigmoid' in TensorFlow.js is 0.2x + 0.5 clipped to [0, 1] (flat beyond ±2.5) — not the kit’s relu6(x + 3)/6, which PyTorch, JAX and Keras 3 use.",
  "TensorFlow.js 的 'hardSigmoid' 是 0.2x + 0.5 并截断到 [0, 1]（±2.5 之外为常数）——不是本工具的 relu6(x + 3)/6（PyTorch、JAX 和 Keras 3 用的是后者）。",
);
const LEAKY_OP = n('tf.leakyRelu’s alpha defaults to 0.2; the tf.layers.leakyReLU layer’s to 0.3.', 'tf.leakyRelu 的 alpha 默认 0.2；tf.layers.leakyReLU 层默认 0.3。');
const PRELU_LAYER = n('α is learned and starts at 0 (alphaInitializer: \'zeros\').', "α 可学习，初始为 0（alphaInitializer: 'zeros'）。");
const ELU_LAYER = n('The layer accepts only alpha = 1 and throws for any other value.', '该层只接受 alpha = 1，其他值会抛出错误。');
const SOFTMAX_LAYER = n('The layer’s axis defaults to 1 (tf.softmax’s dim to −1).', '该层的 axis 默认 1（tf.softmax 的 dim 默认 −1）。');

const OPS: Record<string, FrameworkEntry> = {
  relu: { id: 'relu', args: [x], kinks: k([0, 0]) },
  // tfjs masks relu6's gradient with x ≤ 6, so at the upper kink it passes the gradient on.
  relu6: { id: 'relu6', args: [x], kinks: k([0, 0], [6, 1]), note: n('relu6′(6) = 1 in TensorFlow.js (PyTorch, TensorFlow, JAX: 0).', 'TensorFlow.js 中 relu6′(6) = 1（PyTorch、TensorFlow、JAX 为 0）。') },
  elu: { id: 'elu', args: [x], kinks: k([0, 1]) },
  // Unlike TensorFlow's SeluGrad, tfjs takes the negative side at 0: λα (in float32).
  selu: { id: 'selu', args: [x], kinks: k([0, Math.fround(1.7580993408473766)]) },
  leakyRelu: { id: 'leaky_relu', args: [x, arg('alpha', 0.2, 'alpha')], kinks: k([0, Math.fround(0.2)]), note: LEAKY_OP },
  prelu: { id: 'prelu', args: [x, arg('alpha')] },
  sigmoid: { id: 'sigmoid', args: [x] },
  tanh: { id: 'tanh', args: [x] },
  softplus: { id: 'softplus', args: [x] },
  logSigmoid: { id: 'log_sigmoid', args: [x] },
  softmax: { id: 'softmax', args: [arg('logits'), arg('dim', -1)] },
  logSoftmax: { id: 'log_softmax', args: [arg('logits'), arg('axis', -1)] },
  step: { id: 'step', args: [x, arg('alpha', 0)], kinks: k([0, 0]) },
  logSumExp: { id: 'logsumexp', args: [x, arg('axis', null), arg('keepDims', false)] },
};

const LAYERS: Record<string, FrameworkEntry> = {
  reLU: { id: 'relu', args: [cfg('maxValue', null)], layer: true },
  leakyReLU: { id: 'leaky_relu', args: [cfg('alpha', 0.3, 'alpha')], layer: true, note: LEAKY_OP },
  elu: { id: 'elu', args: [cfg('alpha', 1, 'alpha')], layer: true, note: ELU_LAYER },
  prelu: { id: 'prelu', args: [arg('alphaInitializer', 'zeros', 'alpha', true, 0)], layer: true, note: PRELU_LAYER },
  softmax: { id: 'softmax', args: [cfg('axis', 1)], layer: true, note: SOFTMAX_LAYER },
};

/** `activation: '…'` in layer configs (ActivationIdentifier in tfjs-layers 4.22.0). */
const STRINGS: Record<string, FrameworkEntry> = {
  elu: { id: 'elu', args: [] },
  hardSigmoid: { id: 'hard_sigmoid', args: [], variant: true, note: HARD_SIGMOID },
  linear: { id: 'identity', args: [] },
  relu: { id: 'relu', args: [] },
  relu6: { id: 'relu6', args: [] },
  selu: { id: 'selu', args: [] },
  sigmoid: { id: 'sigmoid', args: [] },
  softmax: { id: 'softmax', args: [] },
  softplus: { id: 'softplus', args: [] },
  softsign: { id: 'softsign', args: [] },
  tanh: { id: 'tanh', args: [] },
  swish: { id: 'silu', args: [] },
  mish: { id: 'mish', args: [] },
  gelu: { id: 'gelu', args: [], note: n("'gelu' is the exact erf form.", "'gelu' 是精确的 erf 形式。") },
  gelu_new: { id: 'gelu_tanh', args: [], note: n("'gelu_new' is the tanh form.", "'gelu_new' 是 tanh 近似。") },
};

export const TFJS: FrameworkTable = {
  framework: 'TensorFlow.js',
  version: '@tensorflow/tfjs 4.22.0',
  checked: 'ops and gradients of @tensorflow/tfjs-core 4.22.0 run in this project’s tests; layers and activation strings read from @tensorflow/tfjs-layers 4.22.0 (src/activations.ts, src/layers/advanced_activations.ts, src/keras_format/activation_config.ts)',
  language: 'javascript',
  modules: [
    { paths: ['@tensorflow/tfjs', '@tensorflow/tfjs-core'], names: OPS },
    { paths: ['@tensorflow/tfjs.layers', '@tensorflow/tfjs-layers.layers'], names: LAYERS },
  ],
  strings: {
    callPrefixes: ['@tensorflow/tfjs.layers.', '@tensorflow/tfjs-layers.layers.'],
    positionalCalls: [],
    names: STRINGS,
  },
};
