/**
 * Framework names learners type in Python, JavaScript and TypeScript, mapped to registry
 * ids, with each framework's own conventions. Every convention below was checked against
 * the framework's documentation (PyTorch, TensorFlow/Keras, JAX, TensorFlow.js API docs).
 */
import type { Localised } from './types';

export interface FrameworkTable {
  readonly framework: string;
  /** Editor language ids the names occur in. */
  readonly languages: readonly string[];
  /** Qualifiers before the name, longest first (`torch.nn.functional`, `F`, …). */
  readonly prefixes: readonly string[];
  /** Framework name → registry id. Case-sensitive (`nn.ReLU` is a module, `F.relu` a function). */
  readonly names: Readonly<Record<string, string>>;
  /** Conventions by registry id. */
  readonly notes: Readonly<Record<string, Localised>>;
}

const n = (en: string, zh: string): Localised => ({ en, 'zh-cn': zh });

const TORCH_NOTES: Record<string, Localised> = {
  softplus: n(
    'PyTorch: softplus(x) = (1/β)·log(1 + exp(βx)) with β = 1 and threshold = 20; where β·x > 20 it returns x itself instead of the exact value.',
    'PyTorch：softplus(x) = (1/β)·log(1 + exp(βx))，默认 β = 1、threshold = 20；当 β·x > 20 时直接返回 x，而不是精确值。',
  ),
  gelu: n("PyTorch: nn.GELU / F.gelu default to approximate='none' (the exact erf form); approximate='tanh' selects the tanh form.", "PyTorch：nn.GELU / F.gelu 默认 approximate='none'（精确 erf 形式）；approximate='tanh' 则为 tanh 近似。"),
  gelu_tanh: n("PyTorch: this is nn.GELU(approximate='tanh').", "PyTorch：即 nn.GELU(approximate='tanh')。"),
  hard_sigmoid: n('PyTorch: Hardsigmoid(x) = relu6(x + 3)/6 — flat beyond ±3. (Keras\'s hard_sigmoid is 0.2x + 0.5, flat beyond ±2.5.)', 'PyTorch：Hardsigmoid(x) = relu6(x + 3)/6，±3 之外为常数。（Keras 的 hard_sigmoid 是 0.2x + 0.5，±2.5 之外为常数。）'),
  leaky_relu: n('PyTorch: negative_slope defaults to 0.01.', 'PyTorch：negative_slope 默认 0.01。'),
};

const KERAS_NOTES: Record<string, Localised> = {
  gelu: n('Keras: activations.gelu defaults to approximate=False (exact); keras.ops.gelu defaults to approximate=True (tanh form).', 'Keras：activations.gelu 默认 approximate=False（精确形式）；keras.ops.gelu 默认 approximate=True（tanh 近似）。'),
  hard_sigmoid: n('Keras: hard_sigmoid is 0.2x + 0.5 clipped to [0, 1] (flat beyond ±2.5), not PyTorch\'s relu6(x + 3)/6.', 'Keras：hard_sigmoid 为 0.2x + 0.5 并截断到 [0, 1]（±2.5 之外为常数），不同于 PyTorch 的 relu6(x + 3)/6。'),
  leaky_relu: n('Keras/TensorFlow: the LeakyReLU layer defaults to a slope of 0.3 (alpha in Keras 2, negative_slope in Keras 3); tf.nn.leaky_relu and activations.leaky_relu default to 0.2.', 'Keras/TensorFlow：LeakyReLU 层默认斜率 0.3（Keras 2 叫 alpha，Keras 3 叫 negative_slope）；tf.nn.leaky_relu 与 activations.leaky_relu 默认 0.2。'),
  silu: n('Keras/TensorFlow: swish and silu are the same function, x·sigmoid(x) (β = 1).', 'Keras/TensorFlow：swish 与 silu 是同一个函数 x·sigmoid(x)（β = 1）。'),
};

const JAX_NOTES: Record<string, Localised> = {
  gelu_tanh: n('JAX: jax.nn.gelu defaults to approximate=True, the tanh form; pass approximate=False for the exact erf form.', 'JAX：jax.nn.gelu 默认 approximate=True，即 tanh 近似；传入 approximate=False 才是精确 erf 形式。'),
  gelu: n('JAX: this is jax.nn.gelu(x, approximate=False); the default is the tanh form.', 'JAX：即 jax.nn.gelu(x, approximate=False)；默认是 tanh 近似。'),
  silu: n('JAX: jax.nn.swish and jax.nn.silu are aliases of x·sigmoid(x).', 'JAX：jax.nn.swish 与 jax.nn.silu 都是 x·sigmoid(x) 的别名。'),
  hard_sigmoid: n('JAX: hard_sigmoid(x) = relu6(x + 3)/6, as in PyTorch.', 'JAX：hard_sigmoid(x) = relu6(x + 3)/6，与 PyTorch 相同。'),
  leaky_relu: n('JAX: negative_slope defaults to 0.01.', 'JAX：negative_slope 默认 0.01。'),
};

const TFJS_NOTES: Record<string, Localised> = {
  leaky_relu: n('TensorFlow.js: tf.leakyRelu(x, alpha) defaults to alpha = 0.2; the tf.layers.leakyReLU layer defaults to 0.3.', 'TensorFlow.js：tf.leakyRelu(x, alpha) 默认 alpha = 0.2；tf.layers.leakyReLU 层默认 0.3。'),
};

