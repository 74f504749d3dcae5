/**
 * Chapter 07 — ReLU: its derivative and the convention at 0, why it is not zero-centred,
 * how a unit dies, and the initialisation that keeps a ReLU network's signal at the right size
 * (He, 2/fan_in).
 */
import type { ExerciseSpec } from '../types';

export const exercises: readonly ExerciseSpec[] = [
  {
    id: 'relu-derivative',
    chapter: '07-relu',
    title: {
      en: 'ReLU′ by hand, with the convention at 0',
      'zh-cn': '亲手写出 ReLU′（含 0 点的约定）',
    },
    answer: {
      kind: 'function',
      name: 'g',
      reference: 'x > 0 ? 1 : 0',
      domain: [-5, 5],
    },
    forbidden: [{ anyDerivative: true }, { name: 'step' }],
    hints: [
      {
        en: 'For x > 0 ReLU is the line y = x; for x < 0 it is the constant 0. What is the slope of each piece?',
        'zh-cn': 'x > 0 时 ReLU 就是直线 y = x，x < 0 时恒为 0。两段的斜率各是多少？',
      },
      {
        en: 'At x = 0 the slope is undefined; the kit (like PyTorch) uses 0 there. A conditional reads `cond ? a : b`.',
        'zh-cn': 'x = 0 处斜率不存在，本工具（与 PyTorch 一样）约定取 0。条件表达式写作 `cond ? a : b`。',
      },
      {
        en: 'Write `g(x) = x > 0 ? 1 : 0`.',
        'zh-cn': '写成 `g(x) = x > 0 ? 1 : 0`。',
      },
    ],
    solution: 'g(x) = x > 0 ? 1 : 0',
    alternatives: ['g(x) = x <= 0 ? 0 : 1', 'g(x) = max(0, sign(x))', 'g(x) = (sign(x) + abs(sign(x))) / 2'],
    cheats: ["g(x) = relu'(x)", 'g(x) = step(x)', "g(x) = leaky_relu'(x, 0)", "f(x) = relu(x)\ng(x) = f'(x)"],
    wrong: ['g(x) = x >= 0 ? 1 : 0', 'g(x) = relu(x)', 'g(x) = x > 0 ? x : 0', 'g(x) = 1'],
  },
  {
    id: 'relu-mean-output',
    chapter: '07-relu',
    title: {
      en: 'The mean output of ReLU for standard normal inputs',
      'zh-cn': '标准正态输入下 ReLU 输出的均值',
    },
    answer: { kind: 'value', reference: '1 / sqrt(2 * pi)', precision: { significant: 6 } },
    hints: [
      {
        en: 'Half of the inputs are negative and become 0; only the positive half contributes. Is the mean 0?',
        'zh-cn': '一半的输入为负，输出是 0；只有正的一半有贡献。均值会是 0 吗？',
      },
      {
        en: 'The mean is the integral of x·φ(x) from 0 to ∞, where φ(x) = exp(−x²/2)/√(2π).',
        'zh-cn': '均值等于 x·φ(x) 在 0 到 ∞ 上的积分，其中 φ(x) = exp(−x²/2)/√(2π)。',
      },
      {
        en: 'The antiderivative of x·exp(−x²/2) is −exp(−x²/2), so the integral is 1/√(2π) ≈ 0.3989.',
        'zh-cn': 'x·exp(−x²/2) 的原函数是 −exp(−x²/2)，所以积分等于 1/√(2π) ≈ 0.3989。',
      },
    ],
    solution: '1 / sqrt(2 * pi)',
    alternatives: ['0.398942', '1 / sqrt(tau)', 'exp(-0) / sqrt(2 pi)'],
    wrong: ['0', '0.5', '1 / sqrt(pi)'],
  },
  {
    id: 'relu-dead-unit',
    chapter: '07-relu',
    title: {
      en: 'Is this unit dead? Its largest pre-activation',
      'zh-cn': '这个单元死了吗？求它最大的预激活值',
    },
    answer: { kind: 'value', reference: '0.5 + 0.3 - 10', precision: { significant: 6 } },
    hints: [
      {
        en: 'z = 0.5·x₁ − 0.3·x₂ − 10 is linear, so on the square −1 ≤ x₁, x₂ ≤ 1 its largest value sits at a corner.',
        'zh-cn': 'z = 0.5·x₁ − 0.3·x₂ − 10 是线性的，在正方形 −1 ≤ x₁, x₂ ≤ 1 上的最大值出现在某个角上。',
      },
      {
        en: 'Pick each input’s sign to make its term positive: x₁ = 1, x₂ = −1.',
        'zh-cn': '让每一项都取正：x₁ = 1，x₂ = −1。',
      },
      {
        en: 'The answer is 0.5 + 0.3 − 10 = −9.2: every input gives z < 0, so relu′(z) = 0 and no gradient ever reaches w or b.',
        'zh-cn': '答案是 0.5 + 0.3 − 10 = −9.2：任何输入都有 z < 0，于是 relu′(z) = 0，w 和 b 永远收不到梯度。',
      },
    ],
    solution: '0.5 + 0.3 - 10',
    alternatives: ['-9.2', '[0.5, -0.3] * [1, -1] - 10'],
    wrong: ['-10', '0.5 - 0.3 - 10', '0', '0.8'],
  },
  {
    id: 'relu-he-init',
    chapter: '07-relu',
    title: {
      en: 'He initialisation: the standard deviation for fan_in = 512',
      'zh-cn': 'He 初始化：fan_in = 512 时的标准差',
    },
    answer: { kind: 'value', reference: 'sqrt(2 / 512)', precision: { significant: 6 } },
    hints: [
      {
        en: 'ReLU zeroes half of its inputs, which halves the signal’s second moment at every layer. He initialisation doubles LeCun’s weight variance 1/fan_in to make up for it.',
        'zh-cn': 'ReLU 把一半输入置零，每层信号的二阶矩因此减半。He 初始化把 LeCun 的权重方差 1/fan_in 加倍来弥补。',
      },
      {
        en: 'He: Var(w) = 2 / fan_in. For comparison, LeCun uses 1 / fan_in and Glorot/Xavier 2 / (fan_in + fan_out); both assume a unit that passes its input on with slope 1 near 0 (linear- or tanh-like), not one that zeroes half of it.',
        'zh-cn': 'He：Var(w) = 2 / fan_in。作为对照，LeCun 用 1 / fan_in，Glorot/Xavier 用 2 / (fan_in + fan_out)；二者都假设单元在 0 附近以斜率 1 原样传递输入（线性或类似 tanh），而不是把一半输入置零。',
      },
      {
        en: 'The question asks for the standard deviation, the square root of the variance: sqrt(2 / 512) = 0.0625.',
        'zh-cn': '题目要的是标准差，即方差的平方根：sqrt(2 / 512) = 0.0625。',
      },
    ],
    solution: 'sqrt(2 / 512)',
    alternatives: ['0.0625', '1 / 16', 'sqrt(2) / sqrt(512)'],
    wrong: ['2 / 512', 'sqrt(1 / 512)', 'sqrt(2 / (512 + 256))', '1 / 512'],
  },
];
