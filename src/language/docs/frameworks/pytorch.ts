/**
 * PyTorch: `torch.nn.functional`, `torch.nn` modules, the few activations at the top level of
 * `torch`, and `torch.special`. Defaults are those of the signatures in torch 2.13.0; kink
 * derivatives are what its autograd returns in float64 (scripts/frameworks/measure.py).
 */
import { arg, n, type FrameworkEntry, type FrameworkTable, type KinkClaim } from './types';

const input = arg('input');
const inplace = arg('inplace', false);

const k = (...pairs: [number, number][]): KinkClaim[] => pairs.map(([x, df]) => ({ x, df }));

const GELU_NOTE = n(
  "approximate='none' (the default) is the exact erf form; approximate='tanh' the tanh approximation.",
  "approximate='none'（默认）是精确的 erf 形式；approximate='tanh' 是 tanh 近似。",
);
const SOFTPLUS_NOTE = n(
  'Where β·x > threshold (20 by default) PyTorch returns x itself rather than the exact value; the kit computes the exact function unless a threshold is given.',
  '当 β·x > threshold（默认 20）时，PyTorch 直接返回 x 而不是精确值；本工具默认计算精确函数，只有给出 threshold 时才这样截断。',
);
const SOFTMAX_DIM_NOTE = n(
  'Pass dim explicitly: without it PyTorch guesses the dimension (dim=None is deprecated and warns), which is wrong for batched inputs of some shapes.',
  '请显式传入 dim：不传时 PyTorch 会猜测维度（dim=None 已弃用并给出警告），对某些形状的批量输入会猜错。',
);
const HARDSWISH_NOTE = n(
  'hardswish′(−3) = 0 and hardswish′(3) = 1: the outer pieces win at the joins (changed by pytorch/pytorch PR #148049; torch 2.13.0 returns these).',
  'hardswish′(−3) = 0，hardswish′(3) = 1：在分段连接点取外侧分段的导数（由 pytorch/pytorch PR #148049 修改；torch 2.13.0 返回这些值）。',
);
const HARDSIGMOID_NOTE = n(
  'relu6(x + 3)/6, flat beyond ±3 — the same as Keras 3 and JAX. Keras 2 (tf_keras) and TensorFlow.js use 0.2x + 0.5 instead.',
  'relu6(x + 3)/6，±3 之外为常数——与 Keras 3 和 JAX 相同。Keras 2（tf_keras）和 TensorFlow.js 用的是 0.2x + 0.5。',
);
const PRELU_NOTE = n('The slope α is a learned parameter; nn.PReLU starts it at init = 0.25.', '斜率 α 是可学习参数；nn.PReLU 的初始值 init = 0.25。');