const TORCH_FUNCTIONS: Record<string, string> = {
  sigmoid: 'sigmoid', tanh: 'tanh', relu: 'relu', relu6: 'relu6', leaky_relu: 'leaky_relu', elu: 'elu', selu: 'selu',
  celu: 'celu', gelu: 'gelu', silu: 'silu', mish: 'mish', softplus: 'softplus', softsign: 'softsign',
  hardsigmoid: 'hard_sigmoid', hardswish: 'hard_swish', hardtanh: 'hard_tanh', logsigmoid: 'log_sigmoid',
  softmax: 'softmax', log_softmax: 'log_softmax', softmin: 'softmin', tanhshrink: 'tanhshrink',
  softshrink: 'softshrink', hardshrink: 'hardshrink', prelu: 'prelu', logsumexp: 'logsumexp',
};
const TORCH_MODULES: Record<string, string> = {
  Sigmoid: 'sigmoid', Tanh: 'tanh', ReLU: 'relu', ReLU6: 'relu6', LeakyReLU: 'leaky_relu', ELU: 'elu', SELU: 'selu',
  CELU: 'celu', GELU: 'gelu', SiLU: 'silu', Mish: 'mish', Softplus: 'softplus', Softsign: 'softsign',
  Hardsigmoid: 'hard_sigmoid', Hardswish: 'hard_swish', Hardtanh: 'hard_tanh', LogSigmoid: 'log_sigmoid',
  Softmax: 'softmax', LogSoftmax: 'log_softmax', Softmin: 'softmin', Tanhshrink: 'tanhshrink',
  Softshrink: 'softshrink', Hardshrink: 'hardshrink', PReLU: 'prelu', Identity: 'identity',
};

export const FRAMEWORK_TABLES: readonly FrameworkTable[] = [
  {
    framework: 'PyTorch',
    languages: ['python'],
    prefixes: ['torch.nn.functional', 'torch.nn', 'torch.special', 'torch', 'nn.functional', 'nn', 'F'],
    names: { ...TORCH_FUNCTIONS, ...TORCH_MODULES, expit: 'sigmoid' },
    notes: TORCH_NOTES,
  },
  {
    framework: 'TensorFlow / Keras',
    languages: ['python'],
    prefixes: ['tf.keras.activations', 'keras.activations', 'tf.keras.layers', 'keras.layers', 'keras.ops', 'tf.nn', 'tf.math', 'layers', 'activations'],
    names: {
      relu: 'relu', relu6: 'relu6', sigmoid: 'sigmoid', tanh: 'tanh', elu: 'elu', selu: 'selu', gelu: 'gelu', silu: 'silu',
      swish: 'silu', softplus: 'softplus', softsign: 'softsign', softmax: 'softmax', log_softmax: 'log_softmax',
      leaky_relu: 'leaky_relu', hard_sigmoid: 'hard_sigmoid', hard_silu: 'hard_swish', hard_swish: 'hard_swish', mish: 'mish',
      log_sigmoid: 'log_sigmoid', linear: 'identity', LeakyReLU: 'leaky_relu', ReLU: 'relu', ELU: 'elu', PReLU: 'prelu', Softmax: 'softmax',
      reduce_logsumexp: 'logsumexp',
    },
    notes: KERAS_NOTES,
  },
  {
    framework: 'JAX',
    languages: ['python'],
    prefixes: ['jax.nn', 'jnn'],
    names: {
      relu: 'relu', relu6: 'relu6', sigmoid: 'sigmoid', elu: 'elu', selu: 'selu', celu: 'celu', gelu: 'gelu_tanh', silu: 'silu',
      swish: 'silu', softplus: 'softplus', soft_sign: 'softsign', log_sigmoid: 'log_sigmoid', hard_sigmoid: 'hard_sigmoid',
      hard_silu: 'hard_swish', hard_swish: 'hard_swish', hard_tanh: 'hard_tanh', leaky_relu: 'leaky_relu', softmax: 'softmax',
      log_softmax: 'log_softmax', logsumexp: 'logsumexp',
    },
    notes: JAX_NOTES,
  },
  {
    framework: 'TensorFlow.js',
    languages: ['javascript', 'typescript', 'javascriptreact', 'typescriptreact'],
    prefixes: ['tf.layers', 'tf'],
    names: {
      relu: 'relu', relu6: 'relu6', sigmoid: 'sigmoid', tanh: 'tanh', elu: 'elu', selu: 'selu', leakyRelu: 'leaky_relu',
      leakyReLU: 'leaky_relu', prelu: 'prelu', softplus: 'softplus', logSigmoid: 'log_sigmoid', softmax: 'softmax',
      logSoftmax: 'log_softmax', step: 'step', logSumExp: 'logsumexp', reLU: 'relu', elu_: 'elu',
    },
    notes: TFJS_NOTES,
  },
];

/** Keras `activation="relu"` strings → registry ids. */
export const KERAS_ACTIVATION_STRINGS: Readonly<Record<string, string>> = {
  relu: 'relu', relu6: 'relu6', sigmoid: 'sigmoid', tanh: 'tanh', elu: 'elu', selu: 'selu', gelu: 'gelu', silu: 'silu',
  swish: 'silu', softplus: 'softplus', softsign: 'softsign', softmax: 'softmax', log_softmax: 'log_softmax',
  leaky_relu: 'leaky_relu', hard_sigmoid: 'hard_sigmoid', hard_silu: 'hard_swish', mish: 'mish', linear: 'identity',
};
