/**
 * Chapter 13 — Choosing an activation: numbers that separate the candidates (slope at 0,
 * the dip of the smooth ReLU-likes) and GELU's definition. (The gradient bound through a
 * deep sigmoid stack is chapter 05's `vanishing-product`.)
 */
import type { ExerciseSpec } from '../types';

export const exercises: readonly ExerciseSpec[] = [
  {
    id: 'choosing-slopes-at-zero',
    chapter: '13-choosing',
    title: {
      en: 'Slopes at 0 of sigmoid, tanh, SiLU, Mish and GELU',
      'zh-cn': 'sigmoid、tanh、SiLU、Mish、GELU 在 0 处的斜率',
    },
    answer: { kind: 'value', reference: '[0.25, 1, 0.5, 0.6, 0.5]', precision: { significant: 6 } },
    hints: [
      {
        en: 'The prime notation works on every builtin: `sigmoid\'(0)`, `tanh\'(0)`, …',
        'zh-cn': '撇号写法对每个内置函数都有效：`sigmoid\'(0)`、`tanh\'(0)`……',
      },
      {
        en: 'sigmoid′(0) = σ(0)(1 − σ(0)) = 1/4; tanh′(0) = 1. For x·g(x) with g differentiable at 0, the slope at 0 is g(0).',
        'zh-cn': 'sigmoid′(0) = σ(0)(1 − σ(0)) = 1/4；tanh′(0) = 1。若 g 在 0 处可导，x·g(x) 在 0 处的斜率就是 g(0)。',
      },
      {
        en: 'SiLU: σ(0) = 0.5; Mish: tanh(ln 2) = 0.6; GELU: Φ(0) = 0.5. Answer [0.25, 1, 0.5, 0.6, 0.5].',
        'zh-cn': 'SiLU：σ(0) = 0.5；Mish：tanh(ln 2) = 0.6；GELU：Φ(0) = 0.5。答案是 [0.25, 1, 0.5, 0.6, 0.5]。',
      },
    ],
    solution: "[sigmoid'(0), tanh'(0), silu'(0), mish'(0), gelu'(0)]",
    alternatives: ['[0.25, 1, 0.5, 0.6, 0.5]', '[1/4, 1, sigmoid(0), tanh(log(2)), 1/2]'],
    wrong: ['[0.5, 0, 0, 0, 0]', '[0.25, 1, 1, 1, 1]', '[0.25, 1, 0.5, 0.5, 0.5]'],
  },
  {
    id: 'choosing-smooth-minima',
    chapter: '13-choosing',
    title: {
      en: 'How far below zero do SiLU, Mish and GELU dip?',
      'zh-cn': 'SiLU、Mish、GELU 最低会降到 0 以下多少？',
    },
    answer: {
      kind: 'value',
      reference: '[-0.2784645427610738, -0.30884341301725043, -0.16997120747990366]',
      precision: { decimals: 3 },
    },
    hints: [
      {
        en: 'Plot the three on [−4, 1]. Each has a single minimum, where its derivative crosses zero.',
        'zh-cn': '在 [−4, 1] 上画出这三条曲线。每条都只有一个最小值，就在导数穿过 0 的地方。',
      },
      {
        en: 'Bisect on the sign of silu\', mish\' and gelu\', then evaluate each function at its root: SiLU near −1.28, Mish near −1.19, GELU near −0.75.',
        'zh-cn': '根据 silu\'、mish\'、gelu\' 的符号二分，再在各自的零点处求函数值：SiLU 约在 −1.28，Mish 约在 −1.19，GELU 约在 −0.75。',
      },
      {
        en: 'The minima are ≈ [−0.2785, −0.3088, −0.1700].',
        'zh-cn': '最小值约为 [−0.2785, −0.3088, −0.1700]。',
      },
    ],
    solution: '[silu(-1.2785), mish(-1.1924), gelu(-0.7518)]',
    alternatives: ['[-0.278, -0.309, -0.170]', '[-0.2785, -0.3088, -0.1700]'],
    wrong: ['[0, 0, 0]', '[-1.2785, -1.1924, -0.7518]', '[-0.2785, -0.2785, -0.2785]'],
  },
  {
    id: 'choosing-gelu-definition',
    chapter: '13-choosing',
    title: {
      en: 'GELU from its definition x·Φ(x)',
      'zh-cn': '按定义 x·Φ(x) 写出 GELU',
    },
    answer: {
      kind: 'function',
      name: 'g',
      reference: 'gelu(x)',
      domain: [-6, 6],
    },
    forbidden: [{ name: 'gelu' }, { name: 'gelu_tanh' }],
    hints: [
      {
        en: 'Φ is the standard normal CDF: the probability that a N(0, 1) variable is below x.',
        'zh-cn': 'Φ 是标准正态分布的累积分布函数：N(0, 1) 随机变量小于 x 的概率。',
      },
      {
        en: 'Φ can be written with the error function: Φ(x) = (1 + erf(x / √2)) / 2.',
        'zh-cn': 'Φ 可以用误差函数表示：Φ(x) = (1 + erf(x / √2)) / 2。',
      },
      {
        en: 'Write `g(x) = x * (1 + erf(x / sqrt(2))) / 2`. x·σ(1.702x) and gelu_tanh are only approximations.',
        'zh-cn': '写成 `g(x) = x * (1 + erf(x / sqrt(2))) / 2`。x·σ(1.702x) 和 gelu_tanh 都只是近似。',
      },
    ],
    solution: 'g(x) = x * (1 + erf(x / sqrt(2))) / 2',
    alternatives: ['g(x) = 0.5 x (1 + erf(x / sqrt(2)))', 'Phi(t) = (1 + erf(t / sqrt(2))) / 2\ng(x) = x Phi(x)'],
    cheats: ['g(x) = gelu(x)', 'g(x) = gelu_tanh(x) + (gelu(x) - gelu_tanh(x))'],
    wrong: [
      'g(x) = x sigmoid(x)',
      'g(x) = x sigmoid(1.702 x)',
      'g(x) = (1 + erf(x / sqrt(2))) / 2',
      'g(x) = x (1 + tanh(sqrt(2 / pi) (x + 0.044715 x^3))) / 2',
    ],
  },
];