/** `torch.nn.functional.<name>`. */
const FUNCTIONAL: Record<string, FrameworkEntry> = {
  sigmoid: { id: 'sigmoid', args: [input] },
  tanh: { id: 'tanh', args: [input] },
  relu: { id: 'relu', args: [input, inplace], kinks: k([0, 0]) },
  relu6: { id: 'relu6', args: [input, inplace], kinks: k([0, 0], [6, 0]) },
  leaky_relu: { id: 'leaky_relu', args: [input, arg('negative_slope', 0.01, 'alpha'), inplace], kinks: k([0, 0.01]) },
  elu: { id: 'elu', args: [input, arg('alpha', 1, 'alpha'), inplace], kinks: k([0, 1]) },
  selu: { id: 'selu', args: [input, inplace], kinks: k([0, 1.7580993408473766]) },
  celu: { id: 'celu', args: [input, arg('alpha', 1, 'alpha'), inplace], kinks: k([0, 1]) },
  gelu: { id: { arg: 'approximate', ids: [['none', 'gelu'], ['tanh', 'gelu_tanh']] }, args: [input, arg('approximate', 'none', undefined, true)], note: GELU_NOTE },
  silu: { id: 'silu', args: [input, inplace] },
  mish: { id: 'mish', args: [input, inplace] },
  softplus: { id: 'softplus', args: [input, arg('beta', 1, 'beta'), arg('threshold', 20, 'threshold')], note: SOFTPLUS_NOTE },
  softsign: { id: 'softsign', args: [input] },
  hardsigmoid: { id: 'hard_sigmoid', args: [input, inplace], kinks: k([-3, 0], [3, 0]), note: HARDSIGMOID_NOTE },
  hardswish: { id: 'hard_swish', args: [input, inplace], kinks: k([-3, 0], [3, 1]), note: HARDSWISH_NOTE },
  hardtanh: { id: 'hard_tanh', args: [input, arg('min_val', -1), arg('max_val', 1), inplace], kinks: k([-1, 0], [1, 0]) },
  logsigmoid: { id: 'log_sigmoid', args: [input] },
  softmax: { id: 'softmax', args: [input, arg('dim', null), arg('_stacklevel', 3), arg('dtype', null)], note: SOFTMAX_DIM_NOTE },
  log_softmax: { id: 'log_softmax', args: [input, arg('dim', null), arg('_stacklevel', 3), arg('dtype', null)], note: SOFTMAX_DIM_NOTE },
  softmin: { id: 'softmin', args: [input, arg('dim', null), arg('_stacklevel', 3), arg('dtype', null)], note: SOFTMAX_DIM_NOTE },
  tanhshrink: { id: 'tanhshrink', args: [input] },
  softshrink: { id: 'softshrink', args: [input, arg('lambd', 0.5, 'lambda')], kinks: k([-0.5, 0], [0.5, 0]) },
  hardshrink: { id: 'hardshrink', args: [input, arg('lambd', 0.5, 'lambda')], kinks: k([-0.5, 0], [0.5, 0]) },
  prelu: { id: 'prelu', args: [input, arg('weight')], note: PRELU_NOTE },
};

/** `torch.nn.<Module>`: the constructor's arguments. */
const MODULES: Record<string, FrameworkEntry> = {
  Sigmoid: { id: 'sigmoid', args: [], layer: true },
  Tanh: { id: 'tanh', args: [], layer: true },
  ReLU: { id: 'relu', args: [inplace], layer: true, kinks: k([0, 0]) },
  ReLU6: { id: 'relu6', args: [inplace], layer: true, kinks: k([0, 0], [6, 0]) },
  LeakyReLU: { id: 'leaky_relu', args: [arg('negative_slope', 0.01, 'alpha'), inplace], layer: true, kinks: k([0, 0.01]) },
  ELU: { id: 'elu', args: [arg('alpha', 1, 'alpha'), inplace], layer: true, kinks: k([0, 1]) },
  SELU: { id: 'selu', args: [inplace], layer: true, kinks: k([0, 1.7580993408473766]) },
  CELU: { id: 'celu', args: [arg('alpha', 1, 'alpha'), inplace], layer: true, kinks: k([0, 1]) },
  GELU: { id: { arg: 'approximate', ids: [['none', 'gelu'], ['tanh', 'gelu_tanh']] }, args: [arg('approximate', 'none')], layer: true, note: GELU_NOTE },
  SiLU: { id: 'silu', args: [inplace], layer: true },
  Mish: { id: 'mish', args: [inplace], layer: true },
  Softplus: { id: 'softplus', args: [arg('beta', 1, 'beta'), arg('threshold', 20, 'threshold')], layer: true, note: SOFTPLUS_NOTE },
  Softsign: { id: 'softsign', args: [], layer: true },
  Hardsigmoid: { id: 'hard_sigmoid', args: [inplace], layer: true, kinks: k([-3, 0], [3, 0]), note: HARDSIGMOID_NOTE },
  Hardswish: { id: 'hard_swish', args: [inplace], layer: true, kinks: k([-3, 0], [3, 1]), note: HARDSWISH_NOTE },
  Hardtanh: { id: 'hard_tanh', args: [arg('min_val', -1), arg('max_val', 1), inplace], layer: true, kinks: k([-1, 0], [1, 0]) },
  LogSigmoid: { id: 'log_sigmoid', args: [], layer: true },
  Softmax: { id: 'softmax', args: [arg('dim', null)], layer: true, note: SOFTMAX_DIM_NOTE },
  LogSoftmax: { id: 'log_softmax', args: [arg('dim', null)], layer: true, note: SOFTMAX_DIM_NOTE },
  Softmin: { id: 'softmin', args: [arg('dim', null)], layer: true, note: SOFTMAX_DIM_NOTE },
  Tanhshrink: { id: 'tanhshrink', args: [], layer: true },
  Softshrink: { id: 'softshrink', args: [arg('lambd', 0.5, 'lambda')], layer: true, kinks: k([-0.5, 0], [0.5, 0]) },
  Hardshrink: { id: 'hardshrink', args: [arg('lambd', 0.5, 'lambda')], layer: true, kinks: k([-0.5, 0], [0.5, 0]) },
  PReLU: { id: 'prelu', args: [arg('num_parameters', 1), arg('init', 0.25, 'alpha')], layer: true, kinks: k([0, 0.25]), note: PRELU_NOTE },
  Identity: { id: 'identity', args: [], layer: true },
};

