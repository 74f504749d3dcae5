/**
 * Completion and signature-help text for the cell language's builtins beyond the
 * activations: derivatives (`src/language/calculus.ts`), plots and experiments
 * (`src/language/builtins/*`). A test checks that every builtin group function has an entry.
 */
import type { Localised } from './types';

export interface BuiltinDoc {
  /** Argument labels as a learner writes them; a `…` label means "more of the same". */
  readonly params: readonly string[];
  readonly summary: Localised;
}

const d = (params: readonly string[], en: string, zh: string): BuiltinDoc => ({ params, summary: { en, 'zh-cn': zh } });

export const BUILTIN_DOCS: Readonly<Record<string, BuiltinDoc>> = {
  jacobian: d(
    ['f', 'z', '…params'],
    'The Jacobian ∂fᵢ/∂zⱼ at z: the closed form for softmax and friends, diag(f′(z)) for element-wise activations, automatic differentiation for your own functions.',
    '在 z 处的雅可比矩阵 ∂fᵢ/∂zⱼ：softmax 等用闭式，逐元素激活函数为 diag(f′(z))，你自己的函数用自动微分。',
  ),
  jvp: d(['f', 'z', 'v', '…params'], 'Jacobian-vector product J(z)·v, without forming J.', '雅可比矩阵与向量的乘积 J(z)·v，不显式构造 J。'),
  vjp: d(['f', 'z', 'v', '…params'], 'Vector-Jacobian product vᵀ·J(z) — what backpropagation computes.', '向量与雅可比矩阵的乘积 vᵀ·J(z)，也就是反向传播所算的量。'),
  grad: d(['f', 'x', '…params'], "f′(x) for a number x, the gradient vector for a scalar function of a vector.", 'x 为数时即 f′(x)；对向量的标量函数则给出梯度向量。'),
  dparam: d(
    ['f', "'name'", 'x', '…params'],
    "∂f/∂parameter at x, e.g. dparam(prelu, 'alpha', -2, 0.25) = −2.",
    "在 x 处对参数求偏导，例如 dparam(prelu, 'alpha', -2, 0.25) = −2。",
  ),
  hessian: d(
    ['f', 'z', '…params'],
    'The Hessian ∂²f/∂zᵢ∂zⱼ of a scalar function of a vector: for logsumexp the closed form (it equals the softmax Jacobian), for your own functions exact automatic differentiation (nested dual numbers).',
    '向量的标量函数的 Hessian 矩阵 ∂²f/∂zᵢ∂zⱼ：logsumexp 用闭式（它等于 softmax 的 Jacobian），你自己的函数用精确的自动微分（嵌套对偶数）。',
  ),
  hvp: d(
    ['f', 'z', 'v', '…params'],
    'Hessian-vector product H(z)·v without forming H: O(n) for logsumexp, one evaluation per entry for your own functions.',
    'Hessian 与向量的乘积 H(z)·v，不显式构造 H：logsumexp 为 O(n)，你自己的函数每个分量求值一次。',
  ),
  plot: d(
    ['f, g, …', 'xmin = -6', 'xmax = 6'],
    "Plots activations, derivatives (sigmoid') and your functions, shading the saturated tails (|f′| < 0.01 all the way out).",
    "绘制激活函数、导数（如 sigmoid'）和你自己的函数，并把饱和的尾部（一直到无穷远都有 |f′| < 0.01）涂上阴影。",
  ),
  vanishing: d(
    ['[f, g, …]', 'depth = 10', "init = 'xavier'", 'dropout = 0', 'scale = 1', 'width = 32'],
    "How the gradient shrinks or grows through a deep stack of each activation, and the mean and variance of each layer's outputs. init is 'xavier', 'he' or 'lecun'; dropout is a rate for every layer; scale is the inputs' standard deviation; width is the units per layer.",
    '梯度穿过由该激活函数组成的深层网络时如何衰减或增长（梯度消失、梯度爆炸），以及每层输出的均值和方差。init 可取 \'xavier\'、\'he\' 或 \'lecun\'；dropout 是每层的丢弃比例；scale 是输入的标准差；width 是每层的单元数。',
  ),
  dead_units: d(['f', 'lr = 3', 'steps = 200'], 'Trains a small network and counts units that never activate again.', '训练一个小网络，统计再也不会被激活的单元（神经元死亡）。'),
  zero_centering: d(
    ['f', 'fan_in = 16'],
    'Shows what a non-zero mean output does to the next layer: a large curvature along the mean direction (condition number κ = 1 + n·m²/v) that caps the learning rate and slows learning; steps averaged over seeds, one-sign updates per example and per batch.',
    '演示输出均值不为 0 对下一层的影响：沿均值方向出现很大的曲率（条件数 κ = 1 + n·m²/v），它限制了学习率，使学习变慢；步数取多个随机种子的平均，并统计单个样本与每批的同号更新。',
  ),
  cost: d(['[f, g, …]'], 'Measures the compute cost of each activation relative to ReLU on this machine.', '在本机实测各激活函数相对 ReLU 的计算开销。'),
  race: d(['[f, g, …]', "dataset = 'xor'", 'epochs = 300'], 'Trains the same network with each activation and compares the loss curves.', '用各激活函数训练同一个网络，比较损失曲线。'),
  stability: d(['f'], 'Where a naive formula of the function overflows or loses digits, against the stable one.', '对比函数的朴素公式与稳定写法：朴素公式在哪里溢出或丢失精度。'),
};
