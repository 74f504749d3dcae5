/**
 * Flax re-exports JAX's activations (`flax.linen.gelu` is `jax.nn.gelu`, tanh form by
 * default — not PyTorch's) and adds a PReLU module whose slope starts at 0.01. Checked
 * against flax 0.12.8 with jax 0.10.2.
 */
import { JAX_NN } from './jax';
import { arg, n, type FrameworkEntry, type FrameworkTable } from './types';

const SAME_AS_JAX = n('Flax re-exports this from jax.nn.', 'Flax 直接转出 jax.nn 中的这个函数。');

function fromJax(names: readonly string[]): Record<string, FrameworkEntry> {
  return Object.fromEntries(
    names.map((name) => {
      const e = JAX_NN[name];
      const note = e.note ? { en: `${SAME_AS_JAX.en} ${e.note.en}`, 'zh-cn': `${SAME_AS_JAX['zh-cn']}${e.note['zh-cn']}` } : SAME_AS_JAX;
      return [name, { ...e, note }];
    }),
  );
}

/** What flax.linen re-exports from jax.nn in 0.12.8 (no mish, identity or squareplus there). */
const LINEN_FROM_JAX = [
  'celu', 'elu', 'gelu', 'hard_sigmoid', 'hard_silu', 'hard_swish', 'hard_tanh', 'leaky_relu', 'log_sigmoid', 'log_softmax',
  'logsumexp', 'relu', 'relu6', 'selu', 'sigmoid', 'silu', 'soft_sign', 'softmax', 'softplus', 'swish', 'tanh',
];
const NNX_FROM_JAX = [...LINEN_FROM_JAX, 'identity'];

const PRELU = n(
  'Flax’s PReLU learns α and starts it at negative_slope_init = 0.01 (PyTorch: 0.25, Keras and TensorFlow.js: 0); like jax.nn.leaky_relu its derivative at 0 is 1.',
  'Flax 的 PReLU 学习 α，初始值 negative_slope_init = 0.01（PyTorch 为 0.25，Keras 和 TensorFlow.js 为 0）；与 jax.nn.leaky_relu 一样，它在 0 处的导数为 1。',
);

export const FLAX: FrameworkTable = {
  framework: 'Flax',
  version: 'flax 0.12.8',
  checked: 'flax 0.12.8 (flax/linen/activation.py, flax/nnx/nn/activations.py): which jax.nn functions it re-exports, and PReLU’s field default',
  language: 'python',
  modules: [
    { paths: ['flax.linen'], names: { ...fromJax(LINEN_FROM_JAX), PReLU: { id: 'prelu', args: [arg('negative_slope_init', 0.01, 'alpha')], layer: true, kinks: [{ x: 0, df: 1 }], note: PRELU } } },
    { paths: ['flax.nnx'], names: { ...fromJax(NNX_FROM_JAX), PReLU: { id: 'prelu', args: [arg('negative_slope_init', 0.01, 'alpha')], layer: true, kinks: [{ x: 0, df: 1 }], note: PRELU } } },
  ],
};
