/**
 * TensorFlow's own ops (`tf.nn`, `tf.math`, and the few at the top level of `tf`), checked
 * against tensorflow-cpu 2.21.0: signatures, and its float64 autograd at the kinks. Keras,
 * which TensorFlow ships as `tf.keras`, has its own table.
 */
import { arg, n, type FrameworkEntry, type FrameworkTable, type KinkClaim } from './types';

const features = arg('features');
const xArg = arg('x');
const logits = arg('logits');
const k = (...pairs: [number, number][]): KinkClaim[] => pairs.map(([x, df]) => ({ x, df }));

const SOFTMAX = n('axis=None means the last axis.', 'axis=None 表示最后一个轴。');
const SILU = n(
  'tf.nn.silu(features, beta=1.0) computes features·sigmoid(beta·features) — Swish with β — and its gradient also reaches beta, so β can be a trained variable.',
  'tf.nn.silu(features, beta=1.0) 计算 features·sigmoid(beta·features)——即带 β 的 Swish——梯度也会传到 beta，所以 β 可以是训练的变量。',
);
const SELU = n(
  'TensorFlow takes the positive side at 0: selu′(0) = λ ≈ 1.0507, where PyTorch and JAX give λα ≈ 1.7581.',
  'TensorFlow 在 0 处取正半轴的导数：selu′(0) = λ ≈ 1.0507，而 PyTorch 和 JAX 给出 λα ≈ 1.7581。',
);
const ELU = n('tf.nn.elu has no α (it is 1) and takes the positive side at 0: elu′(0) = 1.', 'tf.nn.elu 没有 α 参数（固定为 1），在 0 处取正半轴的导数：elu′(0) = 1。');
const LEAKY = n('alpha defaults to 0.2 (PyTorch and JAX: 0.01).', 'alpha 默认 0.2（PyTorch 和 JAX 为 0.01）。');
const GELU = n('approximate=False (the default) is the exact erf form; True the tanh form.', 'approximate=False（默认）是精确的 erf 形式；True 是 tanh 近似。');

const NN: Record<string, FrameworkEntry> = {
  relu: { id: 'relu', args: [features], kinks: k([0, 0]) },
  relu6: { id: 'relu6', args: [features], kinks: k([0, 0], [6, 0]) },
  elu: { id: 'elu', args: [features], kinks: k([0, 1]), note: ELU },
  selu: { id: 'selu', args: [features], kinks: k([0, 1.0507009873554805]), note: SELU },
  gelu: { id: { arg: 'approximate', ids: [[false, 'gelu'], [true, 'gelu_tanh']] }, args: [features, arg('approximate', false)], note: GELU },
  silu: { id: 'swish', args: [features, arg('beta', 1, 'beta')], note: SILU },
  swish: { id: 'swish', args: [features, arg('beta', 1, 'beta')], note: SILU },
  softplus: { id: 'softplus', args: [features] },
  softsign: { id: 'softsign', args: [features] },
  sigmoid: { id: 'sigmoid', args: [xArg] },
  tanh: { id: 'tanh', args: [xArg] },
  // The op keeps alpha as a float32 attribute, so in float64 its slope is float32's 0.2.
  leaky_relu: { id: 'leaky_relu', args: [features, arg('alpha', 0.2, 'alpha')], kinks: k([0, Math.fround(0.2)]), note: LEAKY },
  softmax: { id: 'softmax', args: [logits, arg('axis', null)], note: SOFTMAX },
  log_softmax: { id: 'log_softmax', args: [logits, arg('axis', null)], note: SOFTMAX },
};

const MATH: Record<string, FrameworkEntry> = {
  sigmoid: { id: 'sigmoid', args: [xArg] },
  tanh: { id: 'tanh', args: [xArg] },
  softplus: { id: 'softplus', args: [features] },
  softsign: { id: 'softsign', args: [features] },
  log_sigmoid: { id: 'log_sigmoid', args: [xArg] },
  softmax: { id: 'softmax', args: [logits, arg('axis', null)], note: SOFTMAX },
  log_softmax: { id: 'log_softmax', args: [logits, arg('axis', null)], note: SOFTMAX },
  reduce_logsumexp: { id: 'logsumexp', args: [arg('input_tensor'), arg('axis', null), arg('keepdims', false)] },
};

const TOP: Record<string, FrameworkEntry> = {
  sigmoid: { id: 'sigmoid', args: [xArg] },
  tanh: { id: 'tanh', args: [xArg] },
  reduce_logsumexp: { id: 'logsumexp', args: [arg('input_tensor'), arg('axis', null), arg('keepdims', false)] },
};

export const TENSORFLOW: FrameworkTable = {
  framework: 'TensorFlow',
  version: 'tensorflow 2.21.0',
  checked: 'signatures of tensorflow-cpu 2.21.0 (tensorflow/python/ops/nn_ops.py, nn_impl.py, math_ops.py) and its float64 GradientTape at the kinks',
  language: 'python',
  modules: [
    { paths: ['tensorflow.nn'], names: NN },
    { paths: ['tensorflow.math'], names: MATH },
    { paths: ['tensorflow'], names: TOP },
  ],
};