/** `torch.<name>`: only these activations exist at the top level (no torch.gelu, torch.silu, torch.softplus). */
const TOP_LEVEL: Record<string, FrameworkEntry> = {
  sigmoid: { id: 'sigmoid', args: [input] },
  tanh: { id: 'tanh', args: [input] },
  relu: { id: 'relu', args: [input], kinks: k([0, 0]) },
  selu: { id: 'selu', args: [input], kinks: k([0, 1.7580993408473766]) },
  celu: { id: 'celu', args: [input, arg('alpha', 1, 'alpha')], kinks: k([0, 1]) },
  prelu: { id: 'prelu', args: [input, arg('weight')], note: PRELU_NOTE },
  hardshrink: { id: 'hardshrink', args: [input, arg('lambd', 0.5, 'lambda')], kinks: k([-0.5, 0], [0.5, 0]) },
  softmax: { id: 'softmax', args: [input, arg('dim'), arg('dtype', null)] },
  log_softmax: { id: 'log_softmax', args: [input, arg('dim'), arg('dtype', null)] },
  logsumexp: { id: 'logsumexp', args: [input, arg('dim'), arg('keepdim', false)] },
};

const SPECIAL: Record<string, FrameworkEntry> = {
  expit: { id: 'sigmoid', args: [input] },
  softmax: { id: 'softmax', args: [input, arg('dim'), arg('dtype', null)] },
  log_softmax: { id: 'log_softmax', args: [input, arg('dim'), arg('dtype', null)] },
  logsumexp: { id: 'logsumexp', args: [input, arg('dim'), arg('keepdim', false)] },
};

/** `activation="gelu"` in nn.TransformerEncoderLayer and its siblings: PyTorch takes only these two strings. */
const TRANSFORMER_STRINGS: Record<string, FrameworkEntry> = {
  relu: { id: 'relu', args: [] },
  gelu: { id: 'gelu', args: [], note: n('The transformer layers call F.gelu, the exact erf form.', 'Transformer 层调用的是 F.gelu，即精确的 erf 形式。') },
};

export const PYTORCH: FrameworkTable = {
  framework: 'PyTorch',
  version: 'torch 2.13.0',
  checked: 'signatures of torch 2.13.0 (torch/nn/functional.py, torch/nn/modules/activation.py, transformer.py) and its float64 autograd at the kinks',
  language: 'python',
  modules: [
    { paths: ['torch.nn.functional'], names: FUNCTIONAL },
    { paths: ['torch.nn'], names: MODULES },
    { paths: ['torch'], names: TOP_LEVEL },
    { paths: ['torch.special'], names: SPECIAL },
  ],
  strings: {
    callPrefixes: ['torch.nn.TransformerEncoderLayer', 'torch.nn.TransformerDecoderLayer', 'torch.nn.Transformer'],
    positionalCalls: [],
    names: TRANSFORMER_STRINGS,
  },
};
